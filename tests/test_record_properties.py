"""Random use of the desk, the admin and the public site by every role, with the published
record's invariants checked after every step:

- every change to what readers see of a published claim has a change-log entry with a reason;
- versions never go down;
- nothing published disappears without a 410 page saying so;
- search text matches the statement, quote, and sources' names and aliases;
- the maintained verdict tallies equal a recount;
- no request answers 500.
"""

import os

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from claims.models import Claim, Source, public_alias_names
from claims.services import tallies
from tests.conftest import HTMX, _member
from tests.factories import make_article, make_claim, make_publishable, make_source

QUOTES = ["two bridges had been destroyed", "admissions fell by 4%", "three villages"]
ROLES = ["editor", "checker", "admin"]
REASONS = st.sampled_from(["", "A reader pointed out an error."])
VERDICTS = st.sampled_from(["unverified", "in_review", "true", "false", "misleading"])


def public_state(claim: Claim):
    """Everything a reader can see of a claim."""
    return (
        claim.statement, claim.quote, claim.verdict, claim.explanation, claim.attribution_check,
        claim.primary_source_url, claim.unattributed, claim.published and not claim.deleted_at,
        frozenset(claim.attributions.values_list("source_id", "role", "type", "cue", "mention")),
        frozenset(claim.evidence.values_list("url", "title", "stance", "note")),
    )  # fmt: skip


def expected_search_text(claim: Claim) -> set[str]:
    """The statement, the quote, and each source's wording, name and public aliases."""
    words = {claim.statement, claim.quote}
    attributions = list(claim.attributions.select_related("source"))
    public = public_alias_names({a.source_id for a in attributions})
    for attribution in attributions:
        words |= {attribution.mention, attribution.source.name, *public[attribution.source_id]}
    return {word for word in words if word}


class DeskInUse(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.atomic = transaction.atomic()
        self.atomic.__enter__()
        cache.clear()
        users = {
            "editor": _member("pt-editor", "Editors"),
            "checker": _member("pt-checker", "Fact-checkers"),
            "admin": _member("pt-admin", is_staff=True, is_superuser=True),
        }
        self.clients = {}
        for role, user in users.items():
            self.clients[role] = Client()
            self.clients[role].force_login(user)
        self.article = make_article(user=users["editor"])
        self.sources = [make_source("Defence Ministry"), make_source("The Kremlin")]
        # One claim published and one ready to publish, so short runs reach the public record.
        published = make_claim(
            article=self.article, user=users["checker"], verdict="false", published=True,
            source=self.sources[0],
        )  # fmt: skip
        ready = make_publishable(
            make_claim(article=self.article, quote=QUOTES[1], user=users["checker"],
                       verdict="true", source=self.sources[1]),
            users["checker"],
        )  # fmt: skip
        self.claim_ids: list[int] = [published.pk, ready.pk]
        self.seen: dict[int, tuple] = {}  # claim id -> (version, public state, corrections)

    def teardown(self):
        transaction.set_rollback(True)
        self.atomic.__exit__(None, None, None)

    def post(self, role, url, data, *, htmx=True):
        response = self.clients[role].post(url, data, headers=HTMX if htmx else {})
        assert response.status_code < 500, (url, response.status_code)
        return response

    def claim(self, index) -> Claim:
        return Claim.objects.get(pk=self.claim_ids[index % len(self.claim_ids)])

    @rule(role=st.sampled_from(ROLES), quote=st.sampled_from(QUOTES))
    def create_claim(self, role, quote):
        self.article.refresh_from_db()
        start = self.article.body.index(quote)
        response = self.post(
            role, self.article.get_claim_create_url(),
            {"start": start, "end": start + len(quote), "article_version": self.article.version},
        )  # fmt: skip
        if response.status_code == 200:
            newest = Claim.objects.order_by("-pk").first()
            if newest.pk not in self.claim_ids:
                self.claim_ids.append(newest.pk)

    @precondition(lambda self: self.claim_ids)
    @rule(role=st.sampled_from(ROLES), index=st.integers(0, 9), source=st.integers(0, 1),
          reason=REASONS)  # fmt: skip
    def attribute(self, role, index, source, reason):
        claim = self.claim(index)
        self.post(
            role, reverse("claims:attribution_create", args=[claim.pk]),
            {"source": self.sources[source].pk, "role": "speaker", "type": "indirect",
             "cue": "said", "mention": "the ministry", "reason": reason},
        )  # fmt: skip

    @precondition(lambda self: self.claim_ids)
    @rule(role=st.sampled_from(ROLES), index=st.integers(0, 9), reason=REASONS,
          kind=st.sampled_from(["direct", "according_to"]))  # fmt: skip
    def change_attribution(self, role, index, reason, kind):
        attribution = self.claim(index).attributions.first()
        if attribution:
            prefix = f"a{attribution.pk}"
            self.post(
                role, reverse("claims:attribution_update", args=[attribution.pk]),
                {f"{prefix}-version": attribution.version, f"{prefix}-role": "speaker",
                 f"{prefix}-type": kind, f"{prefix}-cue": "claimed", f"{prefix}-reason": reason},
            )  # fmt: skip

    @precondition(lambda self: self.claim_ids)
    @rule(role=st.sampled_from(ROLES), index=st.integers(0, 9), reason=REASONS)
    def remove_attribution(self, role, index, reason):
        attribution = self.claim(index).attributions.first()
        if attribution:
            self.post(
                role, reverse("claims:attribution_remove", args=[attribution.pk]),
                {f"a{attribution.pk}-remove-reason": reason},
            )  # fmt: skip

    @precondition(lambda self: self.claim_ids)
    @rule(role=st.sampled_from(ROLES), index=st.integers(0, 9), reason=REASONS)
    def mark_unattributed(self, role, index, reason):
        claim = self.claim(index)
        self.post(
            role, reverse("claims:claim_unattributed", args=[claim.pk]),
            {"version": claim.version, "unattributed": "on", "reason": reason},
        )  # fmt: skip

    @precondition(lambda self: self.claim_ids)
    @rule(role=st.sampled_from(ROLES), index=st.integers(0, 9), verdict=VERDICTS,
          reason=REASONS, stale=st.booleans())  # fmt: skip
    def rate(self, role, index, verdict, reason, stale):
        claim = self.claim(index)
        self.post(
            role, reverse("claims:claim_verdict", args=[claim.pk]),
            {"verdict": verdict, "explanation": f"Rated {verdict}.", "reason": reason,
             "version": max(1, claim.version - stale)},
        )  # fmt: skip

    @precondition(lambda self: self.claim_ids)
    @rule(role=st.sampled_from(ROLES), index=st.integers(0, 9), reason=REASONS,
          check=st.sampled_from(["confirmed", "not_found", "unchecked"]))  # fmt: skip
    def check_attribution(self, role, index, reason, check):
        claim = self.claim(index)
        self.post(
            role, reverse("claims:claim_attribution_check", args=[claim.pk]),
            {"attribution_check": check, "primary_source_url": "https://example.org/said",
             "reason": reason, "version": claim.version},
        )  # fmt: skip

    @precondition(lambda self: self.claim_ids)
    @rule(role=st.sampled_from(ROLES), index=st.integers(0, 9), reason=REASONS,
          wording=st.sampled_from(["Two bridges fell", "Admissions fell"]))  # fmt: skip
    def reword(self, role, index, reason, wording):
        claim = self.claim(index)
        self.post(
            role, reverse("claims:claim_statement", args=[claim.pk]),
            {"statement": wording, "reason": reason, "version": claim.version},
        )  # fmt: skip

    @precondition(lambda self: self.claim_ids)
    @rule(role=st.sampled_from(ROLES), index=st.integers(0, 9), reason=REASONS,
          action=st.sampled_from(["publish", "withdraw", "delete"]))  # fmt: skip
    def lifecycle(self, role, index, reason, action):
        claim = self.claim(index)
        self.post(
            role, reverse(f"claims:claim_{action}", args=[claim.pk]), {f"{action}-reason": reason}
        )

    @precondition(lambda self: self.claim_ids)
    @rule(role=st.sampled_from(ROLES), index=st.integers(0, 9))
    def restore(self, role, index):
        self.post(role, reverse("claims:claim_restore", args=[self.claim(index).pk]), {})

    @precondition(lambda self: self.claim_ids)
    @rule(index=st.integers(0, 9), reason=REASONS, verdict=VERDICTS,
          action=st.sampled_from(["set_verdict", "publish", "withdraw", "delete_drafts",
                                  "restore", "delete_selected"]))  # fmt: skip
    def admin_action(self, index, reason, verdict, action):
        self.post(
            "admin", reverse("admin:claims_claim_changelist"),
            {"action": action, "_selected_action": [self.claim(index).pk], "verdict": verdict,
             "reason": reason, "post": "yes"},
            htmx=False,
        )  # fmt: skip

    @rule(source=st.integers(0, 1), name=st.sampled_from(["Ministry of Defence", "Kremlin"]),
          alias=st.sampled_from(["", "the MoD", "Moscow"]))  # fmt: skip
    def admin_edits_a_source(self, source, name, alias):
        source = Source.objects.get(pk=self.sources[source].pk)
        self.post(
            "admin", reverse("admin:claims_source_change", args=[source.pk]),
            {"name": name, "kind": source.kind, "description": "", "identity_url": "",
             "affiliation": "", "aliases-TOTAL_FORMS": 1 if alias else 0,
             "aliases-INITIAL_FORMS": 0, "aliases-0-name": alias},
            htmx=False,
        )  # fmt: skip

    @rule(role=st.sampled_from(ROLES), reason=REASONS)
    def merge_sources(self, role, reason):
        spare = make_source(f"Duplicate {len(self.sources)}")
        keep, merge = self.sources[0], self.sources[1]
        response = self.post(
            role, reverse("claims:sources"),
            {"keep": keep.pk, "merge": merge.pk, "reason": reason}, htmx=False,
        )  # fmt: skip
        if not Source.objects.filter(pk=merge.pk).exists():
            self.sources[1] = spare
        assert response.status_code in (302, 422)

    @invariant()
    def the_public_record_holds(self):
        for claim in Claim.objects.filter(pk__in=self.claim_ids):
            version, state, corrections = self.seen.get(claim.pk, (0, None, 0))
            assert claim.version >= version, "a version went down"
            now_state = public_state(claim)
            now_corrections = claim.corrections.count()
            if state is not None and claim.ever_published and now_state != state:
                assert now_corrections > corrections, f"changed without a correction: {claim}"
            assert not claim.corrections.filter(reason="").exists()
            if claim.ever_published:
                status = Client().get(claim.get_absolute_url()).status_code
                assert status == (200 if claim.published and not claim.deleted_at else 410)
            assert set(claim.search_document.split(" ")) >= {
                word for text in expected_search_text(claim) for word in text.split(" ")
            }
            self.seen[claim.pk] = (
                claim.version,
                now_state if claim.ever_published else None,
                now_corrections,
            )
        assert tallies.drift() == {}, "a tally drifted from a recount"


@pytest.mark.django_db
def test_the_published_record_holds_under_random_use():
    """A dozen runs of twenty steps here (about 25 s); RECORD_EXAMPLES=500 for a long hunt."""
    run_state_machine_as_test(
        DeskInUse,
        settings=settings(
            max_examples=int(os.environ.get("RECORD_EXAMPLES", "12")),
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )

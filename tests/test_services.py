"""Every audited write: what it changes, and the history row it leaves."""

import pytest
from django.core.exceptions import ValidationError

from claims import services
from claims.models import (
    Article,
    Attribution,
    AttributionCheck,
    Claim,
    Correction,
    Evidence,
    Source,
    SourceAlias,
    Verdict,
)
from tests.factories import make_claim, make_publishable, make_source

pytestmark = pytest.mark.django_db


def latest(history):
    return history.order_by("-history_date", "-history_id").first()


def test_creating_a_claim_anchors_it_exactly_and_records_who(article, editor):
    start = article.body.index("admissions fell")
    claim = services.claim_create(article=article, start=start, end=start + 15, user=editor)
    assert claim.quote == "admissions fell" == article.body[claim.start : claim.end]
    assert article.body.endswith(claim.suffix) or claim.suffix in article.body
    assert claim.prefix == article.body[max(0, start - 32) : start]
    record = latest(claim.history)
    assert record.history_user == editor and record.history_type == "+"


def test_claim_out_of_range_is_refused_and_nothing_saved(article, editor):
    with pytest.raises(ValidationError):
        services.claim_create(article=article, start=5, end=len(article.body) + 10, user=editor)
    with pytest.raises(ValidationError):
        services.claim_create(article=article, start=20, end=10, user=editor)
    assert not Claim.objects.exists()


@pytest.mark.parametrize(
    ("action", "field", "new"),
    [
        (lambda c, u: services.claim_update_statement(claim=c, statement="Bridges were destroyed", user=u, expected_version=c.version), "statement", "Bridges were destroyed"),
        (lambda c, u: services.claim_set_attribution_check(claim=c, attribution_check=AttributionCheck.CONFIRMED, primary_source_url="https://example.org/briefing", user=u, expected_version=c.version), "attribution_check", "confirmed"),
        (lambda c, u: services.claim_set_verdict(claim=c, verdict=Verdict.FALSE, explanation="Imagery shows both bridges intact.", user=u, expected_version=c.version), "verdict", "false"),
    ],
)  # fmt: skip
def test_each_claim_change_is_in_history_with_old_and_new_value(claim, checker, action, field, new):
    old = getattr(claim, field)
    action(claim, checker)
    newer, older = claim.history.order_by("-history_date", "-history_id")[:2]
    change = next(c for c in newer.diff_against(older).changes if c.field == field)
    assert (change.old, change.new) == (old, new)
    assert newer.history_user == checker


def test_stale_save_is_refused_and_keeps_first_value(claim, editor, checker):
    seen = claim.version
    services.claim_update_statement(
        claim=claim,
        statement="First editor's wording",
        user=editor,
        expected_version=seen,
    )
    with pytest.raises(services.StaleEdit) as refused:
        services.claim_update_statement(
            claim=Claim.objects.get(pk=claim.pk),
            statement="Second",
            user=checker,
            expected_version=seen,
        )
    assert refused.value.current.statement == "First editor's wording"
    assert Claim.objects.get(pk=claim.pk).statement == "First editor's wording"


def test_changing_a_published_verdict_needs_a_reason_and_leaves_a_public_correction(
    checker, editor
):
    claim = make_claim(user=editor, verdict=Verdict.FALSE, published=True)
    with pytest.raises(ValidationError):
        services.claim_set_verdict(
            claim=claim,
            verdict=Verdict.MISLEADING,
            explanation="x",
            user=checker,
            expected_version=claim.version,
        )
    assert Claim.objects.get(pk=claim.pk).verdict == Verdict.FALSE
    services.claim_set_verdict(
        claim=claim, verdict=Verdict.MISLEADING, explanation="New imagery.", user=checker,
        expected_version=claim.version, reason="A second video shows one bridge damaged.",
    )  # fmt: skip
    correction = Correction.objects.get(claim=claim, kind="verdict")
    assert (correction.kind, correction.old_value, correction.new_value) == (
        "verdict",
        "False",
        "Misleading",
    )
    assert correction.reason == "A second video shows one bridge damaged."
    assert correction.corrected_by == checker


def test_unknown_verdict_is_refused(claim, checker):
    with pytest.raises(ValidationError):
        services.claim_set_verdict(
            claim=claim,
            verdict="pants-on-fire",
            explanation="",
            user=checker,
            expected_version=claim.version,
        )


def test_publishing_sets_a_stable_slug_and_keeps_it_when_republished(claim, checker):
    claim = services.claim_set_verdict(
        claim=claim,
        verdict=Verdict.TRUE,
        explanation="Confirmed.",
        user=checker,
        expected_version=claim.version,
    )
    claim = services.claim_publish(claim=make_publishable(claim, checker), user=checker)
    slug, first = claim.slug, claim.first_published_at
    claim = services.claim_withdraw(claim=claim, user=checker, reason="Checking again.")
    claim = services.claim_publish(claim=claim, user=checker, reason="Checked again.")
    assert claim.slug == slug and claim.first_published_at == first and claim.published
    notes = list(
        claim.history.order_by("history_date").values_list("history_change_reason", flat=True)
    )
    assert notes[-3:] == ["Published", "Checking again.", "Checked again."]


def test_publishing_needs_an_explanation_and_a_settled_verdict(claim, checker):
    claim = services.claim_set_verdict(
        claim=claim,
        verdict=Verdict.IN_REVIEW,
        explanation="",
        user=checker,
        expected_version=claim.version,
    )
    with pytest.raises(ValidationError):
        services.claim_publish(claim=claim, user=checker)
    claim = services.claim_set_verdict(
        claim=claim,
        verdict=Verdict.FALSE,
        explanation="",
        user=checker,
        expected_version=claim.version,
    )
    with pytest.raises(ValidationError):
        services.claim_publish(claim=claim, user=checker)
    assert not Claim.objects.get(pk=claim.pk).published


def test_deleting_a_claim_is_recoverable(claim, editor):
    services.claim_delete(claim=claim, user=editor)
    assert not Claim.objects.live().filter(pk=claim.pk).exists()
    services.claim_restore(claim=Claim.objects.get(pk=claim.pk), user=editor)
    assert Claim.objects.live().filter(pk=claim.pk).exists()
    notes = list(
        claim.history.order_by("history_date").values_list("history_change_reason", flat=True)
    )
    assert notes[-2:] == ["Deleted", "Restored"]


def test_attribution_and_evidence_changes_are_in_history(claim, editor):
    source = make_source("Defence Ministry", user=editor)
    attribution = services.attribution_add(claim=claim, source=source, user=editor, cue="said")
    services.attribution_update(attribution=attribution, user=editor, cue="claimed")
    evidence = services.evidence_add(
        claim=claim, url="https://example.org/a", title="Satellite image", user=editor
    )
    services.evidence_update(evidence=evidence, user=editor, stance="refutes")
    services.evidence_remove(evidence=evidence, user=editor)
    services.attribution_remove(attribution=attribution, user=editor)
    assert [r.history_type for r in Attribution.history.order_by("history_date")] == [
        "+",
        "~",
        "-",
    ]
    assert [r.history_type for r in Evidence.history.order_by("history_date")] == [
        "+",
        "~",
        "-",
    ]
    assert all(r.history_user == editor for r in Attribution.history.all())


def test_same_source_twice_in_one_role_is_refused_with_a_message(claim, editor):
    source = make_source("Defence Ministry")
    services.attribution_add(claim=claim, source=source, user=editor)
    with pytest.raises(ValidationError, match="already attributed"):
        services.attribution_add(claim=claim, source=source, user=editor)
    assert claim.attributions.count() == 1


def test_alias_added_once_and_never_equal_to_the_name(editor):
    source = make_source("UK Ministry of Defence")
    assert services.source_add_alias(source=source, name="the UK's MoD", user=editor)
    assert services.source_add_alias(source=source, name="THE UK'S MOD", user=editor) is None
    assert (
        services.source_add_alias(source=source, name="uk ministry of defence", user=editor) is None
    )
    assert source.aliases.count() == 1


def test_merging_sources_moves_claims_aliases_and_affiliates_and_keeps_history(article, editor):
    keep = make_source("Mykhailo Podolyak", kind="person")
    duplicate = make_source("Mykhailo Podoliak", aliases=["Podoliak"], kind="person")
    office = make_source("Presidential office")
    aide = make_source("Aide", affiliation=duplicate)
    claim = make_claim(article=article, user=editor, source=duplicate)
    duplicate_id = duplicate.pk
    services.source_merge(keep=keep, merge=duplicate, user=editor)
    assert not Source.objects.filter(pk=duplicate_id).exists()
    assert claim.attributions.get().source == keep
    assert set(keep.aliases.values_list("name", flat=True)) == {
        "Podoliak",
        "Mykhailo Podoliak",
    }
    aide.refresh_from_db()
    assert aide.affiliation == keep
    assert Source.history.filter(id=duplicate_id, history_type="-").exists()
    assert office.pk  # untouched bystander


def test_correcting_the_article_reanchors_claims_and_flags_lost_ones(article, editor):
    moved = make_claim(article=article, user=editor, quote="admissions fell by 4%")
    lost = make_claim(article=article, user=editor, quote="two bridges had been destroyed")
    new_body = "Correction: an earlier version misquoted the ministry.\n\n" + article.body.replace(
        "two bridges had been destroyed", "one bridge had been damaged"
    )
    _, flagged = services.article_update(
        article=article, user=editor, expected_version=article.version, body=new_body
    )
    moved.refresh_from_db()
    lost.refresh_from_db()
    assert new_body[moved.start : moved.end] == "admissions fell by 4%"
    assert not moved.needs_reanchoring
    assert flagged == [lost] and lost.needs_reanchoring
    assert Claim.objects.live().filter(pk=lost.pk).exists()
    assert Article.history.filter(id=article.pk).count() == 2


def test_article_update_with_stale_version_is_refused(article, editor):
    services.article_update(
        article=article,
        user=editor,
        expected_version=article.version,
        title="New title",
    )
    with pytest.raises(ValidationError):
        services.article_update(
            article=Article.objects.get(pk=article.pk),
            user=editor,
            expected_version=1,
            title="Lost",
        )
    assert Article.objects.get(pk=article.pk).title == "New title"


def test_source_alias_history_records_who_added_it(editor):
    source = make_source("The Kremlin", user=editor)
    services.source_add_alias(source=source, name="Moscow", user=editor)
    assert SourceAlias.history.get().history_user == editor
    assert Source.history.get().history_user == editor

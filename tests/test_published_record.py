"""The published record never changes without a public trace, and no one's work is lost.

One test per failure seen on the way here (numbered as in the issue that listed them); the
admin's share of them is in test_admin, the two-browser ones in tests/browser.
"""

import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import close_old_connections, connection
from django.db.models import ProtectedError
from django.test import Client
from django.urls import reverse

from claims import services
from claims.models import Article, Attribution, Claim, Correction, Source, Verdict
from tests.conftest import HTMX
from tests.factories import (
    make_article,
    make_claim,
    make_evidence_and_attribution,
    make_published_claim,
    make_source,
)

pytestmark = pytest.mark.django_db

REASON = "Corrected after a reader's note."


def _public(claim) -> str:
    return Client().get(claim.get_absolute_url()).content.decode()


def _log(claim):
    return list(
        Claim.objects.get(pk=claim.pk).corrections.values_list(
            "kind", "old_value", "new_value", "reason"
        )
    )


# 2. Who said it is the finding itself.
def test_swapping_the_source_of_a_published_claim_is_a_correction(editor, checker):
    claim = make_published_claim(user=checker, source_name="Defence Ministry")
    original = claim.attributions.get()
    kremlin = make_source("The Kremlin", user=checker)
    with pytest.raises(PermissionDenied):
        services.attribution_add(claim=claim, source=kremlin, user=editor, reason=REASON)
    with pytest.raises(ValidationError, match="give the reason"):
        services.attribution_add(claim=claim, source=kremlin, user=checker)
    services.attribution_add(claim=claim, source=kremlin, user=checker, cue="said", reason=REASON)
    services.attribution_remove(attribution=original, user=checker, reason=REASON)
    log = _log(claim)
    assert [(kind, old[:16], new[:11]) for kind, old, new, _ in log] == [
        ("source", "", "The Kremlin"),
        ("source", "Defence Ministry", ""),
    ]
    page = _public(claim)
    assert "added: <ins>The Kremlin" in page and "removed: <del>Defence Ministry" in page


def test_changing_a_published_attributions_type_is_a_correction(checker):
    claim = make_published_claim(user=checker)
    attribution = claim.attributions.get()
    with pytest.raises(ValidationError):
        services.attribution_update(
            attribution=attribution, user=checker, expected_version=attribution.version,
            type="direct",
        )  # fmt: skip
    services.attribution_update(
        attribution=attribution, user=checker, expected_version=attribution.version,
        type="direct", reason=REASON,
    )  # fmt: skip
    (entry,) = _log(claim)
    assert "indirect" in entry[1] and "direct quote" in entry[2]


# 3 and 10. Editors cannot take a published fact check down, reword, delete or restore it.
def test_editors_cannot_reword_delete_withdraw_or_restore_a_published_claim(
    editor, editor_client, checker
):
    claim = make_published_claim(user=checker)
    for post in (
        lambda: editor_client.post(
            reverse("claims:claim_statement", args=[claim.pk]),
            {"statement": "Reworded", "version": claim.version, "reason": REASON},
            headers=HTMX,
        ),
        lambda: editor_client.post(
            reverse("claims:claim_delete", args=[claim.pk]), {"delete-reason": REASON}, headers=HTMX
        ),
        lambda: editor_client.post(
            reverse("claims:claim_withdraw", args=[claim.pk]),
            {"withdraw-reason": REASON},
            headers=HTMX,
        ),
    ):
        response = post()
        assert response.status_code == 403
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.statement, stored.published, stored.deleted_at) == (
        claim.statement,
        True,
        None,
    )
    services.claim_delete(claim=claim, user=checker, reason="Duplicate of another check.")
    with pytest.raises(PermissionDenied):
        services.claim_restore(claim=claim, user=editor)


def test_published_card_shows_editors_no_controls_that_would_change_it(editor_client, checker):
    claim = make_published_claim(user=checker)
    card = editor_client.get(claim.get_workspace_url()).content.decode()
    assert "changes to this claim are public corrections, which fact-checkers make" in card
    for control in ("Delete claim", "Save wording", "Withdraw", "Create and attribute"):
        assert control not in card


def test_a_withdrawn_claim_answers_410_with_what_when_and_why(checker):
    claim = make_published_claim(user=checker)
    services.claim_withdraw(claim=claim, user=checker, reason="The article was retracted.")
    response = Client().get(claim.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 410
    assert "We withdrew this fact check" in page and "The article was retracted." in page
    assert claim.statement in page
    assert "application/ld+json" not in page and "verdict-badge" not in page
    assert claim.get_absolute_url() not in Client().get("/sitemap-claims.xml").content.decode()
    feed = Client().get(reverse("claims:feed")).content.decode()
    assert f"Withdrawn: {claim.statement}" in feed and "The article was retracted." in feed


def test_nothing_published_is_ever_hard_deleted(checker):
    claim = make_published_claim(user=checker)
    with pytest.raises(ProtectedError):
        claim.delete()
    with pytest.raises(ProtectedError):
        Claim.objects.filter(pk=claim.pk).delete()
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_drafts_can_still_be_deleted_and_restored_by_editors(editor):
    claim = make_claim(user=editor)
    services.claim_delete(claim=claim, user=editor)
    services.claim_restore(claim=claim, user=editor)
    assert Claim.objects.get(pk=claim.pk).deleted_at is None
    assert not Correction.objects.exists()


# 5. A refusal keeps what the user typed; different fields merge.
def test_saves_of_different_fields_both_land(editor_client, checker_client, claim):
    seen = claim.version
    reworded = editor_client.post(
        reverse("claims:claim_statement", args=[claim.pk]),
        {"statement": "Two bridges were destroyed", "version": seen},
        headers=HTMX,
    )
    rated = checker_client.post(
        reverse("claims:claim_verdict", args=[claim.pk]),
        {"verdict": "false", "explanation": "Satellite images show both bridges.", "version": seen},
        headers=HTMX,
    )
    assert (reworded.status_code, rated.status_code) == (200, 200)
    stored = Claim.objects.get(pk=claim.pk)
    assert stored.statement == "Two bridges were destroyed"
    assert (stored.verdict, stored.explanation) == ("false", "Satellite images show both bridges.")
    assert stored.version == seen + 2


def test_a_refused_save_keeps_the_typing_and_applies_it_on_the_next_click(
    editor_client, checker_client, claim
):
    url = reverse("claims:claim_verdict", args=[claim.pk])
    seen = claim.version
    checker_client.post(url, {"verdict": "true", "explanation": "First.", "version": seen})
    refused = checker_client.post(
        url,
        {"verdict": "false", "explanation": "My long explanation.", "version": seen},
        headers=HTMX,
    )
    html = refused.content.decode()
    assert refused.status_code == 409
    assert "My long explanation." in html and "Explanation is now: <q>First.</q>" in html
    again = checker_client.post(
        url,
        {"verdict": "false", "explanation": "My long explanation.", "version": seen + 1},
        headers=HTMX,
    )
    assert again.status_code == 200
    assert Claim.objects.get(pk=claim.pk).explanation == "My long explanation."


# 6 and 14. Attributions and evidence are versioned like claims.
@pytest.mark.parametrize("thing", ["attribution", "evidence"])
def test_attribution_and_evidence_edits_merge_by_field_and_refuse_collisions(editor, thing):
    claim = make_claim(user=editor)
    attribution, evidence = make_evidence_and_attribution(claim, editor)
    update, row, fields = {
        "attribution": (
            services.attribution_update, attribution, ({"cue": "claimed"}, {"mention": "it"}),
        ),
        "evidence": (
            services.evidence_update, evidence, ({"title": "Fixed"}, {"url": "https://e.org/f"}),
        ),
    }[thing]  # fmt: skip
    seen = row.version
    first, second = fields
    update(**{thing: row}, user=editor, expected_version=seen, **first)
    update(**{thing: row}, user=editor, expected_version=seen, **second)  # another field: merged
    with pytest.raises(services.StaleEdit) as refused:
        update(
            **{thing: row},
            user=editor,
            expected_version=seen,
            **{**first, **dict.fromkeys(first, "x")},
        )
    row.refresh_from_db()
    for name, value in {**first, **second}.items():
        assert getattr(row, name) == value
    assert row.version == seen + 2
    assert refused.value.conflicts == first


# 9. Once published, always corrected.
def test_unpublish_change_and_republish_records_every_change(checker):
    claim = make_published_claim(user=checker, verdict=Verdict.MISLEADING)
    claim = services.claim_withdraw(claim=claim, user=checker, reason="Under review.")
    with pytest.raises(ValidationError):
        services.claim_set_verdict(
            claim=claim, verdict=Verdict.FALSE, explanation="x", user=checker,
            expected_version=claim.version,
        )  # fmt: skip
    claim = services.claim_set_verdict(
        claim=claim, verdict=Verdict.FALSE, explanation="New footage.", user=checker,
        expected_version=claim.version, reason="New footage.",
    )  # fmt: skip
    with pytest.raises(ValidationError):
        services.claim_publish(claim=claim, user=checker)
    services.claim_publish(claim=claim, user=checker, reason="Review finished.")
    kinds = [kind for kind, *_ in _log(claim)]
    assert kinds == ["withdrawn", "verdict", "explanation", "republished"]
    page = _public(claim)
    assert page.index("withdrawn") < page.index("published again")


# 12. A selection made in an older text is refused, not anchored elsewhere.
def test_claim_from_a_stale_workspace_is_refused_with_the_selection_kept(
    editor, editor_client, article
):
    seen = article.version
    services.article_update(
        article=article, user=editor, expected_version=seen,
        body="Correction: a new first line.\n\n" + article.body,
    )  # fmt: skip
    start = article.body.index("two bridges")
    response = editor_client.post(
        article.get_claim_create_url(),
        {
            "start": start, "end": start + 11, "article_version": seen,
            "quote": "two bridges", "statement": "My wording",
        },
        headers=HTMX,
    )  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 422
    assert "The article text was corrected since you loaded this page" in html
    assert 'value="My wording"' in html and "Selected: “two bridges”" in html
    assert not Claim.objects.exists()


# 13. Inline claim rows on the article's admin page are not a way to edit claims.
def test_article_admin_inline_cannot_edit_claims(superuser_client, superuser):
    claim = make_published_claim(user=superuser)
    article = claim.article
    superuser_client.post(
        reverse("admin:claims_article_change", args=[article.pk]),
        {
            "title": article.title, "publisher": article.publisher, "url": "", "published_on": "",
            "body": article.body, "seen_version": article.version,
            "claims-TOTAL_FORMS": 1, "claims-INITIAL_FORMS": 1,
            "claims-0-id": claim.pk, "claims-0-article": article.pk,
            "claims-0-statement": "Changed inline",
        },
    )  # fmt: skip
    assert Claim.objects.get(pk=claim.pk).statement == claim.statement


# 7. Failures are visible, in one channel.
def test_htmx_refusals_swap_nothing_and_say_why_in_the_message_area(outsider_client, claim):
    response = outsider_client.post(
        reverse("claims:claim_statement", args=[claim.pk]),
        {"statement": "x", "version": claim.version},
        headers=HTMX,
    )
    assert response.status_code == 403 and response["HX-Reswap"] == "none"
    assert 'id="messages"' in response.content.decode()
    assert "Your role does not allow this." in response.content.decode()


def test_htmx_csrf_failure_keeps_the_form_and_explains(editor, claim):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(
        reverse("claims:claim_statement", args=[claim.pk]),
        {"statement": "x", "version": claim.version},
        headers=HTMX,
    )
    assert response.status_code == 403 and response["HX-Reswap"] == "none"
    assert "security token has expired" in response.content.decode()


def test_expired_session_on_htmx_goes_to_login_and_back(claim):
    workspace = claim.get_workspace_url()
    response = Client().post(
        reverse("claims:claim_statement", args=[claim.pk]),
        {"statement": "x"},
        headers={**HTMX, "HX-Current-URL": f"http://testserver{workspace}"},
    )
    assert response["HX-Redirect"].startswith(reverse("login"))
    assert "next=" in response["HX-Redirect"] and "claim%3D" in response["HX-Redirect"]


# 11 and 15. Concurrency: locked read-modify-writes and slugs chosen by the write itself.
def _race(*jobs):
    barrier = threading.Barrier(len(jobs))
    errors = []

    def run(job):
        try:
            barrier.wait()
            job()
        except Exception as error:  # collected, then asserted on the main thread
            errors.append(repr(error))
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.django_db(transaction=True)
def test_correcting_the_article_never_undoes_a_concurrent_claim_edit(editor, checker):
    article = make_article(user=editor)
    claims = [
        make_claim(article=article, quote=quote, user=checker, verdict=Verdict.TRUE, published=True)
        for quote in ("two bridges", "admissions fell", "three villages")
    ]
    for round_number in range(3):
        current = Article.objects.get(pk=article.pk)
        jobs = [
            lambda current=current, n=round_number: services.article_update(
                article=current, user=editor, expected_version=current.version,
                body=f"Update {n}.\n\n" + current.body,
            ),
        ] + [
            lambda c=c, n=round_number: services.claim_set_verdict(
                claim=c, verdict=[Verdict.FALSE, Verdict.TRUE, Verdict.MISLEADING][n],
                explanation=f"Round {n}.", user=checker, expected_version=None,
                reason=f"Round {n}.",
            )
            for c in claims
        ]  # fmt: skip
        assert _race(*jobs) == []
    article.refresh_from_db()
    for claim in claims:
        claim.refresh_from_db()
        assert (claim.verdict, claim.explanation) == (Verdict.MISLEADING, "Round 2.")
        assert article.body[claim.start : claim.end] == claim.quote
        versions = list(claim.history.order_by("history_id").values_list("version", flat=True))
        assert versions == sorted(set(versions)), "versions are unique and never go down"


@pytest.mark.django_db(transaction=True)
def test_concurrent_imports_sources_and_publishes_with_one_title_all_succeed(checker):
    text = "Ministry says bridge destroyed\n\nThe ministry said two bridges had been destroyed."
    errors = _race(*[lambda: make_article(user=checker, text=text, title="Same title")] * 6)
    errors += _race(*[lambda: make_source("Same Source", user=checker)] * 6)
    article = Article.objects.first()
    claims = [
        make_claim(
            article=article, quote="two bridges", statement="Same statement", user=checker,
            verdict=Verdict.FALSE, attribution_check="confirmed",
        )
        for _ in range(6)
    ]  # fmt: skip
    for claim in claims:
        services.claim_set_unattributed(
            claim=claim, unattributed=True, user=checker, expected_version=None
        )
    errors += _race(*[lambda c=c: services.claim_publish(claim=c, user=checker) for c in claims])
    assert errors == []
    assert len(set(Article.objects.values_list("slug", flat=True))) == 6
    assert len(set(Source.objects.values_list("slug", flat=True))) == 6
    slugs = set(Claim.objects.published().values_list("slug", flat=True))
    assert len(slugs) == 6 and "same-statement" in slugs


def test_search_text_follows_a_source_rename_and_its_public_aliases(checker):
    claim = make_published_claim(user=checker, source_name="Defence Ministry")
    other = make_claim(
        article=claim.article, quote="admissions fell", user=checker, verdict=Verdict.TRUE,
        published=True, source=claim.attributions.get().source,
    )  # fmt: skip
    source = claim.attributions.get().source
    services.source_update(source=source, user=checker, name="Ministry of Defence")
    services.source_add_alias(source=source, name="the MoD", user=checker)
    claim.refresh_from_db()
    assert "Ministry of Defence" in claim.search_document
    assert "the MoD" not in claim.search_document  # an alias no published claim uses
    services.attribution_update(
        attribution=other.attributions.get(), user=checker, mention="the MoD", reason=REASON
    )
    claim.refresh_from_db()
    assert "the MoD" in claim.search_document  # now readers see it, on the other claim
    services.claim_withdraw(claim=other, user=checker, reason=REASON)
    claim.refresh_from_db()
    assert "the MoD" not in claim.search_document


def test_merging_sources_is_a_correction_on_each_published_claim(checker):
    claim = make_published_claim(user=checker, source_name="Podolyak")
    keep = make_source("Mykhailo Podolyak", user=checker)
    merged = claim.attributions.get().source
    with pytest.raises(ValidationError):
        services.source_merge(keep=keep, merge=merged, user=checker)
    services.source_merge(keep=keep, merge=merged, user=checker, reason="Same person.")
    assert Attribution.objects.get(claim=claim).source == keep
    ((kind, old, new, reason),) = _log(claim)
    assert (kind, old[:8], new[:17], reason) == (
        "source",
        "Podolyak",
        "Mykhailo Podolyak",
        "Same person.",
    )


def test_merging_sources_at_the_desk_asks_for_the_reason_published_claims_need(
    checker, checker_client, editor_client
):
    claim = make_published_claim(user=checker, source_name="Podolyak")
    keep = make_source("Mykhailo Podolyak", user=checker)
    merged = claim.attributions.get().source
    data = {"keep": keep.pk, "merge": merged.pk}
    refused = editor_client.post(reverse("claims:sources"), {**data, "reason": REASON})
    assert refused.status_code == 422 and "only fact-checkers" in refused.content.decode()
    missing = checker_client.post(reverse("claims:sources"), data)
    assert missing.status_code == 422 and "give the reason" in missing.content.decode()
    assert (
        checker_client.post(reverse("claims:sources"), {**data, "reason": REASON}).status_code
        == 302
    )
    assert Attribution.objects.get(claim=claim).source == keep

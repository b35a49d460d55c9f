"""The back office: changelists with bounded queries, actions through the audited services."""

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse

from claims import services
from claims.models import Claim, Correction, CorrectionKind, Evidence, Verdict
from tests.factories import (
    make_claim,
    make_evidence_and_attribution,
    make_publishable,
    make_published_claim,
    make_source,
)

pytestmark = pytest.mark.django_db

MODELS = [
    "source",
    "sourcealias",
    "article",
    "claim",
    "attribution",
    "evidence",
    "correction",
    "pagecapture",
]


def _fill(user, count):
    for n in range(count):
        claim = make_published_claim(user=user, source_name=f"Source {n}")
        make_evidence_and_attribution(claim, user)
        make_source(f"Alias holder {n}", aliases=[f"alias {n}"])


@pytest.mark.parametrize("model", MODELS)
def test_changelists_render_with_a_bounded_number_of_queries(
    superuser_client, superuser, model, django_assert_max_num_queries
):
    url = reverse(f"admin:claims_{model}_changelist")
    _fill(superuser, 2)
    with django_assert_max_num_queries(12) as few:
        assert superuser_client.get(url).status_code == 200
    _fill(superuser, 12)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert superuser_client.get(url).status_code == 200


@pytest.mark.parametrize("model", MODELS)
def test_change_and_history_pages_render(superuser_client, superuser, model):
    claim = make_published_claim(user=superuser, verdict=Verdict.FALSE)
    make_evidence_and_attribution(claim, superuser)
    make_source("Aliased", aliases=["Another name"])
    services.claim_set_verdict(
        claim=claim,
        verdict=Verdict.TRUE,
        explanation="Re-checked.",
        user=superuser,
        expected_version=claim.version,
        reason="Re-checked.",
    )
    obj = apps.get_model("claims", model).objects.first()
    if model == "correction":
        # Read-only record: its page renders, it has no history view of its own.
        assert (
            superuser_client.get(
                reverse("admin:claims_correction_change", args=[obj.pk])
            ).status_code
            == 200
        )
        return
    assert (
        superuser_client.get(reverse(f"admin:claims_{model}_change", args=[obj.pk])).status_code
        == 200
    )
    assert (
        superuser_client.get(reverse(f"admin:claims_{model}_history", args=[obj.pk])).status_code
        == 200
    )


def test_admin_search_finds_claims_by_source_alias(superuser_client, superuser):
    claim = make_published_claim(user=superuser)
    source = claim.attributions.get().source
    services.source_add_alias(source=source, name="the MoD", user=superuser)
    html = superuser_client.get(
        reverse("admin:claims_claim_changelist"), {"q": "the MoD"}
    ).content.decode()
    assert claim.statement in html


def test_set_verdict_action_records_history_and_correction(superuser_client, superuser):
    claim = make_published_claim(user=superuser, verdict=Verdict.FALSE)
    url = reverse("admin:claims_claim_changelist")
    refused = superuser_client.post(
        url,
        {
            "action": "set_verdict",
            "_selected_action": [claim.pk],
            "verdict": "true",
            "reason": "",
        },
        follow=True,
    )
    assert "give the reason readers will see" in refused.content.decode()
    assert Claim.objects.get(pk=claim.pk).verdict == Verdict.FALSE
    superuser_client.post(
        url,
        {
            "action": "set_verdict",
            "_selected_action": [claim.pk],
            "verdict": "true",
            "reason": "Footage re-examined.",
        },
    )
    claim.refresh_from_db()
    assert claim.verdict == Verdict.TRUE
    assert Correction.objects.get(claim=claim).reason == "Footage re-examined."
    assert claim.history.order_by("-history_date").first().history_user == superuser


def test_publish_and_withdraw_actions_leave_a_public_trace(superuser_client, superuser):
    claim = make_publishable(make_claim(user=superuser, verdict=Verdict.TRUE), superuser)
    url = reverse("admin:claims_claim_changelist")
    superuser_client.post(url, {"action": "publish", "_selected_action": [claim.pk]})
    assert Claim.objects.get(pk=claim.pk).published
    refused = superuser_client.post(
        url, {"action": "withdraw", "_selected_action": [claim.pk], "reason": ""}, follow=True
    )
    assert "give the reason readers will see" in refused.content.decode()
    assert Claim.objects.get(pk=claim.pk).published
    superuser_client.post(
        url, {"action": "withdraw", "_selected_action": [claim.pk], "reason": "Wrong article."}
    )
    assert not Claim.objects.get(pk=claim.pk).published
    assert Correction.objects.get(claim=claim, kind=CorrectionKind.WITHDRAWN).reason == (
        "Wrong article."
    )


def test_publish_action_refuses_a_claim_without_source_or_check(superuser_client, superuser):
    claim = make_claim(user=superuser, verdict=Verdict.TRUE)
    page = superuser_client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "publish", "_selected_action": [claim.pk]},
        follow=True,
    ).content.decode()
    assert not Claim.objects.get(pk=claim.pk).published
    assert "Attribute the claim to its source" in page
    assert "Check the attribution" in page


def test_unpublish_change_republish_in_the_admin_is_corrected_every_step(
    superuser_client, superuser
):
    claim = make_published_claim(user=superuser, verdict=Verdict.MISLEADING)
    url = reverse("admin:claims_claim_changelist")
    for action, extra in [
        ("withdraw", {"reason": "Under review."}),
        ("set_verdict", {"verdict": "false", "reason": ""}),
        ("publish", {"reason": ""}),
    ]:
        superuser_client.post(url, {"action": action, "_selected_action": [claim.pk], **extra})
    claim.refresh_from_db()
    # Without reasons the verdict change and the republication were refused.
    assert (claim.verdict, claim.published) == (Verdict.MISLEADING, False)
    for action, extra in [
        ("set_verdict", {"verdict": "false", "reason": "New footage."}),
        ("publish", {"reason": "Review finished."}),
    ]:
        superuser_client.post(url, {"action": action, "_selected_action": [claim.pk], **extra})
    claim.refresh_from_db()
    assert (claim.verdict, claim.published) == (Verdict.FALSE, True)
    kinds = list(claim.corrections.values_list("kind", "old_value", "new_value"))
    assert kinds == [
        ("withdrawn", "", ""),
        ("verdict", "Misleading", "False"),
        ("republished", "", ""),
    ]


def test_history_pages_offer_no_revert(superuser_client, superuser):
    claim = make_published_claim(user=superuser, verdict=Verdict.MISLEADING)
    claim = services.claim_set_verdict(
        claim=claim, verdict=Verdict.FALSE, explanation="Re-rated.", user=superuser,
        expected_version=claim.version, reason="New evidence.",
    )  # fmt: skip
    first = claim.history.order_by("history_id").first()
    url = reverse("admin:claims_claim_simple_history", args=[claim.pk, first.history_id])
    page = superuser_client.get(url)
    assert "Revert" not in page.content.decode()
    superuser_client.post(url, {"_change_history": "", "statement": "x"})
    claim.refresh_from_db()
    assert (claim.verdict, claim.published, claim.version) == (Verdict.FALSE, True, claim.version)
    assert claim.history.order_by("-history_id").first().version == claim.version


def test_claims_cannot_be_edited_or_hard_deleted_in_the_admin(superuser_client, superuser):
    published = make_published_claim(user=superuser)
    draft = make_claim(article=published.article, quote="admissions fell", user=superuser)
    change_page = superuser_client.get(reverse("admin:claims_claim_change", args=[published.pk]))
    assert 'name="statement"' not in change_page.content.decode()
    assert "Open in the article workspace" in change_page.content.decode()
    superuser_client.post(
        reverse("admin:claims_claim_change", args=[published.pk]), {"statement": "Edited"}
    )
    assert Claim.objects.get(pk=published.pk).statement == published.statement
    assert (
        superuser_client.get(reverse("admin:claims_claim_delete", args=[published.pk])).status_code
        == 403
    )
    changelist = reverse("admin:claims_claim_changelist")
    superuser_client.post(
        changelist,
        {"action": "delete_selected", "_selected_action": [published.pk, draft.pk], "post": "yes"},
    )
    superuser_client.post(
        changelist, {"action": "delete_drafts", "_selected_action": [published.pk, draft.pk]}
    )
    assert Claim.objects.filter(pk=published.pk, published=True, deleted_at=None).exists()
    assert Claim.objects.get(pk=draft.pk).deleted_at is not None  # soft: restorable


def test_evidence_and_attributions_are_read_only_in_the_admin(superuser_client, superuser):
    claim = make_published_claim(user=superuser)
    _, evidence = make_evidence_and_attribution(claim, superuser)
    superuser_client.post(
        reverse("admin:claims_evidence_changelist"),
        {"action": "delete_selected", "_selected_action": [evidence.pk], "post": "yes"},
    )
    superuser_client.post(
        reverse("admin:claims_evidence_change", args=[evidence.pk]), {"url": "https://evil.test/"}
    )
    assert Evidence.objects.get(pk=evidence.pk).url == "https://example.org/report"


def test_renaming_a_source_in_the_admin_updates_public_search(superuser_client, superuser):
    claim = make_published_claim(user=superuser, source_name="Defence Ministry")
    source = claim.attributions.get().source
    response = superuser_client.post(
        reverse("admin:claims_source_change", args=[source.pk]),
        {
            "name": "Ministry of Defence of Valdoria", "kind": source.kind, "description": "",
            "identity_url": "", "affiliation": "",
            "aliases-TOTAL_FORMS": 1, "aliases-INITIAL_FORMS": 0, "aliases-0-name": "the MoV",
        },
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:1000]
    claim.refresh_from_db()
    assert "Valdoria" in claim.search_document
    assert (
        claim.statement in Client().get(reverse("claims:index"), {"q": "Valdoria"}).content.decode()
    )
    assert source.history.order_by("-history_id").first().history_user == superuser


def test_editing_article_text_in_the_admin_reanchors_its_claims(superuser_client, superuser):
    claim = make_published_claim(user=superuser)
    article = claim.article
    new_body = "Update: corrected.\n\n" + article.body
    response = superuser_client.post(
        reverse("admin:claims_article_change", args=[article.pk]),
        {
            "title": article.title, "publisher": article.publisher, "url": "",
            "published_on": "", "body": new_body, "seen_version": article.version,
            "claims-TOTAL_FORMS": 0, "claims-INITIAL_FORMS": 0,
        },
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:1000]
    claim.refresh_from_db()
    assert new_body[claim.start : claim.end] == claim.quote
    assert claim.history.order_by("-history_id").first().version == claim.version

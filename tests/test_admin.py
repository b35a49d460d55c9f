"""The back office: changelists with bounded queries, actions through the audited services."""

import pytest
from django.apps import apps
from django.urls import reverse

from claims import services
from claims.models import Claim, Correction, Verdict
from tests.factories import (
    make_claim,
    make_evidence_and_attribution,
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
        note="Re-checked.",
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
            "note": "",
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
            "note": "Footage re-examined.",
        },
    )
    claim.refresh_from_db()
    assert claim.verdict == Verdict.TRUE
    assert Correction.objects.get(claim=claim).reason == "Footage re-examined."
    assert claim.history.order_by("-history_date").first().history_user == superuser


def test_publish_and_unpublish_actions(superuser_client, superuser):
    claim = make_claim(user=superuser, verdict=Verdict.TRUE)
    url = reverse("admin:claims_claim_changelist")
    superuser_client.post(url, {"action": "publish", "_selected_action": [claim.pk]})
    assert Claim.objects.get(pk=claim.pk).published
    superuser_client.post(url, {"action": "unpublish", "_selected_action": [claim.pk]})
    assert not Claim.objects.get(pk=claim.pk).published
    notes = list(
        claim.history.order_by("history_date").values_list("history_change_reason", flat=True)
    )
    assert notes[-2:] == ["Published", "Unpublished"]


def test_admin_edit_of_a_claim_bumps_its_version_and_records_the_user(
    superuser_client, superuser, claim
):
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = {
        "article": claim.article_id, "statement": "Edited in the back office", "attribution_check": "unchecked",
        "primary_source_url": "", "explanation": "", "needs_reanchoring": "",
        "attributions-TOTAL_FORMS": 0, "attributions-INITIAL_FORMS": 0,
        "evidence-TOTAL_FORMS": 0, "evidence-INITIAL_FORMS": 0,
        "corrections-TOTAL_FORMS": 0, "corrections-INITIAL_FORMS": 0,
    }  # fmt: skip
    response = superuser_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    edited = Claim.objects.get(pk=claim.pk)
    assert edited.statement == "Edited in the back office"
    assert edited.version == claim.version + 1
    assert edited.history.order_by("-history_date").first().history_user == superuser


def test_deleting_in_bulk_from_the_admin_refreshes_the_public_page(superuser_client, superuser):
    from django.test import Client

    claim = make_published_claim(user=superuser)
    _, evidence = make_evidence_and_attribution(claim, superuser)
    public = Client()
    assert "Report" in public.get(claim.get_absolute_url()).content.decode()
    superuser_client.post(
        reverse("admin:claims_evidence_changelist"),
        {"action": "delete_selected", "_selected_action": [evidence.pk], "post": "yes"},
    )
    assert not claim.evidence.exists()
    assert "Report" not in public.get(claim.get_absolute_url()).content.decode()

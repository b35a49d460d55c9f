"""The maintained verdict tallies: exact after every kind of write that can move a claim in or
out of a count, and what the public pages read their totals from."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from claims import services
from claims.models import Tally, tally_scope
from claims.services import tallies
from tests.factories import make_claim, make_source

pytestmark = pytest.mark.django_db


def counts(source=None):
    return Tally.objects.counts(tally_scope(source.pk if source else None))


def test_publishing_counts_a_claim_overall_and_for_its_source_and_affiliation(checker):
    ministry = make_source("Defence Ministry")
    spokesman = make_source("Ministry spokesman", affiliation=ministry)
    make_claim(user=checker, verdict="false", source=spokesman)  # a draft counts nowhere
    assert counts() == {}
    make_claim(user=checker, verdict="false", source=spokesman, published=True)
    assert counts() == counts(spokesman) == counts(ministry) == {"false": 1}
    assert tallies.drift() == {}


def test_a_claim_attributed_to_a_source_and_its_affiliate_counts_once_for_the_source(checker):
    ministry = make_source("Defence Ministry")
    spokesman = make_source("Ministry spokesman", affiliation=ministry)
    claim = make_claim(user=checker, verdict="true", source=spokesman, published=True)
    services.attribution_add(
        claim=claim, source=ministry, user=checker, role="intermediary", reason="It relayed it."
    )
    assert counts(ministry) == {"true": 1}
    assert tallies.drift() == {}


def test_corrections_withdrawals_and_attribution_changes_move_the_counts(checker):
    kremlin, ministry = make_source("The Kremlin"), make_source("Defence Ministry")
    claim = make_claim(user=checker, verdict="false", source=kremlin, published=True)
    claim = services.claim_set_verdict(
        claim=claim, verdict="misleading", explanation="Partly.", user=checker,
        expected_version=claim.version, reason="New evidence.",
    )  # fmt: skip
    assert counts() == counts(kremlin) == {"misleading": 1}
    services.attribution_add(claim=claim, source=ministry, user=checker, reason="Also said it.")
    attribution = claim.attributions.get(source=kremlin)
    services.attribution_remove(attribution=attribution, user=checker, reason="Misread.")
    assert counts(kremlin) == {} and counts(ministry) == {"misleading": 1}
    claim.refresh_from_db()
    services.claim_withdraw(claim=claim, user=checker, reason="Could not stand it up.")
    assert counts() == counts(ministry) == {}
    assert tallies.drift() == {}


def test_affiliation_changes_and_merges_move_whole_sources(checker):
    ministry, army = make_source("Defence Ministry"), make_source("The Army")
    spokesman = make_source("Spokesman", affiliation=ministry)
    make_claim(user=checker, verdict="true", source=spokesman, published=True)
    services.source_update(source=spokesman, user=checker, affiliation=army)
    assert counts(ministry) == {} and counts(army) == {"true": 1}
    duplicate = make_source("Army")
    make_claim(user=checker, verdict="false", source=duplicate, published=True)
    services.source_merge(keep=army, merge=duplicate, user=checker, reason="Same body.")
    assert counts(army) == {"true": 1, "false": 1}
    assert tallies.drift() == {}


def test_drift_notices_a_count_that_went_wrong(checker):
    make_claim(user=checker, verdict="false", source=make_source("Kremlin"), published=True)
    Tally.objects.filter(scope="all").update(count=5)
    assert tallies.drift() == {("all", "false"): (5, 1)}


def test_the_index_total_and_the_source_breakdown_are_read_from_the_tallies(client, checker):
    kremlin = make_source("The Kremlin")
    for verdict in ["false", "false", "true"]:
        make_claim(user=checker, verdict=verdict, source=kremlin, published=True)
    assert "3 published claims" in client.get(reverse("claims:index")).content.decode()
    assert "3 checked claims" in client.get(kremlin.get_absolute_url()).content.decode()
    # Not counted again per request: a tally changed behind the services' back shows.
    Tally.objects.filter(verdict="false").update(count=1_234_566)
    cache.clear()
    assert "1,234,567 published claims" in client.get(reverse("claims:index")).content.decode()
    source_page = client.get(kremlin.get_absolute_url()).content.decode()
    assert "1,234,567 checked claims" in source_page

import pytest
from django.db import IntegrityError, transaction

from claims.models import (
    VERDICT_RATINGS,
    AttributionCheck,
    Claim,
    Source,
    SourceAlias,
    Verdict,
    verdict_rating,
)
from tests.factories import make_claim, make_source

pytestmark = pytest.mark.django_db


def test_verdict_ratings_run_from_false_one_to_true_five():
    assert verdict_rating(Verdict.FALSE) == 1
    assert verdict_rating(Verdict.MISLEADING) == 2
    assert verdict_rating(Verdict.MOSTLY_TRUE) == 4
    assert verdict_rating(Verdict.TRUE) == 5
    assert sorted(VERDICT_RATINGS.values()) == [1, 2, 4, 5]


@pytest.mark.parametrize("verdict", [Verdict.UNVERIFIED, Verdict.IN_REVIEW, Verdict.UNVERIFIABLE])
def test_verdicts_off_the_scale_have_no_rating(verdict):
    assert verdict_rating(verdict) is None


def test_database_refuses_a_claim_that_ends_before_it_starts(claim):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(start=10, end=5)


def test_database_refuses_two_claims_with_the_same_public_slug(article):
    first = make_claim(article=article)
    second = make_claim(article=article, quote="admissions fell by 4%")
    Claim.objects.filter(pk=first.pk).update(slug="same")
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=second.pk).update(slug="same")


def test_database_refuses_a_published_claim_without_slug(claim):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(published=True, slug="")


def test_database_refuses_confirmed_attribution_without_primary_source(claim):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(attribution_check=AttributionCheck.CONFIRMED)


def test_alias_is_unique_per_source_whatever_its_case(db):
    source = make_source("UK Ministry of Defence")
    SourceAlias.objects.create(source=source, name="the UK's MoD")
    with pytest.raises(IntegrityError), transaction.atomic():
        SourceAlias.objects.create(source=source, name="THE UK'S MOD")
    other = make_source("Another ministry")
    SourceAlias.objects.create(source=other, name="the UK's MoD")  # other sources may share it


def test_source_cannot_be_affiliated_to_itself(db):
    source = make_source("The Kremlin")
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.filter(pk=source.pk).update(affiliation=source)


def test_source_search_finds_names_and_aliases_ignoring_case_and_accents(db):
    podolyak = make_source("Mykhailo Podolyak", aliases=["Podoliak", "Michaïl Podoljak"])
    make_source("The Kremlin")
    assert list(Source.objects.search("podoliak")) == [podolyak]
    assert list(Source.objects.search("michail")) == [podolyak]
    assert list(Source.objects.search("MYKHAILO")) == [podolyak]
    assert list(Source.objects.search("   ")) == []

"""Builders for test data. Each goes through the services, as the app itself does."""

from claims import services
from claims.importing import prepare_article
from claims.models import AttributionCheck, AttributionRole, Source, Verdict

ARTICLE_TEXT = (
    "Ministry says bridge destroyed\n\n"
    "The defence ministry said on Monday that two bridges had been destroyed near the river. "
    "“We have no information about that,” the spokesperson said.\n\n"
    "According to the health ministry, admissions fell by 4% in March.\n\n"
    "Local officials reportedly evacuated three villages."
)


def make_article(
    *, user=None, text=ARTICLE_TEXT, title="Bridges destroyed, ministry says", **fields
):
    prepared = prepare_article(text)
    return services.article_import(
        prepared=prepared, raw=text, title=title, user=user,
        publisher=fields.pop("publisher", "Example Gazette"), **fields,
    )  # fmt: skip


def make_source(name="Defence Ministry", *, user=None, aliases=(), **fields):
    return services.source_create(name=name, user=user, aliases=tuple(aliases), **fields)


def make_claim(
    *,
    article=None,
    user=None,
    quote="two bridges had been destroyed",
    statement="",
    **fields,
):
    article = article or make_article(user=user)
    start = article.body.index(quote)
    claim = services.claim_create(
        article=article,
        start=start,
        end=start + len(quote),
        statement=statement,
        user=user,
    )
    source = fields.pop("source", None)
    if source:
        services.attribution_add(
            claim=claim,
            source=source,
            user=user,
            role=AttributionRole.SPEAKER,
            cue="said",
        )
    verdict = fields.pop("verdict", None)
    if verdict:
        claim = services.claim_set_verdict(
            claim=claim, verdict=verdict, explanation=fields.pop("explanation", "Because the record shows it."),
            user=user, expected_version=claim.version,
        )  # fmt: skip
    attribution_check = fields.pop("attribution_check", None)
    publish = fields.pop("published", False)
    if publish and not source:
        claim = services.claim_set_unattributed(
            claim=claim, unattributed=True, user=user, expected_version=claim.version
        )
    if attribution_check or publish:
        claim = services.claim_set_attribution_check(
            claim=claim, attribution_check=attribution_check or AttributionCheck.CONFIRMED,
            primary_source_url="https://example.org/original", user=user,
            expected_version=claim.version,
        )  # fmt: skip
    if publish:
        claim = services.claim_publish(claim=claim, user=user)
    assert not fields, f"unknown fields {fields}"
    return claim


def make_publishable(claim, user=None):
    """Give a draft what publishing needs: a source (or none, said so) and a checked attribution."""
    if not claim.attributions.exists():
        claim = services.claim_set_unattributed(
            claim=claim, unattributed=True, user=user, expected_version=claim.version
        )
    return services.claim_set_attribution_check(
        claim=claim, attribution_check=AttributionCheck.CONFIRMED,
        primary_source_url="https://example.org/original", user=user,
        expected_version=claim.version,
    )  # fmt: skip


def make_published_claim(
    *, user=None, verdict=Verdict.FALSE, source_name="Defence Ministry", **fields
):
    source = Source.objects.filter(name=source_name).first() or make_source(source_name, user=user)
    return make_claim(user=user, verdict=verdict, published=True, source=source, **fields)


def make_evidence_and_attribution(claim, user):
    source = make_source(f"Speaker of claim {claim.pk}", user=user)
    reason = "Added while testing"  # needed when the claim is published, ignored otherwise
    if claim.unattributed:
        claim = services.claim_set_unattributed(
            claim=claim, unattributed=False, user=user, expected_version=None, reason=reason
        )
    attribution = services.attribution_add(
        claim=claim, source=source, user=user, cue="said", reason=reason
    )
    evidence = services.evidence_add(
        claim=claim, url="https://example.org/report", title="Report", user=user, reason=reason
    )
    return attribution, evidence

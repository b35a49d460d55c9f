"""Machine-readable views of a published claim: ClaimReview and W3C Web Annotation (JSON-LD)."""

import json

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import SafeString

from claims.models import BEST_RATING, WORST_RATING, AttributionRole, Claim

# The same escapes as Django's json_script: the JSON can never close its <script> element.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def absolute(path: str) -> str:
    """The public URL of a path: always on PUBLIC_ORIGIN, whatever Host the request named."""
    return settings.PUBLIC_ORIGIN + path


def _claim_author(attributions) -> dict | None:
    """The claim's source: its first speaker, or whoever relayed it if no speaker is named."""
    speakers = [a for a in attributions if a.role == AttributionRole.SPEAKER]
    attribution = (speakers or list(attributions) or [None])[0]
    if attribution is None:
        return None
    source = attribution.source
    author = {
        "@type": "Person" if source.kind == "person" else "Organization",
        "name": source.name,
    }
    if source.identity_url:
        author["sameAs"] = source.identity_url
    return author


def claim_review(claim: Claim, attributions, request) -> dict:
    """Google's ClaimReview profile; the rating matches the verdict shown on the page."""
    article = claim.article
    rating = {
        "@type": "Rating",
        "alternateName": claim.get_verdict_display(),
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
    }
    if claim.rating is not None:
        rating["ratingValue"] = claim.rating
    item = {"@type": "Claim", "appearance": {"@type": "CreativeWork", "url": article.url or absolute(article.get_absolute_url()), "headline": article.title}}  # fmt: skip
    if article.publisher:
        item["appearance"]["publisher"] = {
            "@type": "Organization",
            "name": article.publisher,
        }
    if article.published_on:
        item["datePublished"] = article.published_on.isoformat()
    author = _claim_author(attributions)
    if author:
        item["author"] = author
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": absolute(claim.get_absolute_url()),
        "claimReviewed": claim.statement,
        "datePublished": claim.first_published_at.date().isoformat(),
        "author": {
            "@type": "Organization",
            "name": settings.NEWSROOM_NAME,
            "url": settings.NEWSROOM_URL,
        },
        "reviewRating": rating,
        "itemReviewed": item,
    }


def web_annotation(claim: Claim, request) -> dict:
    """The claim's anchor as a W3C Web Annotation targeting the original article."""
    article = claim.article
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": absolute(claim.get_absolute_url()) + "annotation.jsonld",
        "type": "Annotation",
        "motivation": "assessing",
        "created": claim.first_published_at.isoformat(),
        "creator": {"type": "Organization", "name": settings.NEWSROOM_NAME},
        "body": {
            "type": "TextualBody",
            "value": f"{claim.get_verdict_display()}: {claim.statement}",
            "format": "text/plain",
            "purpose": "assessing",
            "id": absolute(claim.get_absolute_url()),
        },
        "target": {
            "source": article.url or absolute(article.get_absolute_url()),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": claim.quote,
                    "prefix": claim.prefix,
                    "suffix": claim.suffix,
                },
                {
                    "type": "TextPositionSelector",
                    "start": claim.start,
                    "end": claim.end,
                },
            ],
        },
    }


def json_ld_script(data: dict) -> SafeString:
    text = json.dumps(data, ensure_ascii=False, indent=1).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', SafeString(text))

"""Suggestions: turning a suggested passage into a claim, or turning it down."""

from django.db import transaction

from claims.models import Article, AttributionType, Claim, DismissedSuggestion, Source, SourceKind
from claims.services.attribution import attribution_add
from claims.services.base import anchor
from claims.services.claims import claim_create, claim_set_unattributed
from claims.services.sources import source_create


@transaction.atomic
def suggestion_accept(
    *,
    article: Article,
    start: int,
    end: int,
    user,
    statement: str = "",
    source: Source | None = None,
    source_name: str = "",
    source_kind: str = SourceKind.ORGANISATION,
    mention: str = "",
    cue: str = "",
    type: str = AttributionType.INDIRECT,
) -> Claim:
    """Turn a suggestion into a claim, attributed to the matched source or a new one."""
    claim = claim_create(article=article, start=start, end=end, statement=statement, user=user)
    if source is None and source_name.strip():
        source = Source.objects.filter(name__iexact=source_name.strip()).first() or source_create(
            name=source_name, kind=source_kind or SourceKind.ORGANISATION, user=user
        )
    if source is not None:
        attribution_add(
            claim=claim, source=source, user=user, cue=cue, mention=mention,
            type=type or AttributionType.INDIRECT,
        )  # fmt: skip
    elif type == AttributionType.UNATTRIBUTED:
        claim = claim_set_unattributed(
            claim=claim, unattributed=True, user=user, expected_version=claim.version
        )
    return claim


def suggestion_dismiss(*, article: Article, start: int, end: int, user) -> None:
    passage = anchor(article.body, start, end)
    DismissedSuggestion.objects.get_or_create(
        article=article,
        start=start,
        end=end,
        defaults={"quote": passage.quote, "dismissed_by": user},
    )

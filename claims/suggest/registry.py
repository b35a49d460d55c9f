"""The suggester's link to the database: the source registry in, an article's open suggestions out."""

from dataclasses import asdict

from django.db.models import Max

from claims.models import Article, Source, SourceAlias, SuggestionRun
from claims.suggest.core import Suggestion, suggest_claims
from claims.suggest.matching import KnownSource, SourceIndex


def source_index() -> SourceIndex:
    return SourceIndex(
        [
            KnownSource(
                id=s.pk,
                name=s.name,
                kind=s.kind,
                aliases=tuple(a.name for a in s.aliases.all()),
            )
            for s in Source.objects.prefetch_related("aliases")
        ]
    )


def registry_stamp() -> str:
    """Changes whenever a source or an alias is added, changed or removed (their history has
    a row for each), so stored suggestions know when their matches may be out of date."""
    stamps = [
        model.history.aggregate(last=Max("history_date"), top=Max("history_id"))
        for model in (Source, SourceAlias)
    ]
    return "|".join(f"{s['last'] and s['last'].isoformat()}:{s['top']}" for s in stamps)


def compute_suggestions(body: str, *, seconds: float | None = None, progress=None) -> dict:
    """What a suggestion run stores: the suggestions for the text, as plain data; where reading
    stopped if the time budget ran out first; and whether the language model's parse was used
    (without it, the rules alone)."""
    found = suggest_claims(body, source_index(), seconds=seconds, progress=progress)
    return {
        "suggestions": [asdict(s) for s in found],
        "stopped_at": found.stopped_at,
        "parsed": found.parsed,
    }


def open_suggestions(article: Article, run: SuggestionRun) -> list[Suggestion]:
    """A finished run's suggestions for passages that no live claim covers yet and nobody
    dismissed.

    A dismissal is matched by the passage's words, not its position, which shifts when the
    article's text is corrected.
    """
    taken = list(article.claims.live().values_list("start", "end"))
    dismissed = {
        " ".join(quote.split())
        for quote in article.dismissed_suggestions.values_list("quote", flat=True)
    }
    suggestions = (Suggestion(**data) for data in run.suggestions)
    return [
        s
        for s in suggestions
        if " ".join(article.body[s.start : s.end].split()) not in dismissed
        and not any(a < s.end and s.start < b for a, b in taken)
    ]


def article_suggestions(article: Article) -> list[Suggestion]:
    """Open suggestions worked out now, in this process (the command line and tests)."""
    run = SuggestionRun(article=article, **compute_suggestions(article.body))
    return open_suggestions(article, run)

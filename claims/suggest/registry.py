"""The suggester's link to the database: the source registry in, an article's open suggestions out."""

from claims.models import Article, Source
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


def article_suggestions(article: Article) -> list[Suggestion]:
    """Suggestions for passages that no live claim covers yet and nobody dismissed.

    A dismissal is matched by the passage's words, not its position, which shifts when the
    article's text is corrected.
    """
    taken = list(article.claims.live().values_list("start", "end"))
    dismissed = {
        " ".join(quote.split())
        for quote in article.dismissed_suggestions.values_list("quote", flat=True)
    }
    return [
        s
        for s in suggest_claims(article.body, source_index())
        if " ".join(article.body[s.start : s.end].split()) not in dismissed
        and not any(a < s.end and s.start < b for a, b in taken)
    ]

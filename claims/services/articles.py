"""Articles: importing one, correcting its text (claims follow their quotes), removing one."""

from contextlib import nullcontext
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from claims import public_cache
from claims.anchoring import find_anchor
from claims.importing import PreparedArticle
from claims.models import Article, Claim, PageCapture
from claims.services import tallies
from claims.services.base import locked, record, with_unique_slug
from claims.text.sentences import paragraph_spans

ANCHOR_FIELDS = ["start", "end", "prefix", "suffix", "needs_reanchoring"]


@transaction.atomic
def article_import(
    *,
    prepared: PreparedArticle,
    raw: str,
    title: str,
    user,
    publisher: str = "",
    byline: str = "",
    url: str = "",
    published_on: date | None = None,
    language: str = "",
    capture: PageCapture | None = None,
    keep: set[int] = frozenset(),
) -> Article:
    """Save a prepared article; `capture` is the fetched page it came from, if any."""
    article = Article(
        title=title.strip(), publisher=publisher.strip(), byline=byline.strip(), url=url.strip(),
        published_on=published_on, language=language.strip(), body=prepared.body(keep),
        body_html=prepared.body_html, raw_input=raw, raw_format=prepared.raw_format,
        capture=capture, imported_by=user,
    )  # fmt: skip
    record(article, user, "Imported")
    article.full_clean(exclude=["slug"])

    def insert(slug):
        article.slug = slug
        article.save()
        return article

    return with_unique_slug(Article, article.title, insert)


def _reanchor(article: Article, user) -> list[Claim]:
    """Find every claim's quote again in the new text; returns the claims that are lost.

    The claims are read under a row lock and only their anchor fields are written, each as a
    new version: an unpublish or a verdict saved by someone else a moment ago is never undone.
    """
    lost = []
    claims = article.claims.live().select_for_update(of=("self",), no_key=True).order_by("pk")
    for claim in claims:
        found = find_anchor(
            article.body, quote=claim.quote, prefix=claim.prefix, suffix=claim.suffix,
            near=claim.start,
        )  # fmt: skip
        if found is None:
            anchor = {"needs_reanchoring": True}
            lost.append(claim)
        else:
            anchor = {"start": found.start, "end": found.end, "prefix": found.prefix,
                      "suffix": found.suffix, "needs_reanchoring": False}  # fmt: skip
        if all(getattr(claim, name) == value for name, value in anchor.items()):
            continue
        for name, value in anchor.items():
            setattr(claim, name, value)
        claim.version += 1
        record(claim, user, "Re-anchored after the article text changed")
        claim.save(update_fields=[*ANCHOR_FIELDS, "version", "updated_at"])
    return lost


def _reanchor_dismissals(article: Article) -> None:
    """Dismissed suggestions follow their words too; one whose words are gone is dropped."""
    taken = set()
    for dismissal in article.dismissed_suggestions.order_by("pk"):
        found = find_anchor(article.body, quote=dismissal.quote, near=dismissal.start)
        if found is None or (found.start, found.end) in taken:
            dismissal.delete()
            continue
        taken.add((found.start, found.end))
        if (found.start, found.end) != (dismissal.start, dismissal.end):
            dismissal.start, dismissal.end = found.start, found.end
            dismissal.save(update_fields=["start", "end"])


def _check_text_limits(body: str) -> None:
    """The same bounds as an import: every path that sets an article's text enforces them."""
    size = len(body.encode())
    if size > settings.ARTICLE_MAX_BYTES:
        raise ValidationError(
            {"body": f"The text is {size:,} bytes; the limit is {settings.ARTICLE_MAX_BYTES:,}."}
        )
    paragraphs = len(paragraph_spans(body))
    if paragraphs > settings.ARTICLE_MAX_PARAGRAPHS:
        raise ValidationError(
            {"body": f"The text has {paragraphs:,} paragraphs; the limit is "
                     f"{settings.ARTICLE_MAX_PARAGRAPHS:,}."}
        )  # fmt: skip


@transaction.atomic
def article_update(
    *, article: Article, user, expected_version: int, note: str = "", **fields
) -> tuple[Article, list[Claim]]:
    """Edit an article; when its text changes, every claim is re-anchored by quote and context.

    Returns the article and the claims that could not be found again: those stay, flagged
    `needs_reanchoring`, for the editor to fix.
    """
    stored = locked(Article, article.pk)
    if stored.version != expected_version:
        raise ValidationError(
            "Someone else changed this article while you were editing it. Reload to see their "
            "version."
        )
    old_body, old_publisher = stored.body, stored.publisher
    for name, value in fields.items():
        setattr(stored, name, value)
    stored.body = stored.body.replace("\r\n", "\n").replace("\r", "\n")
    _check_text_limits(stored.body)
    stored.version += 1
    record(stored, user, note or "Article corrected")
    stored.full_clean()
    # Its published claims move to the new publisher's tally.
    moved = stored.publisher != old_publisher
    with tallies.following(stored.claims.values_list("pk", flat=True)) if moved else nullcontext():
        stored.save()
    lost = []
    if stored.body != old_body:
        lost = _reanchor(stored, user)
        _reanchor_dismissals(stored)
    public_cache.invalidate_after_commit(stored)
    return stored, lost


@transaction.atomic
def article_delete(*, article: Article, user) -> None:
    """Remove an article that has no claims (not even deleted drafts) left."""
    stored = locked(Article, article.pk)
    if stored.claims.exists():
        raise ValidationError(
            f"“{stored}” has claims; an article that holds claims is kept for their record."
        )
    public_cache.invalidate_after_commit(stored)
    record(stored, user, "Article removed")
    stored.delete()

"""From an uploaded, pasted or fetched article to the plain body that claims anchor to.

Steps: decode and check limits, read the paragraphs (sanitized HTML for pastes and uploads,
trafilatura's main-text extraction for fetched pages), then take out page furniture and
repeated paragraphs. What is taken out is reported, not thrown away, so the editor can keep
any of it; the raw input is stored on the article regardless.
"""

import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from datetime import date

import trafilatura
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.dateparse import parse_date

from claims.sanitize import HtmlTooDeep, html_to_paragraphs, sanitize_html
from claims.text.furniture import furniture_reason
from claims.text.paragraphs import split_paragraphs


class ImportRefused(ValueError):
    """The input cannot become an article; the message says why, in an editor's words."""


@dataclass
class RemovedParagraph:
    index: int
    text: str
    reason: str


@dataclass(frozen=True)
class PageMetadata:
    """What a fetched page says about itself (its meta tags, JSON-LD and markup)."""

    title: str = ""
    byline: str = ""
    publisher: str = ""
    published_on: date | None = None
    url: str = ""
    language: str = ""


@dataclass
class PreparedArticle:
    paragraphs: list[str]
    removed: list[RemovedParagraph] = field(default_factory=list)
    body_html: str = ""
    raw_format: str = "text"
    metadata: PageMetadata = field(default_factory=PageMetadata)

    def rows(self) -> list[tuple[str, str | None]]:
        """Each paragraph with the reason it would be left out, or None if it stays."""
        reasons = {r.index: r.reason for r in self.removed}
        return [(text, reasons.get(index)) for index, text in enumerate(self.paragraphs)]

    @property
    def title(self) -> str:
        """A title for when the editor gave none: the first line that is not page furniture
        ("Advertisement", a repeated caption) nor left out, cut to the field's length."""
        removed = {r.index for r in self.removed}
        first = next(
            (text for index, text in enumerate(self.paragraphs) if index not in removed),
            "Untitled article",
        )
        return (self.metadata.title or first)[:300]

    def body(self, keep: set[int] = frozenset()) -> str:
        """The article text, with any removed paragraphs the editor chose to keep put back."""
        kept = {r.index: r.text for r in self.removed if r.index in keep}
        dropped = {r.index for r in self.removed} - kept.keys()
        return "\n\n".join(
            text for index, text in enumerate(self.paragraphs) if index not in dropped
        )


def decode_upload(data: bytes) -> str:
    max_bytes = settings.ARTICLE_MAX_BYTES
    if len(data) > max_bytes:
        raise ImportRefused(
            f"The file is {filesizeformat(len(data))}; the limit is {filesizeformat(max_bytes)}."
        )
    if b"\x00" in data:
        raise ImportRefused("The file looks binary (it contains NUL bytes), not text or HTML.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused(
            f"The file is not UTF-8 text (undecodable byte at position {error.start})."
        ) from None


def looks_like_html(text: str) -> bool:
    return bool(
        re.search(r"<(p|div|article|br|h[1-6]|html|body|span|a|figure|section)\b", text, re.I)
    )


def _is_control_heavy(text: str) -> bool:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    return controls > max(8, len(text) // 100)


def prepare_article(raw: str, *, raw_format: str | None = None) -> PreparedArticle:
    if len(raw.encode("utf-8")) > settings.ARTICLE_MAX_BYTES:
        raise ImportRefused(
            f"The article is larger than the limit of {filesizeformat(settings.ARTICLE_MAX_BYTES)}."
        )
    if not raw.strip():
        raise ImportRefused("The article is empty.")
    if "\x00" in raw or _is_control_heavy(raw):
        raise ImportRefused("The input looks binary, not text or HTML.")
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    raw_format = raw_format or ("html" if looks_like_html(raw) else "text")
    body_html = ""
    if raw_format == "html":
        try:
            body_html = sanitize_html(raw, max_depth=settings.ARTICLE_MAX_HTML_DEPTH)
        except HtmlTooDeep as error:
            raise ImportRefused(str(error)) from None
        paragraphs = html_to_paragraphs(body_html)
    else:
        paragraphs = split_paragraphs(raw)
    if not paragraphs:
        raise ImportRefused("No article text was found in the input.")
    if len(paragraphs) > settings.ARTICLE_MAX_PARAGRAPHS:
        raise ImportRefused(
            f"The article has {len(paragraphs)} paragraphs; the limit is "
            f"{settings.ARTICLE_MAX_PARAGRAPHS}."
        )
    return PreparedArticle(
        paragraphs=paragraphs,
        removed=find_noise(paragraphs),
        body_html=body_html,
        raw_format=raw_format,
    )


MIN_FETCHED_TEXT = 120  # characters: about two sentences


def prepare_fetched_page(html: str, *, url: str) -> PreparedArticle:
    """A fetched news page: its main text and metadata, as trafilatura extracts them.

    The page is the size the fetcher allowed (FETCH_MAX_BYTES), and its text is held to the
    same limits as a pasted article.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # lxml's, raised inside trafilatura
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True,
        )  # fmt: skip
    text = (document.text or "") if document else ""
    prepared = prepare_article(text, raw_format="text") if text.strip() else None
    # A link to a section front, a login wall or a video page yields a few menu words.
    if prepared is None or len(prepared.body()) < MIN_FETCHED_TEXT:
        raise ImportRefused("No article text was found on that page.")
    prepared.raw_format = "html"
    prepared.metadata = PageMetadata(
        title=(document.title or "")[:300],
        byline=(document.author or "")[:300],
        publisher=(document.sitename or "")[:200],
        published_on=_date(document.date),
        url=document.url or "",
        language=_declared_language(html),
    )
    return prepared


def _date(text: str | None) -> date | None:
    try:
        return parse_date(text or "")
    except ValueError:
        return None


def _declared_language(html: str) -> str:
    found = re.search(
        r"<html\b[^>]{0,500}?\blang=[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)", html
    )
    return found.group(1) if found else ""


def find_noise(paragraphs: list[str]) -> list[RemovedParagraph]:
    """Page furniture, and every repeat of a paragraph already seen (captions often repeat)."""
    removed = []
    seen = set()
    for index, text in enumerate(paragraphs):
        reason = furniture_reason(text)
        key = text.casefold()
        if reason is None and key in seen:
            reason = "repeated paragraph"
        seen.add(key)
        if reason:
            removed.append(RemovedParagraph(index=index, text=text, reason=reason))
    return removed

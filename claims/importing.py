"""From an uploaded or pasted article to the plain body that claims anchor to.

Steps: decode and check limits, sanitize HTML and read its paragraphs, then take out page
furniture and repeated paragraphs. What is taken out is reported, not thrown away, so the editor
can keep any of it; the raw input is stored on the article regardless.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.template.defaultfilters import filesizeformat

from claims.sanitize import HtmlTooDeep, html_to_paragraphs, sanitize_html
from claims.suggest.furniture import furniture_reason


class ImportRefused(ValueError):
    """The input cannot become an article; the message says why, in an editor's words."""


@dataclass
class RemovedParagraph:
    index: int
    text: str
    reason: str


@dataclass
class PreparedArticle:
    paragraphs: list[str]
    removed: list[RemovedParagraph] = field(default_factory=list)
    body_html: str = ""
    raw_format: str = "text"

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
        return first[:300]

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


def _split_text(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", text)
    if len(blocks) == 1:
        blocks = text.split("\n")
    return [" ".join(block.split()) for block in blocks if block.strip()]


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
        paragraphs = _split_text(raw)
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

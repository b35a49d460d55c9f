"""Where a claim sits in its article's text, and finding it again after the text changes.

An anchor keeps both W3C Web Annotation selectors: the position (start/end character offsets,
end exclusive, counted in Unicode code points like Python strings) and the quote with up to
CONTEXT characters either side. The position is fast and exact; the quote survives corrections.
"""

from dataclasses import dataclass

CONTEXT = 32


class AnchorError(ValueError):
    """A span that does not fit the text."""


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def anchor_span(text: str, start: int, end: int) -> Anchor:
    if not 0 <= start < end <= len(text):
        raise AnchorError(
            f"The span {start}–{end} does not fit a text of {len(text)} characters; "
            "the start must come before the end and both must lie inside the text."
        )
    if not text[start:end].strip():
        raise AnchorError("The selected passage is only white space.")
    return Anchor(
        start=start,
        end=end,
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )


def _shared_tail(a: str, b: str) -> int:
    count = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        count += 1
    return count


def _shared_head(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def find_anchor(
    text: str,
    *,
    quote: str,
    prefix: str = "",
    suffix: str = "",
    near: int | None = None,
) -> Anchor | None:
    """Find the quote in a changed text; the occurrence whose context matches best wins.

    Returns None when the quote no longer occurs: the caller keeps the claim and flags it for
    re-anchoring rather than guessing.
    """
    if not quote:
        return None
    best = None
    best_score = None
    position = text.find(quote)
    while position != -1:
        end = position + len(quote)
        context = _shared_tail(text[max(0, position - len(prefix)) : position], prefix)
        context += _shared_head(text[end : end + len(suffix)], suffix)
        distance = abs(position - near) if near is not None else 0
        score = (context, -distance)
        if best_score is None or score > best_score:
            best, best_score = position, score
        position = text.find(quote, position + 1)
    if best is None:
        return None
    return anchor_span(text, best, best + len(quote))

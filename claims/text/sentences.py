"""Paragraph and sentence boundaries for news text, as offsets into the original string.

Rules, not a model: a sentence ends at . ! ? (with any closing quotes or brackets) followed by
white space and a capital, digit or opening quote, unless the word before is a known
abbreviation or an initial; a sentence never ends inside an open quotation, so a quote of
several sentences stays whole.
"""

import re

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "cpl",
        "adm",
        "brig",
        "cmdr",
        "st",
        "jr",
        "sr",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "gov",
        "govt",
        "hon",  # "Prime Minister Hon. Manasseh Sogavare"
        "sen",
        "rep",
        "rev",
        "approx",
        "est",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "pres",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
    ]
)
_LINE = re.compile(r"[^\n]+")
_END = re.compile(r"[.!?…]+[\"”’')\]]*")
_OPENERS = "“‘\"'(["


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Each non-blank line, trimmed, as (start, end): without a list's bullet ("- ", "• "),
    which is no part of what the line says."""
    spans = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        bullet = _BULLET.match(stripped)
        if bullet and bullet.end() < len(stripped):
            stripped = stripped[bullet.end() :]
        if stripped:
            start = match.end() - (len(line) - len(line.rstrip())) - len(stripped)
            spans.append((start, start + len(stripped)))
    return spans


_BULLET = re.compile(r"[-•*–]\s+")


def _quote_depth(segment: str, depth: int = 0) -> int:
    """How many quotations are still open at the end of the segment."""
    for ch in segment:
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif ch == '"':
            depth = 0 if depth else 1
    return depth


_NEXT_CHARACTER = re.compile(r"\s*(\S)")
_LAST_WORD = re.compile(r"([\w.]+)$")
_CLOCK = frozenset({"a.m", "p.m"})
# A day of the week, as news copy dates what was said: "on Tuesday", "Wednesday night".
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A name and its verb of saying after "10 p.m.": a new sentence, not "10 p.m. Monday".
_NAME_THEN_CUE = re.compile(
    r"\s+(?!" + WEEKDAY + r"\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"\s+(?:said|says|told|added|wrote)\b"
)
# Words that open a sentence and, after "6 a.m.", never go on one: "… at 6 a.m. The …".
_SENTENCE_OPENER = re.compile(
    r"\s+(?:A|An|The|He|She|It|They|We|I|But|This|That|There|His|Her|Their|Its|Our|My|Some)\s"
)
# A lower-case word just before: "on X." is the network's name where "George W." is an initial.
_AFTER_LOWER_CASE = re.compile(r"\b[a-z]+\s+$")
# "U.S", "U.K", "D.C" (the last period is the match's own).
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")


# A speaker's name and a cue right after a quotation that ends in "?" or "!".
# '"Why was it written in secret?" Sen. Carla Ruiz, D-Wash., declared': a title, a party tag.
_ATTRIBUTION_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’.-]+\s+){0,4}[A-Z][\w'’.-]+(?:,\s+[RDI]-[A-Z][\w.]*(?:\s[A-Z][a-z]+)?,)?\s+"
    r"(?:said|says|asked|added|told|wrote|replied|insisted|declared|responded|alleged|retorted|"
    r"countered|demanded|wondered)\b"
)


_WIRE_CREDIT = re.compile(r"\s+\([A-Z][A-Za-z]+\)\s+[—–-]")


def _ends_sentence(text: str, match: re.Match, paragraph_end: int) -> bool:
    after = match.end()
    if after >= paragraph_end:
        return True
    if not text[after].isspace():
        return False
    following = _NEXT_CHARACTER.match(text, after, paragraph_end)
    if not following:
        return True
    first = following.group(1)
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if _WIRE_CREDIT.match(text, after, paragraph_end):
        return False  # "HARRISBURG, Pa. (AP) — …": a dateline's abbreviation, then the wire
    if re.search(r"[?!][\"”]$", match.group()) and _ATTRIBUTION_AFTER.match(
        text, after, paragraph_end
    ):
        return False  # '"Why would we sell him?" Ferris said.': the quote's attribution follows
    if match.group().startswith("."):
        word = _LAST_WORD.search(text, max(0, match.start() - 40), match.start())
        token = word.group(1).casefold() if word else ""
        if token in _CLOCK and (
            _SENTENCE_OPENER.match(text, after, paragraph_end)
            # "… on the lawn until 10 p.m. Stroud said, by that point, …": a speaker opens it
            or _NAME_THEN_CUE.match(text, after, paragraph_end)
        ):
            return True  # "… locked at 6 a.m. A spokesperson said …"; not "9 a.m. Monday"
        if (
            len(token) == 1
            and token.isalpha()
            and _AFTER_LOWER_CASE.search(text, max(0, word.start() - 40), word.start())
            and (_SENTENCE_OPENER.match(text, after, paragraph_end) or first in '"“')
        ):
            # "… in a post on X. It accused …", "… announced on X. \"The safety …": a name,
            # not an initial
            return True
        if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            return False
        if _INITIALISM.fullmatch(token):
            return False  # "The U.S. Chemical Safety Board": a capital follows mid-sentence
        if token in ("no", "nos") and first.isdigit():
            return False
    return True


def sentence_spans(text: str) -> list[tuple[int, int, str]]:
    """Every sentence as (start, end, text), in order."""
    sentences = []
    for p_start, p_end in paragraph_spans(text):
        start = scanned = p_start
        depth = 0
        for match in _END.finditer(text, p_start, p_end):
            # Quotes are counted once, from where the last count stopped: re-reading the open
            # sentence at every full stop made a long paragraph with an open quote quadratic.
            depth = _quote_depth(text[scanned : match.end()], depth)
            scanned = match.end()
            if depth:
                continue
            if _ends_sentence(text, match, p_end):
                sentences.append((start, match.end(), text[start : match.end()]))
                start = match.end()
                while start < p_end and text[start].isspace():
                    start += 1
        if start < p_end:
            sentences.append((start, p_end, text[start:p_end]))
    return sentences

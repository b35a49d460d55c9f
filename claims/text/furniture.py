"""Page furniture: lines a scraped article carries that are not its content."""

import re

FURNITURE_PATTERNS = [
    (re.compile(pattern, re.IGNORECASE), reason)
    for pattern, reason in [
        (r"^advertisement\.?$|^advert$|^sponsored( content)?$|^ad$", "advertisement"),
        (
            r"^(related|recommended|more on this story|more from|most read|also read)\b.{0,200}$",
            "related links",
        ),
        (r"^read (more|also|next)\b.{0,300}$", "read-more link"),
        # "Blackstone reports 1% rise in first quarter earningsOpens in new window ]": a link
        (r"^.{1,200}opens in (a )?new (window|tab)\W{0,3}$", "related links"),
        (
            r"^(sign up|subscribe)\b.{0,200}(newsletter|updates|inbox|free)\b.{0,100}$",
            "newsletter",
        ),
        (
            r"^(sign up for our newsletter|subscribe now|subscribe to our newsletter)\.?$",
            "newsletter",
        ),
        (
            r"^(share|share this( article)?|share on \w+|follow us\b.{0,100})$",
            "share buttons",
        ),
        (
            r"^(skip to (main )?content|back to top|image:? getty images|watch:? .{0,80}|listen to this article.{0,40})$",
            "page chrome",
        ),
        (r"^(key events|show key events only|latest updates)$", "live-blog navigation"),
        # "By Jane Ellery and Tom Brandt": who wrote it, not what it says.
        (
            r"^by (?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}"
            r"(?:(?:,| and) [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}){0,4})$",
            "byline",
        ),
        # "(Reporting by Jane Ellery; Editing by Mark Porter)": a wire story's credits.
        (r"^\(?(additional )?(reporting|writing|editing) by [^()]{2,300}\)?$", "credits"),
        # "Correction: An earlier version of this story said …": the newsroom's own note on its
        # copy, not a claim by a source.
        (
            r"^(correction|clarification|editor['’]s note)s?\s*:.{0,600}$|"
            r"^an earlier version of this (article|story|report|piece)\b.{0,600}$|"
            r"^this (article|story|report|piece) (was|has been) (amended|updated|corrected)\b.{0,600}$",
            "correction note",
        ),
    ]
]
# A heading over a list of links, each on its own line: "Read more", then the headlines.
# "Read more on Sky News:", "You may also like"
_LIST_HEADING = re.compile(
    r"^(read more( (on|from) [^:]{1,40})?|related( stories| articles| content)?|more on this story|"
    r"most read|recommended|you may also like|key events|show key events only):?$",
    re.IGNORECASE,
)
# A link's text: a headline, never a paragraph's sentences.
_LINK_LINE = re.compile(r"^.{1,160}(?<![.!?])$")


def furniture_reason(text: str) -> str | None:
    stripped = text.strip()
    return next((why for pattern, why in FURNITURE_PATTERNS if pattern.match(stripped)), None)


def is_furniture(text: str) -> bool:
    return furniture_reason(text) is not None


def link_lists(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Which lines (`spans`, one per line) are links under a list heading: the headlines after
    "Read more" or a live blog's "Key events", up to a blank line or the first line that reads
    as a sentence."""
    links: set[int] = set()
    heading = first = False
    for number, (start, end) in enumerate(spans):
        line = text[start:end]
        if _LIST_HEADING.match(line.strip()):
            # "You may also like", a blank line, "Read more from UK News", a blank line, then
            # the links: a heading may stand apart from its list (not a live blog's "Key
            # events", whose summaries after a blank line are the blog's own lines)
            heading = True
            first = not line.strip().casefold().startswith(("key events", "show key events"))
            continue
        if heading and (
            (not first and "\n" in text[spans[number - 1][1] : start].replace("\n", "", 1))
            or not _LINK_LINE.match(line)
        ):
            heading = False
        if heading:
            links.add(number)
            first = False
    return links

"""What the suggester works with: a suggested passage, a speaker, what the article has
established so far, and the trimming of passages and speakers' words."""

import re
from dataclasses import dataclass, field

from claims.suggest.patterns import (
    DATELINE,
    DATELINE_REST,
    DATELINE_TEXT,
    LINKING_THAT,
    TICKER,
    TRAILING_TIME,
)
from claims.text.sentences import WEEKDAY


@dataclass
class Suggestion:
    start: int
    end: int
    text: str
    source_mention: str | None
    source_name: str | None
    source_id: int | None
    source_kind: str | None
    cue: str
    type: str
    confidence: float
    resolved_from: str | None = None  # the pronoun or back-reference the speaker came from
    pattern: str = ""
    # Where the sentence names the speaker ("It", "the ministry", "Kyiv's defence ministry").
    mention_start: int | None = None
    mention_end: int | None = None

    def as_dict(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "source": self.source_name,
            "source_id": self.source_id,
            "source_mention": self.resolved_from or self.source_mention,
            "source_mention_start": self.mention_start,
            "source_mention_end": self.mention_end,
            "source_kind": self.source_kind,
            "cue": self.cue,
            "type": self.type,
            "confidence": round(self.confidence, 2),
        }


@dataclass
class Speaker:
    mention: str
    name: str
    source_id: int | None
    kind: str
    generic: bool = False  # "an armed group", "Rebels": may be named later in the article
    described: str = ""  # how the article referred to it ("the club"), when not by name


def speaker_of(suggestion: Suggestion) -> Speaker:
    """The speaker a suggestion names, for the sentences after it to refer back to."""
    return Speaker(
        suggestion.source_mention or "", suggestion.source_name, suggestion.source_id,
        suggestion.source_kind or "organisation", described=suggestion.resolved_from or "",
    )  # fmt: skip


RECALLED = 200


@dataclass
class ReadingState:
    """What the article has established so far: its speakers, and an open quotation."""

    text: str
    words: frozenset[str] = frozenset()
    speakers: list[tuple[int, Speaker]] = field(default_factory=list)
    speaker_starts: list[int] = field(default_factory=list)
    headline_end: int = 0
    lede_end: int = 0
    quote_speaker: Speaker | None = None
    # Who spoke a quotation too short to suggest: the next sentence's quotation goes on theirs.
    short_quote_speaker: Speaker | None = None
    # Whose the last report, study or audit was: "a report released by X … The report says".
    documents: dict[str, Speaker] = field(default_factory=dict)
    # What the parse's entities called a word where the article first asked: once per word.
    labels: dict[str, str | None] = field(default_factory=dict)
    # "he" or "she", by person's name, as a pronoun already resolved to them said.
    genders: dict[str, str] = field(default_factory=dict)
    # Whom a description named only by age ("the 71-year-old") was read as, the first time.
    described: dict[str, Speaker] = field(default_factory=dict)
    # Where the claims suggested so far lie, in text order: a name inside one was spoken of.
    claims: list[tuple[int, int]] = field(default_factory=list)
    # Where the sentence being read begins (its "Rep." is no sentence's end).
    sentence_start: int = 0

    def recent(self):
        """The speakers so far, the latest first; only the last RECALLED, so a back-reference
        costs the same on page 40 as on page 1 (and none reaches further back than that)."""
        return (speaker for _, speaker in reversed(self.speakers[-RECALLED:]))


# A caption's credit at the end of a passage: "(Picture: PA)", "(Photo: Rui Santos/CSA)".
_CREDIT_AT_END = re.compile(r"\((?:Picture|Photo|Image|Credit|Pic)s?:[^()\n]{1,80}\)?[.\s]*$")


def trim_passage(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past white space, leading connectives and trailing punctuation."""
    credit = _CREDIT_AT_END.search(text, start, end)
    if credit:
        end = credit.start()  # "… from several stranded trains' (Picture: PA)": a photo's credit
    while start < end and (text[start].isspace() or text[start] in '“"‘:,–—-'):
        start += 1
    # "… from the Federal Aviation Administration (FAA).": a bracket the span opened stays.
    # (Counted once: each closing bracket cut is one fewer, so the loop stays linear.)
    unclosed = text.count("(", start, end) - text.count(")", start, end)
    while end > start and (
        text[end - 1].isspace()
        or text[end - 1] in '.,;:!?”"’–—-'
        or (text[end - 1] == ")" and unclosed < 0)
    ):
        unclosed += text[end - 1] == ")"
        end -= 1
    span = text[start:end]
    # A quotation inside the passage keeps its closing mark: 'called it "a betrayal"'.
    # … and 'would "drive up inflation."' its full stop before the mark, as written.
    closing = re.match(r'[.,!?]?["”]', text[end : end + 2])
    if closing and (
        (closing.group().endswith('"') and span.count('"') % 2 == 1)
        or (closing.group().endswith("”") and span.count("“") > span.count("”"))
    ):
        end += closing.end()
    elif text[end : end + 1] == "." and (
        _INITIALS_END.search(text, start, end) or _ABBREVIATION_END.search(text, start, end)
    ):
        # "locked at 6 a.m.", "moved to the U.S.", "the merger of … Marrow Dairy Co.": the
        # abbreviation keeps its period
        end += 1
    # "insisted, however, that the leak …": the aside and the "that" are not the claim.
    match = _LEADING_LINK.match(text, start, end)
    if match:
        start = match.end()
    return start, end


def with_opening_mark(text: str, start: int, end: int) -> int:
    """Where a passage starts, given back the quotation mark it opens with when the quotation
    closes inside it: 'alleged "blatant fraud" in the election' (as the dev annotations write
    it), not 'said "I haven't seen them," but …' cut to the quotation alone."""
    span = text[start:end]
    if (
        start
        and text[start - 1] in '“"'
        and (span.count("”") > span.count("“") or (text[start - 1] == '"' and span.count('"') % 2))
    ):
        return start - 1
    return start


_ABBREVIATION_END = re.compile(r"\b(?:Inc|Co|Corp|Ltd|Jr|Sr)$")
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.)+[A-Za-z]$")
_LEADING_LINK = re.compile(
    # A dateline is in capitals: not "the bridge would reopen next week — a month late" read
    # without case.
    rf"(?-i:{DATELINE_TEXT})?"
    # "(Reuters) – Japan's …", "Berlin (AFP) – Borussia Dortmund's …", "PRAGUE: Czech Republic …"
    r"(?-i:(?:[A-Z][a-z]+\s)?\((?:Reuters|AP|AFP|Bloomberg|dpa|UPI)\)\s*[—–-]\s+|[A-Z][A-Z'’-]{2,}(?:\s[A-Z][A-Z'’-]+)?:\s+)?"
    # "Charlotte, N.C., Oct. 29 - The U.S. Federal Trade Commission …"
    r"(?-i:(?:[A-Z][a-z]+\s)?[A-Z][a-z]+,\s+(?:[A-Z][\w.]*,\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+[—–-]\s+)?"
    r"(?:(?:via|by|in\s+an)\s+e-?mail:\s*)?"  # 'saying via email: "We always expected …"'
    r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|local))?\s*[—–-]\s+)?"  # a live blog's "15:58 — "
    # 'and that …', not a quotation's own "That is an extraordinary price"; "said only that …".
    r"(?:(?:however|though|nevertheless|nonetheless|moreover),\s+)?"
    rf"(?:(?-i:(?:(?:only|simply|merely)\s+)?{LINKING_THAT},?|and|but)\s+)?",
    re.IGNORECASE,
)


_RANK_CLASS = re.compile(
    r"\b(Officer|Airman|Private|Seaman|Specialist|Fireman)\s+(?:First|Second|Third|1st|2nd|3rd)\s+"
    r"Class\b"
)


# Who runs, backs or leads a body, joined to its name: "Labour-run", "Iran-backed", "-linked".
AFFILIATED = r"-(?:run|led|controlled|owned|backed|affiliated|linked|allied|aligned|inspired)"
# "Labour-run Blakeney Council": who runs it is not part of its name, nor where it is
# ("Lebanon's Iran-backed Hezbollah"), nor whom it follows ("the al-Qaeda-affiliated al-Shabab
# group", "Al Qaeda-linked Al Shabaab").
RUN_BY = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w'’]+['’]s\s+)?(?:(?:al|el)-|[A-Z][\w'’]+\s)?[A-Z][\w'’]+"
    rf"{AFFILIATED}\s+(?=[A-Z]|(?:al|el)-[A-Z])"
)


# "Myanmar's junta and an ethnic minority armed group both claimed": the two, not "both".
_BOTH_AFTER = re.compile(r"(?<=\S)\s+(?:both|all)$")


# "Both Pellavi and Quarrick Mobile have said …": the two, without "Both".
_BOTH_BEFORE = re.compile(r"^[Bb]oth\s+(?=[A-Z].*\sand\s+[A-Z])")


# "President Trump himself urged …": the person, not the emphasis.
_REFLEXIVE_AFTER = re.compile(r"(?<=[a-z])\s+(?:himself|herself|itself|themselves)$")


# "USA Today", "Psychology Today": a title's own "Today", no time.
_TITLE_TODAY = re.compile(r"\b[A-Z][\w'’-]*\s+Today$")
# "the company's press release goes on to say": what goes on, not who.
_GOES_ON_TO = re.compile(r"\s+(?:goes|went|go)\s+on\s+to$")


def clean_mention(mention: str) -> str:
    mention = DATELINE_REST.sub("", DATELINE.sub("", mention.strip()))
    mention = re.sub(
        r"^(and|but|while|although|though|as|so|yet)\s+", "", mention, flags=re.IGNORECASE
    )
    # "exit polls published after voting ended", "results from a trial presented on Saturday
    # at a conference", "a study published on Tuesday": the polls, the trial, the study.
    mention = _PUBLISHED_WHEN.sub("", mention)
    mention = _DAY_BEFORE.sub("", mention)
    mention = _ACCUSED_OF.sub("", mention)
    if "sel" in mention:  # (only a mention that may end in "-self" or "-selves" is tried)
        mention = _REFLEXIVE_AFTER.sub("", mention)
    if not (mention.endswith(" Today") and _TITLE_TODAY.search(mention)):
        mention = TRAILING_TIME.sub("", mention)  # (not "USA Today", a title's own "Today")
    if mention.endswith(" to"):  # "the company's press release goes on to say": the release
        mention = _GOES_ON_TO.sub("", mention)
    # "The company in its statement said": where it said it, not who
    mention = re.sub(r"(?<=[a-z])\s+in\s+(?:a|an|its|their|the)\s+statement$", "", mention)
    mention = _BOTH_AFTER.sub("", mention)
    mention = _BOTH_BEFORE.sub("", mention)
    mention = re.sub(rf"\s*{TICKER}", "", mention)  # "Motorola Inc (MOT.N)": the company
    # "five Republican senators — enough to block the motion — said …": an aside between dashes
    mention = re.sub(r"(?<=[a-z])\s+[—–]\s+.*$", "", mention)
    mention = RUN_BY.sub("", mention)
    # "35-year-old Cavazos, who performed …, wrote": his name, without his age
    mention = re.sub(r"^(?:[Aa]n?\s+|[Tt]he\s+)?\d{1,3}-year-old\s+(?=[A-Z])", "", mention)
    # "The actor - who has six children - revealed …": the same, hyphens spaced as dashes
    mention = re.sub(r"(?<=[a-z])\s+-\s+(?=[a-z]).*$", "", mention)
    # "Anthony would later post a message … that stated": who, before the modal's verb
    mention = re.sub(
        r"^([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+(?:would|will|could|might)(?:\s+[a-z].*)?$",
        r"\1",
        mention,
    )
    # "Petty Officer First Class Edwin Sallow": the class is part of the rank, not the name.
    mention = _RANK_CLASS.sub(r"\1", mention)
    # "said Jana Novak outside the court": where she said it.
    mention = _NAME_THEN_PLACE.sub(lambda name: next(filter(None, name.groups())), mention)
    # "…, a plan supporters say will ease the shortage": the supporters.
    mention = _THING_THEN_WHO.sub("", mention)
    # "a source in the emergency services quoted by the agency Tsentr": the source, not who
    # relayed it.
    mention = re.sub(r"(?<=[a-z])\s+(?:quoted|cited)\s+by\s+\S.*$", "", mention)
    # "one of the people and an internal email seen by Reuters": the person, not who saw it.
    mention = _AND_A_DOCUMENT.sub("", mention)
    # "NHS England data", "Police department figures": the body whose figures they are.
    if _BODY_THEN_DATA.match(mention):
        mention = mention.rsplit(maxsplit=1)[0]
    mention = re.sub(
        r"^(?:the\s+)?(?:results|findings|data)\s+(?:from|of)\s+(?=(?:an?|the)\s)", "", mention
    )
    # "…, said Nicola Ranger.": the sentence's full stop, not an abbreviation's ("Jr.", "Inc."),
    # though a quotation opens after it ('Eddie Dempsey. "This is …').
    mention = mention.strip(' ,“”"')
    mention = re.sub(r"(?<!\bJr)(?<!\bSr)(?<!\bInc)(?<!\bCo)(?<=[a-z]{2})\.$", "", mention)
    return mention.strip(' ,“”"')


_AND_A_DOCUMENT = re.compile(
    r"\s+and\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:email|memo|document|letter|message|filing|"
    r"record)s?\s+(?:seen|obtained|reviewed|viewed)\s+by\s+.*$",
    re.DOTALL,
)
# "On Monday Vattenfall said …": when, not part of the name; "Sunday Times" is a name.
_DAY_BEFORE = re.compile(
    r"^(?:(?:[Oo]n|[Ll]ast)\s+)?" + WEEKDAY + r"\s+"
    r"(?=[A-Z])(?!(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|People|Star|Tribune|"
    r"Independent|World|Sport)\b)"
)
# "A 17-year-old accused of murdering a man outside a nightclub has told a jury": the person.
_ACCUSED_OF = re.compile(
    # Not "Dorsey is charged with …", a clause.
    r"(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)(?<!\bbeen)(?<!\bbe)\s+"
    r"(?:accused|charged|convicted|suspected|jailed|cleared|acquitted)\s+(?:of|with|over|for)\s.*$"
)
_PUBLISHED_WHEN = re.compile(
    r"\s+(?:published|released|conducted|presented)"
    # "state data released Tuesday": AP's day, without "on".
    r"(?:\s+(?:after|before|as|on|at|last|this|yesterday|today|early|late|" + WEEKDAY + r")\b.*)?$"
    # "The poll, conducted Oct. 10-14,": when, not by whom.
    r"|,\s+(?:conducted|carried\s+out|published|released)\s+(?![^,]*\bby\b|in\s+(?:the\s+)?journal\b)"
    r"[^,]*,?$"
)
_NAME_THEN_PLACE = re.compile(
    r"^([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:outside|inside|at|in|during|after|before|from)"
    r"\s+(?:the|a|an|his|her|their)\s+[a-z].*$"
    # '"…," tweeted Haaland alongside a photo of himself': a surname alone too.
    r"|^([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s+(?:alongside|beside|next\s+to)\s+"
    r"(?:the|a|an|his|her|their)\s+[a-z].*$"
    # "Jackson at the board's April 12 meeting asked …": where she spoke, a surname alone too
    r"|^([A-Z][\w'’.-]+)\s+at\s+(?:the|a|an|his|her|their)\s+[^,]{0,40}?"
    r"\b(?:meeting|hearing|rally|conference|briefing|session|summit)\b.*$"
    # '"…," said Lawler in regard to Hochul': whom the words were about, not who said them
    r"|^([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s+(?:(?:in|with)\s+(?:regard|reference|"
    r"response|reply)|referring|responding|replying)\s+to\s.*$"
)
_BODY_THEN_DATA = re.compile(
    r"^(?!(?:The|This|These|Those|Its|Their|New|Official|Latest)\s)(?:[A-Z][\w'’&-]*\s+)+(?:data|figures|statistics)$"
    r"|^(?i:the\s+)?[A-Za-z'’-]+\s+(?i:department|ministry|office|agency|service|bureau)\s+"
    r"(?:data|figures|statistics)$"
)
_THING_THEN_WHO = re.compile(
    r"^(?:an?|the)\s+(?:plan|move|decision|proposal|policy|measure|bill|law|step|deal|figure|"
    r"number|claim|change|cut|rise)\s+(?=(?:[a-z-]+\s+)?[a-z-]+s$)"
)


def mention_span(text: str, start: int, end: int) -> tuple[int | None, int | None]:
    """Where the cleaned mention lies in the words matched as the speaker."""
    cleaned = clean_mention(text[start:end])
    at = text.find(cleaned, start, end) if cleaned else -1
    return (at, at + len(cleaned)) if at >= 0 else (None, None)


def opens_quote_without_closing(paragraph: str) -> bool:
    return paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2 == 1


# British style quotes in single marks: 'We have no choice,' she said. An opening mark starts a
# word after a space or a paragraph's start; a closing one ends a word before punctuation or
# follows the quotation's own comma or full stop. An apostrophe ("Hart's", "workers' union")
# is neither, so it never pairs.
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=[\w$£€])", re.MULTILINE)
_SINGLE_CLOSE = re.compile(r"(?<=[.,!?])['’]|(?<=\w)['’](?=[,.;:!?)]|\s*$)", re.MULTILINE)


def _runs_on(paragraphs: list[str], number: int, at: int) -> bool:
    """Whether the paragraph's last opening mark, at `at`, opens a quotation that runs on, British
    style, into the next paragraph, which opens with a mark of its own: 'said: ‘Our coastline is
    … water. / ‘Rip currents …'."""
    if _SINGLE_OPEN.search(paragraphs[number], at + 1):
        return False
    following = number + 1
    while following < len(paragraphs) and not paragraphs[following].strip():
        following += 1  # (blank lines only: each is passed over once)
    return following < len(paragraphs) and _SINGLE_OPEN.match(paragraphs[following]) is not None


_CURLY_DOUBLE = re.compile("[“”]")
# "“…,’’ Pelosi told reporters": a closing double mark typed as two single ones.
_DOUBLED_CLOSE = re.compile("’’")


def double_single_quotes(text: str) -> str:
    """The text with single-mark quotations written in double marks, one character for one (so
    offsets hold), in paragraphs that have no double marks of their own; a paragraph's opening
    mark typed as a closing one set right; and a paragraph that mixes straight and curly double
    marks ('"Once McConnell decided …,” Manchin said') written in straight ones, which pair
    however they were typed. Linear: each mark is looked at once."""
    chars = list(text)
    start = 0
    paragraphs = text.split("\n")
    for number, paragraph in enumerate(paragraphs):
        end = start + len(paragraph)
        if "’’" in paragraph and paragraph.count("“") > paragraph.count("”"):
            # "“I don’t think it’s possible,’’ Pelosi told reporters": two single marks typed
            # for the closing double one (a space, then the mark)
            for doubled in _DOUBLED_CLOSE.finditer(paragraph):
                chars[start + doubled.start()] = " "
                chars[start + doubled.start() + 1] = "”"
        if '"' in paragraph and ("“" in paragraph or "”" in paragraph):
            for curly in _CURLY_DOUBLE.finditer(paragraph):
                chars[start + curly.start()] = '"'
            start = end + 1
            continue
        if paragraph.startswith("”") and paragraph[1:2].isalnum():
            chars[start] = "“"  # '”The candidate has to …," Fallon continued': a mistyped opening
        if '"' not in paragraph and "“" not in paragraph:
            closes = [m.start() for m in _SINGLE_CLOSE.finditer(paragraph)]
            at = 0  # the next closing mark not yet used
            for opening in _SINGLE_OPEN.finditer(paragraph):
                while at < len(closes) and closes[at] <= opening.start():
                    at += 1
                if at == len(closes):
                    if _runs_on(paragraphs, number, opening.start()):
                        chars[start + opening.start()] = '"'
                    break
                chars[start + opening.start()] = '"'
                chars[start + closes[at]] = '"'
                at += 1
        start = end + 1
    return "".join(chars)

"""Suggest claims and who they are attributed to, from an article's plain text.

Deterministic rules over sentences: the attribution shapes of news text (DOMAIN.md) are
matched in order of how much they tell us, each claim span is the reported content (the quote,
or the clause after the cue), and the speaker mention is resolved to a registered source, or to
the last fitting source for pronouns and back-references. No Django imports: the registry comes
in as plain `KnownSource` values.
"""

import re
from dataclasses import dataclass, field

from claims.suggest.furniture import is_furniture
from claims.suggest.matching import SourceIndex, guess_kind
from claims.suggest.sentences import paragraph_spans, sentence_spans

CUE_VERBS = (
    "claimed responsibility|introduced themselves by saying|said in a statement|told reporters|"
    "told journalists|told \\w+|said|says|say|claimed|claims|claim|alleged|alleges|allege|"
    "admitted|admits|confirmed|confirms|denied|denies|deny|insisted|insists|warned|warns|"
    "suggested|suggests|added|adds|announced|announces|stated|states|reported|reports|declared|"
    "declares|argued|argues|asserted|asserts|maintained|maintains|accused|accuses|disputed|"
    "disputes|estimated|estimates|noted|notes|acknowledged|acknowledges|explained|explains|wrote|"
    "writes|stressed|stresses|vowed|vows|predicted|predicts|believes|believed|described|"
    "describes|reiterated|reiterates|countered|counters|conceded|concedes|promised|promises|"
    "revealed|reveals|boasted|boasts"
)
_CUE = rf"(?P<cue>{CUE_VERBS})\b"
# "on Tuesday", "late on Monday", "in a statement", "last week": a few words, never the content.
_TIME = r"(?:\s+(?:on|late on|early on|last|this|in|during|at|after|earlier|later)\s+(?:[\w'’-]+\s*?){1,5}?)?"
_QUOTE = r"[“\"](?P<quote>[^”\"]{2,})[”\"]"
_NOT_A_SUBJECT = r"(?!(?:In|On|At|After|Before|During|Since|Following|As|With|Without|From|Under|Speaking|When|While|If|But|And|Earlier|Later|Meanwhile)\b)"
_MENTION = (
    rf"(?P<mention>{_NOT_A_SUBJECT}[A-Z“\"][^,.;:“”\"]{{1,120}}?|[Tt]he\s[^,.;:“”\"]{{1,80}}?|"
    r"(?:an?|two|three|four|five|several|some|many)\s[^,.;:“”\"]{1,100}?)"
)
_APPOS = (
    r"(?P<appos>,\s+(?:a|an|the|who|which|its|his|her|one|speaking|citing)\s[^,.;“”\"]{2,150})?,?"
)

_AFTER_QUOTE_CUES = "said|added|says|insisted|warned|claimed|told reporters|stated|explained|wrote|continued|argued|asked|replied"

PRONOUNS = {
    "he": "person", "she": "person", "it": "thing", "they": "any", "its": "thing", "his": "person",
    "her": "person", "their": "any",
}  # fmt: skip
HEDGES = re.compile(
    r"\b(reportedly|allegedly|purportedly|(?:is|are|was|were) (?:thought|believed|said|reported|understood|alleged|claimed|rumoured|rumored) to|according to (?:reports|unconfirmed reports|local media|media reports))\b",
    re.IGNORECASE,
)
ANONYMOUS = re.compile(
    r"(on condition of anonymity|who (?:asked|declined|spoke|did not want) (?:not )?to be (?:named|identified)|"
    r"speaking anonymously|unnamed|anonymous|sources? (?:close to|familiar with)|officials? familiar with)",
    re.IGNORECASE,
)
SPLITTERS = re.compile(
    r"(?:,|\s[–—-])\s+(?:although|though|while|whereas|but|even as)\s+", re.IGNORECASE
)

PATTERNS = [
    # “Quote,” said X, a spokesperson for Y.
    (
        "quote_said_speaker",
        "direct",
        0.93,
        re.compile(
            rf"^{_QUOTE}[,.!?]?[”\"]?\s*,?\s*(?P<cue>{_AFTER_QUOTE_CUES})\s+{_MENTION}{_APPOS}{_TIME}[.!?]?$"
        ),
    ),
    # “Quote,” X said.
    (
        "quote_speaker_said",
        "direct",
        0.93,
        re.compile(
            rf"^{_QUOTE}[,.!?]?[”\"]?\s*,?\s*{_MENTION}{_APPOS}\s+(?P<cue>{_AFTER_QUOTE_CUES}){_TIME}[.!?]?$"
        ),
    ),
    # X said: “Quote”
    (
        "said_colon_quote",
        "direct",
        0.93,
        re.compile(rf"^(?P<pre>.*?){_MENTION}{_APPOS}\s+{_CUE}{_TIME}:\s*{_QUOTE}"),
    ),
    # According to X, content.
    (
        "according_to_lead",
        "according_to",
        0.9,
        re.compile(r"^(?P<pre>.*?)\b[Aa]ccording to (?P<mention>[^,]{2,120}),\s*(?P<content>.+)$"),
    ),
    # Content, according to X.
    (
        "according_to_tail",
        "according_to",
        0.88,
        re.compile(
            r"^(?P<content>.+?),\s*according to (?P<mention>[^,.;]{2,120})(?:,[^.]*)?[.!?]?$"
        ),
    ),
    # X said (on Monday) (that) content.
    (
        "reported_speech",
        "indirect",
        0.85,
        re.compile(
            rf"^(?P<pre>.*?){_MENTION}{_APPOS}\s+(?:(?:has|have|had|also|later|previously|repeatedly|again|then)\s+)*{_CUE}{_TIME}(?:\s+that\b)?,?\s+(?P<content>\S.+)$"
        ),
    ),
]


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
    resolved_from: str | None = None  # the pronoun or back-reference the mention came from
    pattern: str = ""

    def as_dict(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "source": self.source_name or self.source_mention,
            "source_id": self.source_id,
            "source_mention": self.resolved_from or self.source_mention,
            "source_kind": self.source_kind,
            "cue": self.cue,
            "type": self.type,
            "confidence": round(self.confidence, 2),
        }


@dataclass
class _Speaker:
    mention: str
    name: str
    source_id: int | None
    kind: str


@dataclass
class _State:
    """What earlier sentences established: the speakers a back-reference can point to."""

    speakers: list[_Speaker] = field(default_factory=list)
    open_quote_speaker: _Speaker | None = None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past white space, leading connectives and trailing punctuation."""
    while start < end and (text[start].isspace() or text[start] in '“"‘:,–—-'):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in '.,;:!?”"’)–—-'):
        end -= 1
    match = re.match(r"(that|and|but)\s+", text[start:end], re.IGNORECASE)
    if match:
        start += match.end()
    return start, end


def _clean_mention(mention: str) -> str:
    mention = re.sub(
        r"^(and|but|while|although|though|as|in|on|so|yet)\s+",
        "",
        mention.strip(),
        flags=re.I,
    )
    return mention.strip(' ,“”"')


class Suggester:
    def __init__(self, index: SourceIndex):
        self.index = index

    def resolve(
        self, mention: str, state: _State, appos: str = ""
    ) -> tuple[_Speaker | None, str | None]:
        """The speaker a mention names; back-references resolve to the last fitting speaker.

        Returns the speaker and, when it was resolved from a back-reference, that wording.
        """
        mention = _clean_mention(mention)
        lowered = mention.casefold()
        if not mention:
            return None, None
        words = lowered.split()
        if lowered in PRONOUNS or words[0] in {"its", "his", "her", "their"}:
            wanted = PRONOUNS.get(words[0], "any")
            for speaker in reversed(state.speakers):
                if wanted == "any" or (wanted == "person") == (speaker.kind == "person"):
                    return speaker, mention
            return None, mention
        match = self.index.match(mention)
        if match is None and words[0] == "the" and len(words) == 2:
            speaker = _back_reference(words[1], state)
            if speaker:
                return speaker, mention
        match = match or (self.index.match(appos) if appos else None)
        if match:
            return _Speaker(
                mention=mention, name=match.name, source_id=match.id, kind=match.kind
            ), None
        kind = guess_kind(mention, appos)
        if kind == "unnamed" or ANONYMOUS.search(appos or ""):
            return _Speaker(mention=mention, name=mention, source_id=None, kind="unnamed"), None
        name = self.index.person_name(mention) if kind == "person" else mention
        name = re.sub(r"^[Tt]he\s+", "", name) if kind != "person" else name
        return _Speaker(mention=mention, name=name, source_id=None, kind=kind), None

    def _suggest_sentence(self, text: str, start: int, end: int, state: _State, in_headline: bool):
        sentence = text[start:end]
        if is_furniture(sentence):
            return []
        # Two attributions in one sentence: try each clause on its own.
        split = SPLITTERS.search(sentence)
        if split:
            first = self._match(text, start, start + split.start(), state)
            second = self._match(text, start + split.end(), end, state)
            if first and second:
                return [first, second]
        found = self._match(text, start, end, state)
        if found:
            return [found]
        # A quote continuing from the previous paragraph without naming the speaker again.
        stripped = sentence.lstrip()
        if state.open_quote_speaker and stripped[:1] in '“"':
            q_start, q_end = _trim(text, start, end)
            speaker = state.open_quote_speaker
            return [
                self._suggestion(
                    text,
                    q_start,
                    q_end,
                    speaker,
                    "said",
                    "direct",
                    0.7,
                    "continued_quote",
                    resolved_from="(quote continues)",
                )
            ]
        if HEDGES.search(sentence):
            s, e = _trim(text, start, end)
            return [
                Suggestion(
                    s,
                    e,
                    text[s:e],
                    None,
                    None,
                    None,
                    None,
                    HEDGES.search(sentence).group(1).lower(),
                    "unattributed",
                    0.6,
                    pattern="hedge",
                )
            ]
        if in_headline:
            return self._headline(text, start, end, state)
        return []

    def _headline(self, text, start, end, state):
        match = re.match(
            r"^(?P<mention>.+?)\s+(?P<cue>Claims?|Says?|Denies|Deny|Admits?|Warns?|Insists?)\s+(?P<content>.+)$",
            text[start:end],
        )
        if not match:
            return []
        speaker, resolved = self.resolve(match.group("mention"), state)
        if speaker is None:
            return []
        s, e = _trim(text, start + match.start("content"), start + match.end("content"))
        return [
            self._suggestion(
                text,
                s,
                e,
                speaker,
                match.group("cue").lower(),
                "indirect",
                0.6,
                "headline",
                resolved,
            )
        ]

    def _match(self, text: str, start: int, end: int, state: _State) -> Suggestion | None:
        sentence = text[start:end]
        for name, kind, confidence, pattern in PATTERNS:
            match = pattern.search(sentence)
            if not match:
                continue
            groups = match.groupdict()
            mention = groups.get("mention") or ""
            if not mention or len(mention.split()) > 14:
                continue
            if name == "reported_speech" and not _plausible_subject(mention):
                continue
            speaker, resolved = self.resolve(mention, state, groups.get("appos") or "")
            if speaker is None:
                continue
            content_group = "quote" if "quote" in groups and groups.get("quote") else "content"
            s, e = _trim(
                text,
                start + match.start(content_group),
                start + match.end(content_group),
            )
            if e - s < 12:
                continue
            cue = (
                groups.get("cue") or ("according to" if kind == "according_to" else "said")
            ).lower()
            if cue == "claimed responsibility":
                s = start + match.start("cue") + len("claimed ")
            if name == "reported_speech" and ANONYMOUS.search(sentence):
                speaker = _Speaker(
                    mention=speaker.mention,
                    name=speaker.name,
                    source_id=speaker.source_id,
                    kind="unnamed",
                )
            if kind != "direct" and "“" in text[s:e] and text[s:e].startswith("“"):
                kind = "direct"
            return self._suggestion(text, s, e, speaker, cue, kind, confidence, name, resolved)
        return None

    def _suggestion(self, text, s, e, speaker, cue, kind, confidence, pattern, resolved_from=None):
        if resolved_from:
            confidence -= 0.1
        return Suggestion(
            start=s, end=e, text=text[s:e], source_mention=speaker.mention, source_name=speaker.name,
            source_id=speaker.source_id, source_kind=speaker.kind, cue=cue, type=kind,
            confidence=max(0.1, confidence), resolved_from=resolved_from, pattern=pattern,
        )  # fmt: skip

    def suggest(self, text: str) -> list[Suggestion]:
        state = _State()
        suggestions: list[Suggestion] = []
        paragraphs = paragraph_spans(text)
        for number, (p_start, p_end) in enumerate(paragraphs):
            paragraph = text[p_start:p_end]
            if is_furniture(paragraph):
                state.open_quote_speaker = None
                continue
            headline = number == 0 and not re.search(r"[.!?”\"]$", paragraph)
            continues_quote = state.open_quote_speaker
            state.open_quote_speaker = None
            for s_start, s_end, _ in sentence_spans(text[p_start:p_end]):
                local = _State(state.speakers, continues_quote)
                found = self._suggest_sentence(
                    text, p_start + s_start, p_start + s_end, local, headline
                )
                continues_quote = None
                for suggestion in found:
                    if suggestion.source_name:
                        speaker = _Speaker(
                            suggestion.source_mention or "",
                            suggestion.source_name,
                            suggestion.source_id,
                            suggestion.source_kind or "organisation",
                        )
                        state.speakers.append(speaker)
                    suggestions.append(suggestion)
            # A paragraph whose quote never closes goes on in the next one.
            if (
                suggestions
                and _opens_quote_without_closing(paragraph)
                and suggestions[-1].source_name
            ):
                last = suggestions[-1]
                state.open_quote_speaker = _Speaker(
                    last.source_mention or "",
                    last.source_name,
                    last.source_id,
                    last.source_kind or "organisation",
                )
        return _without_repeats(suggestions)


GROUP_NOUNS = {
    "group",
    "militia",
    "legion",
    "rebels",
    "fighters",
    "militants",
    "movement",
}
BODY_NOUNS = {
    "ministry",
    "government",
    "office",
    "army",
    "military",
    "kremlin",
    "agency",
    "police",
}
ROLE_NOUNS = {
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "official",
    "minister",
    "adviser",
    "statement",
}


def _back_reference(noun: str, state: _State) -> _Speaker | None:
    """ "The group", "the ministry", "the spokesperson": the last speaker it can mean."""
    for speaker in reversed(state.speakers):
        if (
            noun in speaker.name.casefold()
            or noun in speaker.mention.casefold()
            or (noun in GROUP_NOUNS and speaker.kind == "group")
            or (noun in BODY_NOUNS and speaker.kind == "government")
            or noun in ROLE_NOUNS
        ):
            return speaker
    return None


def _opens_quote_without_closing(paragraph: str) -> bool:
    return paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2 == 1


_NOT_SUBJECTS = re.compile(
    r"^(if|when|what|which|who|where|there|this|that|these|those|as|because|after|before|since|so)\b",
    re.IGNORECASE,
)


def _plausible_subject(mention: str) -> bool:
    mention = _clean_mention(mention)
    if not mention or _NOT_SUBJECTS.match(mention):
        return False
    return len(mention.split()) <= 12


def _without_repeats(suggestions: list[Suggestion]) -> list[Suggestion]:
    """Never the same passage twice: of overlapping suggestions, the more confident stays."""
    kept: list[Suggestion] = []
    for suggestion in sorted(suggestions, key=lambda s: -s.confidence):
        if any(s.start < suggestion.end and suggestion.start < s.end for s in kept):
            continue
        kept.append(suggestion)
    return sorted(kept, key=lambda s: (s.start, s.end))


def suggest_claims(text: str, index: SourceIndex | None = None) -> list[Suggestion]:
    return Suggester(index or SourceIndex([])).suggest(text)

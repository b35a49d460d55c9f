"""Suggest claims and who they are attributed to, from an article's plain text.

Deterministic rules over sentences. The attribution shapes of news text (DOMAIN.md) are tried
in order of how much they tell us; each claim span is the reported content (the quote, or the
clause after the cue), and the speaker is resolved to a registered source, to an earlier
speaker for pronouns and back-references ("It added", "the ministry"), or proposed as a new
source. No Django imports: the registry comes in as plain `KnownSource` values.
"""

import re
import time
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from claims.suggest.matching import (
    SourceIndex,
    guess_kind,
    name_key,
    organisation_in,
    proper_name,
    words_of,
)
from claims.suggest.patterns import (
    AND_SAID,
    ANONYMOUS,
    CALLED,
    CATEGORY_KINDS,
    DATELINE,
    GROUP_NOUNS,
    HEADLINE,
    HEDGES,
    LEADING_ADVERBIAL,
    PATTERNS,
    PERSON_OF_BODY,
    PRONOUNS,
    PROPER_NAME,
    ROLE_FOR_BODY,
    ROLE_NOUNS,
    SPLITTERS,
    SUBORDINATE_TAIL,
    TRAILING_TIME,
)
from claims.text.furniture import is_furniture
from claims.text.sentences import paragraph_spans, sentence_spans

# Cues that carry the claim's sense: the suggested passage starts at them.
VERB_IS_THE_CLAIM = frozenset(
    {"denied", "denies", "deny", "disputed", "disputes", "rejected", "rejects", "refuted",
     "refutes", "accused", "accuses", "dismissed", "dismisses"}
)  # fmt: skip


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


@dataclass
class _State:
    """What the article has established so far: its speakers, and an open quotation."""

    text: str
    words: frozenset[str] = frozenset()
    speakers: list[tuple[int, Speaker]] = field(default_factory=list)
    speaker_starts: list[int] = field(default_factory=list)
    headline_end: int = 0
    lede_end: int = 0
    quote_speaker: Speaker | None = None

    def recent(self):
        return (speaker for _, speaker in reversed(self.speakers))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past white space, leading connectives and trailing punctuation."""
    while start < end and (text[start].isspace() or text[start] in '“"‘:,–—-'):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in '.,;:!?”"’)–—-'):
        end -= 1
    span = text[start:end]
    # A quotation inside the passage keeps its closing mark: 'called it "a betrayal"'.
    if end < len(text) and (
        (text[end] == '"' and span.count('"') % 2 == 1)
        or (text[end] == "”" and span.count("“") > span.count("”"))
    ):
        end += 1
    match = re.match(r"(that|and|but)\s+", text[start:end], re.IGNORECASE)
    if match:
        start += match.end()
    return start, end


def _clean_mention(mention: str) -> str:
    mention = DATELINE.sub("", mention.strip())
    mention = re.sub(
        r"^(and|but|while|although|though|as|so|yet)\s+", "", mention, flags=re.IGNORECASE
    )
    mention = TRAILING_TIME.sub("", mention)
    return mention.strip(' ,“”"')


DESCRIBING = frozenset({"the", "this", "that"})


def _is_description(words: list[str]) -> bool:
    """ "the group", "the anti-Putin group", "this group", "the volunteers": a determiner and
    lower-case words (a hyphenated name may qualify them), no name of its own."""
    return (
        words[0].casefold() in DESCRIBING
        and 2 <= len(words) <= 4
        and all(word.islower() or "-" in word for word in words[1:])
    )


def _one_name(mention: str) -> bool:
    """ "The Freedom of Russia Legion": capitalised words joined by "of", after "The"."""
    words = mention.split()
    return (
        len(words) >= 3
        and words[0] == "The"
        and all(word[:1].isupper() or word in ("of", "for", "and", "the") for word in words[1:])
    )


def _mention_span(text: str, start: int, end: int) -> tuple[int | None, int | None]:
    """Where the cleaned mention lies in the words matched as the speaker."""
    cleaned = _clean_mention(text[start:end])
    at = text.find(cleaned, start, end) if cleaned else -1
    return (at, at + len(cleaned)) if at >= 0 else (None, None)


def _is_generic(mention: str) -> bool:
    """A description rather than a name: "an armed group", "Rebels", "Opposition"."""
    words = name_key(mention).split()
    if not words:
        return False
    return mention.split()[0].casefold() in {"a", "an"} or (
        len(words) <= 3
        and (words[-1] in GROUP_NOUNS | {"opposition"} or words[-1] in CATEGORY_KINDS)
        and all(w[:1].islower() for w in mention.split()[1:])
    )


class Suggester:
    def __init__(self, index: SourceIndex):
        self.index = index

    # Who is speaking

    def resolve(self, mention: str, state: _State, appos: str = "", at: int = 0):
        """The speaker a mention names, and the back-reference wording it was resolved from."""
        mention = _clean_mention(mention)
        appos = (appos or "").strip(" ,")
        if not mention:
            return None, None
        words = mention.casefold().split()
        if words[0] in PRONOUNS:
            if re.fullmatch(PROPER_NAME, appos):
                return self._named(appos, state, at), None
            wanted = PRONOUNS[words[0]]
            for speaker in state.recent():
                if wanted == "any" or (wanted == "person") == (speaker.kind == "person"):
                    return speaker, mention
            if len(words) == 1:
                return None, mention
            # "their union" before the union is named: a description the article names later.
        if (
            re.fullmatch(PROPER_NAME, appos)
            and self.index.match(mention, state.words) is None
            and (
                mention[:1].islower()
                or words[0] in {"the", "a", "an", "its", "his", "her"}
                or mention.split()[-1][:1].islower()
            )
        ):
            # "The regional governor, Ines Okafor, said", "Velonet's chief executive, Sabine
            # Roth, said": the name is the speaker, the description their role.
            return self._named(appos, state, at), None
        if _is_description(mention.split()):
            # "The group", "the anti-Putin group", "the volunteers", "this group": the last
            # body it can mean, named before. A plain qualifier ("the regional government")
            # names which one: then only a body whose name has the noun will do, not the last
            # of its kind.
            qualifiers = frozenset(word for word in words[1:-1] if "-" not in word)
            speaker = self._back_reference(words[-1], state, at, qualifiers=qualifiers)
            if speaker:
                return speaker, mention
        return self._named(mention, state, at, appos=appos), None

    def _back_reference(
        self, noun: str, state: _State, at: int, *, qualifiers: frozenset[str] = frozenset()
    ) -> Speaker | None:
        """ "The group", "the ministry", "the commission": the last thing it can mean. With
        qualifiers ("the defence ministry"), only a body named with those words too."""
        nouns = {noun, noun.removesuffix("s")}  # "the volunteers" → the Volunteer Corps
        for speaker in state.recent():
            named = set(name_key(speaker.name).split()) | set(name_key(speaker.mention).split())
            if nouns & named and qualifiers <= named:
                return speaker
        # A body named earlier in the text without a claim of its own ("The election commission
        # rejected the claims. … according to the commission").
        before = state.text[max(0, at - 3000) : at]
        for match in reversed(
            # The noun is the article's own word: escaped, never read as a pattern.
            list(re.finditer(rf"((?:[\w'’-]+\s+){{1,4}}){re.escape(noun)}\b", before, re.I))
        ):
            phrase = match.group(0)
            words = phrase.split()
            for size in range(len(words), 1, -1):
                known = self.index.match(" ".join(words[-size:]), state.words)
                if known:
                    return Speaker(phrase, known.name, known.id, known.kind)
        if qualifiers:
            return None  # the last body of its kind may be another one
        if noun in ROLE_NOUNS:
            return next(state.recent(), None)
        kind = CATEGORY_KINDS.get(noun)
        if kind:
            return next((s for s in state.recent() if s.kind == kind), None)
        return None

    def _named(self, mention: str, state: _State, at: int, appos: str = "") -> Speaker:
        called = CALLED.search(mention)
        if called:  # "another group called the Russian Volunteer Corps"
            mention = called.group("name")
        known = self.index.match(mention, state.words)
        if known is None and appos and not re.fullmatch(PROPER_NAME, appos):
            known = self.index.match(appos, state.words)
        if known:
            return Speaker(mention, known.name, known.id, known.kind)
        role = ROLE_FOR_BODY.match(mention)
        if role:  # "a spokeswoman for the authority": the body she speaks for
            body = self._back_reference(role.group(1).casefold(), state, at)
            if body:
                return body
        person = PERSON_OF_BODY.match(mention)
        if person and not mention.startswith(("The ", "the ")):
            # "Anke Müller of the Federation of …": the person speaks. Not "The Freedom of
            # Russia Legion", which is one name.
            return self._named(person.group(1), state, at)
        organisation = None if _one_name(mention) else organisation_in(mention)
        if organisation:
            known = self.index.match(organisation, state.words)
            if known:
                return Speaker(mention, known.name, known.id, known.kind)
            return Speaker(mention, organisation, None, guess_kind(organisation))
        kind = guess_kind(mention, appos)
        if ANONYMOUS.search(appos) or ANONYMOUS.search(mention):
            kind = "unnamed"
        name = proper_name(mention, kind)
        if len(name.split()) == 1 and name[:1].isupper():
            # A surname alone ("Marchenko said") refers back to the person named in full; a
            # body's first word alone ("Arcline denied …") to the body named in full.
            for speaker in state.recent():
                words = name_key(speaker.name).split()
                if words and name.casefold() == (
                    words[-1] if speaker.kind == "person" else words[0]
                ):
                    return speaker
        return Speaker(mention, name, None, kind, generic=_is_generic(mention))

    # Matching sentences

    def _match(self, start: int, end: int, state: _State) -> Suggestion | None:
        text = state.text
        lead = LEADING_ADVERBIAL.match(text, start, end)
        if lead:  # "In a statement, the company said …": the subject follows the comma
            start = lead.end()
        sentence = text[start:end]
        for name, kind, confidence, pattern in PATTERNS:
            match = pattern.search(sentence)
            if not match:
                continue
            groups = match.groupdict()
            mention = groups.get("mention") or ""
            if not mention.strip() or len(mention.split()) > 14:
                continue
            if name in ("reported_speech", "trailing_said", "participle_cue") and not (
                _plausible_subject(mention)
            ):
                continue
            speaker, resolved = self.resolve(
                mention, state, groups.get("appos") or "", at=start + match.start("mention")
            )
            if speaker is None:
                continue
            content = "quote" if groups.get("quote") else "content"
            s, e = _trim(text, start + match.start(content), start + match.end(content))
            cue = (
                groups.get("cue") or ("according to" if kind == "according_to" else "said")
            ).lower()
            if cue == "claimed responsibility":
                s = start + match.start("cue") + len("claimed ")
            if e - s < 12 and not (cue == "called for" and e - s >= 6):
                # Too short to be a claim ("rejected that account"), but a later "it" means them.
                state.speakers.append((start, speaker))
                continue
            if content == "content" and cue in VERB_IS_THE_CLAIM:
                # "The ministry denied that its forces shelled the town": without its verb the
                # passage reads as the opposite of what was said.
                s = start + match.start("cue")
            if content == "content":
                tail = SUBORDINATE_TAIL.search(text, s, e)
                if tail and tail.start() - s >= 12:
                    e = tail.start()
            if name == "reported_speech" and ANONYMOUS.search(sentence):
                speaker = replace(speaker, kind="unnamed")
            if kind != "direct" and text[s : s + 1] in '“"' and text[e - 1 : e] in '”"':
                kind = "direct"
            mention = (start + match.start("mention"), start + match.end("mention"))
            return self._suggestion(
                s, e, speaker, cue=cue, kind=kind, confidence=confidence, pattern=name,
                resolved=resolved, text=text, mention=_mention_span(text, *mention),
            )  # fmt: skip
        return None

    def _suggestion(
        self, s, e, speaker, *, cue, kind, confidence, pattern, resolved, text, mention=(None, None)
    ):
        return Suggestion(
            start=s, end=e, text=text[s:e], source_mention=speaker.mention,
            source_name=speaker.name, source_id=speaker.source_id, source_kind=speaker.kind,
            cue=cue, type=kind, confidence=max(0.1, confidence - (0.1 if resolved else 0)),
            resolved_from=resolved, pattern=pattern, mention_start=mention[0],
            mention_end=mention[1],
        )  # fmt: skip

    def _sentence(self, start: int, end: int, state: _State, headline: bool) -> list[Suggestion]:
        text = state.text
        sentence = text[start:end]
        if is_furniture(sentence):
            return []
        split = SPLITTERS.search(sentence)
        if split:  # two attributions in one sentence: each clause on its own
            first = self._match(start, start + split.start(), state)
            second = self._match(start + split.end(), end, state)
            if first and second:
                return [first, second]
        found = self._match(start, end, state)
        if found:
            more = AND_SAID.search(text, found.start, found.end)
            if more is None:
                return [found]
            # "… accused X of Y and said it would Z": two claims by one speaker.
            first_end = _trim(text, found.start, more.start())[1]
            second = _trim(text, more.end(), found.end)
            return [
                replace(found, end=first_end, text=text[found.start : first_end]),
                replace(found, start=second[0], end=second[1], text=text[second[0] : second[1]]),
            ]
        if state.quote_speaker and sentence.lstrip()[:1] in '“"':
            # A quote that goes on without naming the speaker again.
            s, e = _trim(text, start, end)
            return [
                self._suggestion(
                    s,
                    e,
                    state.quote_speaker,
                    cue="said",
                    kind="direct",
                    confidence=0.8,
                    pattern="continued_quote",
                    resolved="(quote continues)",
                    text=text,
                )  # fmt: skip
            ]
        hedge = HEDGES.search(sentence)
        if hedge:
            s, e = _trim(text, start, end)
            return [
                Suggestion(
                    start=s,
                    end=e,
                    text=text[s:e],
                    source_mention=None,
                    source_name=None,
                    source_id=None,
                    source_kind=None,
                    cue=hedge.group(1).lower(),
                    type="unattributed",
                    confidence=0.6,
                    pattern="hedge",
                )  # fmt: skip
            ]
        if headline:
            return self._headline(start, end, state)
        return []

    def _headline(self, start: int, end: int, state: _State) -> list[Suggestion]:
        text = state.text
        match = HEADLINE.match(text[start:end])
        if not match or len(match.group("mention").split()) > 6:
            return []
        speaker, resolved = self.resolve(match.group("mention"), state, at=start)
        if speaker is None:
            return []
        s, e = _trim(text, start + match.start("content"), start + match.end("content"))
        return [
            self._suggestion(
                s,
                e,
                speaker,
                cue=match.group("cue").lower(),
                kind="indirect",
                confidence=0.65,
                pattern="headline",
                resolved=resolved,
                text=text,
                mention=_mention_span(
                    text, start + match.start("mention"), start + match.end("mention")
                ),
            )  # fmt: skip
        ]

    def suggest(self, text: str, *, deadline: float | None = None, progress=None) -> "Suggestions":
        """Every suggestion for the text; with a `deadline` (time.monotonic()), those of the
        paragraphs read by then, and where reading stopped. `progress(share)` is told, now and
        then, how much of the text has been read (0 to 1)."""
        state = _State(text, words_of(text))
        suggestions: list[Suggestion] = []
        stopped_at = None
        for number, (p_start, p_end) in enumerate(paragraph_spans(text)):
            if deadline is not None and time.monotonic() >= deadline:
                stopped_at = p_start
                break
            if progress is not None and number % 50 == 0:
                progress(p_start / max(1, len(text)))
            paragraph = text[p_start:p_end]
            if is_furniture(paragraph):
                state.quote_speaker = None
                continue
            headline = number == 0 and not re.search(r"[.!?”\"]$", paragraph)
            if headline:
                state.headline_end = p_end
            elif not state.lede_end and not is_furniture(paragraph):
                state.lede_end = p_end
            carried = state.quote_speaker if paragraph[:1] in '“"' else None
            state.quote_speaker = carried
            for s_start, s_end, _ in sentence_spans(paragraph):
                for suggestion in self._sentence(
                    p_start + s_start, p_start + s_end, state, headline
                ):
                    suggestions.append(suggestion)
                    if suggestion.source_name:
                        speaker = Speaker(
                            suggestion.source_mention or "", suggestion.source_name,
                            suggestion.source_id, suggestion.source_kind or "organisation",
                        )  # fmt: skip
                        speaker.generic = _is_generic(speaker.mention) and speaker.source_id is None
                        state.speakers.append((suggestion.start, speaker))
                        if suggestion.type == "direct":
                            state.quote_speaker = speaker
            if not _opens_quote_without_closing(paragraph):
                state.quote_speaker = None
        _name_generic_speakers(suggestions, state, self.index)
        return Suggestions(_without_repeats(suggestions), stopped_at=stopped_at)


class Suggestions(list):
    """Suggestions in text order, and the offset where reading stopped when the time budget
    ran out (None when the whole text was read)."""

    def __init__(self, items=(), *, stopped_at: int | None = None):
        super().__init__(items)
        self.stopped_at = stopped_at


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    return frozenset(
        w.rstrip("s") for w in name_key(text).split() if w not in {"a", "an", "the", "of"}
    )


# How far after "an armed group said …" the article is looked through for the name it gives
# the group: a few paragraphs. Looking through everything after every such mention made a long
# article quadratic (a 2 MB text took over two minutes).
NAMING_WINDOW = 3000


_CAPITALISED_PHRASE = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:of|the|for|and|[A-Z][\w'’-]+))*")


def _name_generic_speakers(
    suggestions: list[Suggestion], state: _State, index: SourceIndex
) -> None:
    """ "An armed group said …" before the article names it: use the name it gives later."""
    renamed: dict[str, Speaker] = {}
    state.speaker_starts = [at for at, _ in state.speakers]  # appended in text order
    for suggestion in suggestions:
        if suggestion.source_id is not None or not (
            _is_generic(suggestion.source_mention or "") or suggestion.start < state.headline_end
        ):
            continue
        wanted = _stems(suggestion.source_mention or "")
        window = suggestion.start + NAMING_WINDOW
        first = bisect_right(state.speaker_starts, suggestion.start)
        last = bisect_right(state.speaker_starts, window)
        # "The provincial education department" names a body: never a person named later,
        # though "Education minister Jonas Hal" shares a word with it. "Sprinter" may be one.
        words = (suggestion.source_mention or "").casefold().split()
        body = bool(words) and bool(
            {words[-1], words[-1].removesuffix("s")} & CATEGORY_KINDS.keys()
        )
        later = [
            s for _, s in state.speakers[first:last]
            if not s.generic and not (body and s.kind == "person")
        ]  # fmt: skip
        shared = [len(wanted & (_stems(s.name) | _stems(s.mention))) for s in later]
        best = max(shared, default=0)
        named = later[shared.index(best)] if best else None
        # Only an indefinite description ("an armed group", "their union") may be matched to a
        # later source by kind alone; "the defence ministry" names its own body.
        first_word = (suggestion.source_mention or "").split()[:1]
        indefinite = bool(first_word) and first_word[0].casefold() in {"a", "an", "their"}
        generic = _is_generic(suggestion.source_mention or "")
        if named is None and generic and indefinite and suggestion.source_kind != "person":
            named = next((s for s in later if s.kind == suggestion.source_kind), None)
        if named is None and generic and suggestion.source_kind != "person":
            for phrase in _CAPITALISED_PHRASE.finditer(state.text, suggestion.end, window):
                known = index.match(phrase.group(), state.words)
                if known and known.kind == suggestion.source_kind:
                    named = Speaker(phrase.group(), known.name, known.id, known.kind)
                    break
        if (
            named is None
            and suggestion.start < state.headline_end
            and suggestion.source_kind != "unnamed"
        ):
            # A headline's subject is restated in the lede: "Drugmaker says …" / "The
            # pharmaceutical company Altrea said …".
            in_lede = [s for at, s in state.speakers if state.headline_end < at <= state.lede_end]
            named = next(
                (
                    s
                    for s in in_lede
                    if (s.kind == "person") == (suggestion.source_kind == "person")
                ),
                None,
            )
        if named:
            renamed[suggestion.source_name] = named
    for suggestion in suggestions:
        named = renamed.get(suggestion.source_name) if suggestion.source_id is None else None
        if named:
            suggestion.resolved_from = suggestion.resolved_from or suggestion.source_mention
            suggestion.source_name, suggestion.source_id = named.name, named.source_id
            suggestion.source_kind = named.kind


def _opens_quote_without_closing(paragraph: str) -> bool:
    return paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2 == 1


_NOT_SUBJECTS = re.compile(
    r"^(if|when|what|which|who|where|there|this|that|these|those|as|because|after|before|since|"
    r"so|it is|we|i|you)\b",
    re.IGNORECASE,
)


def _plausible_subject(mention: str) -> bool:
    mention = _clean_mention(mention)
    first = mention.split()[0] if mention else ""
    # "…, bringing a strike a step closer, the union said": a participle, not who said it.
    gerund = first.islower() and first.endswith("ing")
    return (
        bool(mention)
        and not gerund
        and not _NOT_SUBJECTS.match(mention)
        and len(mention.split()) <= 12
    )


def _without_repeats(suggestions: list[Suggestion]) -> list[Suggestion]:
    """Never the same passage twice: of overlapping suggestions, the more confident stays.

    The kept passages never overlap, so they are kept sorted and a newcomer is compared with
    its two neighbours only (comparing it with every kept one was quadratic)."""
    starts: list[int] = []
    kept: list[Suggestion] = []
    for suggestion in sorted(suggestions, key=lambda s: -s.confidence):
        at = bisect_right(starts, suggestion.start)
        if at and kept[at - 1].end > suggestion.start:
            continue
        if at < len(kept) and kept[at].start < suggestion.end:
            continue
        starts.insert(at, suggestion.start)
        kept.insert(at, suggestion)
    return sorted(kept, key=lambda s: (s.start, s.end))


def suggest_claims(
    text: str, index: SourceIndex | None = None, *, seconds: float | None = None, progress=None
) -> Suggestions:
    """The suggestions for a text; with `seconds`, only what can be read in that time (the
    result says where it stopped), so no article can hold a worker for ever."""
    deadline = None if seconds is None else time.monotonic() + seconds
    return Suggester(index or SourceIndex([])).suggest(text, deadline=deadline, progress=progress)

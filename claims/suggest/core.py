"""Suggest claims and who they are attributed to, from an article's plain text.

Deterministic rules over sentences. The attribution shapes of news text (DOMAIN.md) are tried
in order of how much they tell us (`shapes`); each claim span is the reported content (the
quote, or the clause after the cue), and the speaker is resolved (`speakers`) to a registered
source, to an earlier speaker for pronouns and back-references ("It added", "the ministry"),
or proposed as a new source. No Django imports: the registry comes in as plain `KnownSource`
values. This module is the driver: paragraph by paragraph, within a time budget.
"""

import re
import time
from bisect import bisect_right
from dataclasses import replace

from claims.suggest.matching import SourceIndex, guess_kind, words_of
from claims.suggest.passages import (
    ReadingState,
    Speaker,
    Suggestion,
    double_single_quotes,
    opens_quote_without_closing,
    speaker_of,
    trim_passage,
    with_opening_mark,
)
from claims.suggest.patterns import (
    QUOTE_INTRO,
    SPEAKER_LABEL,
    STATEMENT_INTRO,
    THATS_ACCORDING,
    WHOLE_QUOTE,
)
from claims.suggest.shapes import ShapeMatcher
from claims.suggest.speakers import SpeakerResolver, is_generic, name_generic_speakers
from claims.suggest.syntax import Syntax
from claims.text.furniture import is_furniture, link_lists
from claims.text.sentences import paragraph_spans, sentence_spans

__all__ = ["Suggester", "Suggestion", "Suggestions", "suggest_claims"]


class Suggester(ShapeMatcher, SpeakerResolver):
    """Shapes (which sentence says what) and speakers (who said it), over one article."""

    def __init__(self, index: SourceIndex, syntax: Syntax | None = None):
        self.index = index
        self.syntax = syntax

    def _introduced(self, text, spans, number: int, state) -> tuple[Speaker, int, int] | None:
        """Who a paragraph ending "X said:" introduces, when the next paragraph is a
        quotation (in quotation marks, or a block quotation set apart without them), and where
        the introduction begins and ends (a press release's "X made the following statement
        today …." may have sentences after it)."""
        p_start, p_end = spans[number]
        if number + 1 >= len(spans):
            return None
        intro = QUOTE_INTRO.search(text, max(p_start, p_end - MAX_INTRO), p_end)
        if intro is None and text[spans[number + 1][0]] in '“"':
            intro = STATEMENT_INTRO.search(text, p_start, p_end)
        if text[spans[number + 1][0]] not in '“"' and not (
            intro and _BLOCK_QUOTE.fullmatch(text, *spans[number + 1])
        ):
            return None
        label = None if intro or number == 0 else SPEAKER_LABEL.fullmatch(text, p_start, p_end)
        if label and guess_kind(label["mention"]) == "person":
            # "Arsene Wenger (Arsenal)" above "I can't remember a better comeback …"
            intro = label
        if intro is None:
            return None
        speaker, _ = self.resolve(
            intro["mention"], state, intro["appos"] or "", at=intro.start("mention")
        )
        if speaker is None:
            return None
        intro_end = (
            p_end if intro.re is not STATEMENT_INTRO else text.find(". ", intro.end(), p_end)
        )
        return speaker, intro.start("mention"), p_end if intro_end < 0 else intro_end

    def _interviewee(self, text, spans, first_answer: int, state) -> Speaker | None:
        """Who answers in a Q&A interview: the first person the parse names in the paragraphs
        between the headline and the first question."""
        intro = spans[1 : max(1, min(first_answer - 1, 1 + INTRO_PARAGRAPHS))]
        if self.syntax is None or not any(_INTERVIEW.search(text, *span) for span in intro):
            return None  # an explainer's "What is …?" headings answer themselves
        for p_start, p_end in intro:
            paragraph = text[p_start:p_end]
            for start, end, label in self.syntax.entities(paragraph):
                if label == "PERSON":
                    speaker = self._named(paragraph[start:end], state, p_start + start)
                    return replace(speaker, kind="person") if speaker.source_id is None else speaker
        return None

    def _answer(
        self, start: int, end: int, speaker: Speaker, state, *, pattern="interview_answer"
    ) -> Suggestion:
        s, e = start, end
        return Suggestion(
            start=s, end=e, text=state.text[s:e], source_mention=speaker.mention,
            source_name=speaker.name, source_id=speaker.source_id, source_kind=speaker.kind,
            cue="said", type="direct", confidence=0.7,
            resolved_from="(interview answer)" if pattern == "interview_answer" else None,
            pattern=pattern,
        )  # fmt: skip

    def _briefer(self, text, spans, state) -> Speaker | None:
        """Who a pool report's topic lines quote: the person its opening paragraphs say
        "gaggled" or "held a briefing"."""
        for p_start, p_end in spans[1 : 1 + INTRO_PARAGRAPHS]:
            briefed = _BRIEFED.search(text, p_start, p_end)
            if briefed:
                speaker, _ = self.resolve(briefed["mention"], state, at=briefed.start("mention"))
                return speaker if speaker and speaker.kind == "person" else None
        return None

    def _reacting(self, start: int, end: int, paragraph_end: int, state) -> Speaker | None:
        """The named person a sentence tells reacting ("Orla Mace praised the volunteers for
        the result."), whose quotation may follow it with no verb of saying: parsed only when a
        quotation mark follows in the paragraph, since only a quotation can be theirs."""
        verb = _REACTION.search(state.text, start, end)
        if verb is None or self.syntax is None:
            return None
        if not _QUOTE_MARK.search(state.text, end, paragraph_end):
            return None
        sentence = state.text[start:end]
        subject = self.syntax.subject_of(sentence, verb.start() - start)
        if subject is None:
            return None
        speaker, _ = self.resolve(sentence[subject[0] : subject[1]], state, at=start + subject[0])
        if speaker and speaker.kind == "person" and not speaker.generic:
            return speaker
        return None

    def _poster(self, signature: re.Match, state) -> Speaker:
        """Who signed an embedded post: "— Kaja Kallas (@kajakallas) May 14, 2025"."""
        speaker = self._named(signature.group("name"), state, signature.start("name"))
        return replace(speaker, mention=signature.group("name"))

    def suggest(self, text: str, *, deadline: float | None = None, progress=None) -> "Suggestions":
        """Every suggestion for the text; with a `deadline` (time.monotonic()), those of the
        paragraphs read by then, and where reading stopped. `progress(share)` is told, now and
        then, how much of the text has been read (0 to 1)."""
        original, text = text, double_single_quotes(text)
        text, spans = _rejoined(text, paragraph_spans(text))
        state = ReadingState(text, words_of(text))
        suggestions: list[Suggestion] = []
        stopped_at = None
        answers = _interview_answers(text, spans)
        links = link_lists(text, spans)
        interviewee = self._interviewee(text, spans, min(answers), state) if answers else None
        signatures = _post_signatures(text, spans)
        signed_posts = _posts_signed_at_end(text, spans)
        last_quoted = block_quoted = last_unclaimed = last_person = last_spokesperson = None
        last_body = None
        briefer = _UNREAD
        for number, (p_start, p_end) in enumerate(spans):
            if deadline is not None and time.monotonic() >= deadline:
                stopped_at = p_start
                break
            if progress is not None and number % 50 == 0:
                progress(p_start / max(1, len(text)))
            paragraph = text[p_start:p_end]
            if number in links or is_furniture(paragraph):
                state.quote_speaker = None
                continue
            # A headline has no full stop, but may end in a quotation: 'tells jury he "…"'.
            headline = number == 0 and not re.search(r"[.!?][”\"’]?$", paragraph)
            if headline:
                state.headline_end = p_end
            elif not state.lede_end and not is_furniture(paragraph):
                state.lede_end = p_end
            if number in signatures:
                state.quote_speaker = None
                continue  # the post above is theirs
            if number + 1 in signatures:
                # An embedded social media post, signed on the line below it.
                poster = self._poster(signatures[number + 1], state)
                suggestions.append(self._answer(p_start, p_end, poster, state, pattern="post"))
                state.speakers.append((p_start, poster))
                continue
            if number in signed_posts:
                signature = signed_posts[number]
                poster = self._poster(signature, state)
                label = _POST_LABEL.match(text, p_start, signature.start())
                post_start = label.end() if label else p_start
                suggestions.append(
                    self._answer(post_start, signature.start(), poster, state, pattern="post")
                )
                state.speakers.append((p_start, poster))
                continue
            if number in answers and interviewee:
                # A Q&A interview: the answer is the interviewee's, all of it.
                suggestions.append(self._answer(p_start, p_end, interviewee, state))
                state.speakers.append((p_start, interviewee))
                continue
            if block_quoted:
                # "Daines said:" and then his words, set apart without quotation marks
                suggestions.append(
                    self._answer(p_start, p_end, block_quoted, state, pattern="block_quote")
                )
                state.speakers.append((p_start, block_quoted))
                block_quoted = state.quote_speaker = None
                continue
            topic = _TOPIC_QUOTE.fullmatch(paragraph)
            if topic and WHOLE_QUOTE.fullmatch(topic["quote"]):
                # 'On the shutdown: "We remain hopeful …"': the briefer's, or the speaker's
                # whose speech the lines go through.
                if briefer is _UNREAD:
                    briefer = self._briefer(text, spans, state)
                speaker = briefer or last_person
                if speaker:
                    quote = trim_passage(text, p_start + topic.start("quote"), p_end)
                    suggestions.append(self._answer(*quote, speaker, state, pattern="topic_quote"))
                    state.speakers.append((p_start, speaker))
                    continue
            # '"…," Mr Price told the trial. / "David Newton has not admitted it.': a paragraph
            # that opens with a quotation and names no one goes on with the last one quoted;
            # 'House Speaker Tim Jones calls the day "historic." / "The Assembly governed like
            # never before."': a quotation alone goes on with the person who spoke just before.
            # A person's or a spokesperson's reported words, then a paragraph that opens a
            # quotation running on into the next: theirs.
            alone = (
                (last_person or _unless_pulled(last_body, text, paragraph, p_start))
                if WHOLE_QUOTE.fullmatch(paragraph)
                else last_spokesperson or last_person
                if opens_quote_without_closing(paragraph)
                else None
            )
            carried = (
                (state.quote_speaker or last_quoted or alone) if paragraph[:1] in '“"' else None
            )
            state.quote_speaker = carried
            last_quoted = None
            # The last sentence read, if no claim came from it: in this paragraph, or the one
            # before when this one opens "That's according to …"
            unclaimed = last_unclaimed if THATS_ACCORDING.match(paragraph) else None
            before = len(suggestions)
            for s_start, s_end, _ in sentence_spans(paragraph):
                label = _LIVE_LABEL.search(paragraph, s_start, s_end) if headline else None
                s_end = label.start() if label else s_end  # "… – live updates"
                state.sentence_start = p_start + s_start
                found = self._sentence(p_start + s_start, p_start + s_end, state, headline)
                said_before = (
                    self._said_before(unclaimed, p_start + s_start, p_start + s_end, state)
                    if unclaimed and not found
                    else None
                )
                if said_before:  # "Karsk shelled 80 towns. That's according to President …"
                    found = [said_before]
                unclaimed = None if found else (p_start + s_start, p_start + s_end)
                if not found and state.quote_speaker is None:
                    # 'Orla Mace praised the volunteers. "We were really thrilled."': hers.
                    state.quote_speaker = self._reacting(
                        p_start + s_start, p_start + s_end, p_end, state
                    )
                for suggestion in found:
                    suggestions.append(suggestion)
                    state.claims.append((suggestion.start, suggestion.end))
                    if suggestion.source_name:
                        speaker = speaker_of(suggestion)
                        speaker.generic = is_generic(speaker.mention) and speaker.source_id is None
                        state.speakers.append((suggestion.start, speaker))
                        # 'Trump would choose "somebody …," he told The Post.': a quotation
                        # the indirect claim ends with goes on in the next sentence, too.
                        if suggestion.type == "direct" or _ENDS_QUOTED.search(suggestion.text):
                            state.quote_speaker = last_quoted = speaker
                        else:
                            # 'Investigators are "very close" to an arrest, said Lindqvist. "We
                            # are following every lead."', '…, he said. "We were digging within
                            # minutes."': a quotation alone goes on with them, in their paragraph.
                            state.quote_speaker = speaker
                if state.short_quote_speaker:
                    state.quote_speaker, state.short_quote_speaker = state.short_quote_speaker, None
            last_unclaimed = unclaimed
            last_person = next(
                (
                    speaker_of(s)
                    for s in reversed(suggestions[before:])
                    if s.source_name and s.source_kind == "person"
                ),
                None,
            )
            # 'In a statement, Digicel says the outage was caused by …. / "The Digicel team
            # immediately responded …"': a body's statement goes on, quoted.
            last_body = next(
                (
                    speaker_of(s)
                    for s in reversed(suggestions[before:])
                    if s.source_name and s.source_kind in ("organisation", "government")
                ),
                None,
            )
            last_spokesperson = next(
                (
                    speaker_of(s)
                    for s in suggestions[-1:]
                    if s.start >= p_start
                    and s.mention_start is not None
                    and _SPOKESPERSON.search(text, s.mention_start, s.mention_end)
                ),
                None,
            )
            if not opens_quote_without_closing(paragraph):
                state.quote_speaker = None
            introduced = self._introduced(text, spans, number, state)
            if introduced:
                speaker, intro_at, intro_end = introduced
                # "…, explains the gloomy prognosis:" is no claim; the quotation below is.
                suggestions = [s for s in suggestions if not intro_at <= s.start < intro_end]
                state.quote_speaker = speaker
                if text[spans[number + 1][0]] not in '“"':
                    block_quoted = speaker
        name_generic_speakers(suggestions, state, self.index)
        for suggestion in suggestions:  # as written: 'single' marks too
            suggestion.start = with_opening_mark(text, suggestion.start, suggestion.end)
            suggestion.text = original[suggestion.start : suggestion.end]
        return Suggestions(
            _without_repeats(suggestions), stopped_at=stopped_at, parsed=self.syntax is not None
        )


class Suggestions(list):
    """Suggestions in text order, the offset where reading stopped when the time budget ran out
    (None when the whole text was read), and whether the language model's parse was used."""

    def __init__(self, items=(), *, stopped_at: int | None = None, parsed: bool = False):
        super().__init__(items)
        self.stopped_at = stopped_at
        self.parsed = parsed


# A reaction told, not said: "praised the volunteers", "welcomed the decision".
_REACTION = re.compile(
    r"\b(?:praised|welcomed|thanked|hailed|congratulated|critici[sz]ed|condemned|defended|"
    r"apologi[sz]ed|paid\s+tribute)\b"
)
# "A spokesman for the health board": who speaks for a body, in its words.
_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person)\b", re.IGNORECASE)
# A quotation's opening (or straight) mark.
_QUOTE_MARK = re.compile(r"[“\"]")
# A paragraph that only asks: an interviewer's question.
_QUESTION = re.compile(r"[^“”\"\n]{8,400}\?")
# A block quotation set apart without marks: a paragraph of sentences, no quotation in it.
_BLOCK_QUOTE = re.compile(r"[A-Z][^“”\"\n]{40,3000}[.!?]")
# A claim that ends with a quotation of some length, which the next sentence may go on with.
_ENDS_QUOTED = re.compile(r"[“\"][^“”\"]{25,}[,.!?]?[”\"]\Z")


def _rejoined(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Lines a web page broke inside one sentence, joined again: a quotation closing with a
    comma on one line, and 'said WFP Executive Director Cindy McCain' on the next. The line
    break becomes a space (same length: offsets hold)."""
    joined: list[tuple[int, int]] = []
    breaks = []
    for start, end in spans:
        if (
            joined
            and text[joined[-1][1] - 2 : joined[-1][1]] in (',"', ",”")
            and text[joined[-1][1] : start].strip(" \t") == "\n"
            and _SAID_OPENS.match(text, start, end)
        ):
            breaks.append(text.index("\n", joined[-1][1], start))
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    if breaks:  # one pass, however many breaks: linear
        chars = list(text)
        for at in breaks:
            chars[at] = " "
        text = "".join(chars)
    return text, joined


_SAID_OPENS = re.compile(r"(?:said|says|added|adds|wrote|writes|told)\b")
# How many paragraphs after the headline an interview's introduction is looked for in.
INTRO_PARAGRAPHS = 5
# How much of a paragraph's end is read for "X said:" before a quotation.
MAX_INTRO = 300
# What an interview's introduction says of itself.
_INTERVIEW = re.compile(
    r"\binterview|\bspoke (?:to|with)\b|\btalked (?:to|with)\b|\bconversation\b|"
    r"\bedited for (?:length|clarity)\b|\bQ&A\b",
    re.IGNORECASE,
)
# A pool report's topic line, a quotation after what it is about: 'On the shutdown: "We …"',
# 'Asked whether he would veto it: "I'm not going to get ahead of the president."'.
_TOPIC_QUOTE = re.compile(
    r"(?:On|About|Asked\s+(?:about|whether|if|why|how|what|when|who))\s"
    # Not "On 6 September customers received a letter stating: "…"": a cue, not a topic.
    r"(?![^:“”\"\n]*\b(?:saying|stating|said|says|read|reads|wrote|writes|told|tells|telling|"
    r"warning|adding):)[^:“”\"\n]{2,150}:"
    r"[^\S\n]+(?P<quote>[“\"][^\n]*)"
)
# Who a pool report's opening says briefed the pool: "Deputy press secretary Owen Tuckett
# gaggled for about 15 minutes", "…, press secretary Leon Marsh held a short gaggle".
_BRIEFED = re.compile(
    r"(?:^|(?<=,\s))(?P<mention>(?:[A-Za-z][\w'’.-]*\s+){0,5}?[A-Z][\w'’-]+)\s+"
    r"(?:gaggled|briefed\s+(?:reporters|the\s+pool)|took\s+questions|"
    r"held\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:gaggle|briefing))\b",
    re.MULTILINE,
)
_UNREAD = object()
# An answer paragraph says nothing of anyone else's saying.
_REPORTED = re.compile(r"[“”\"]|\b(?:said|says|told)\b")


# A live blog's headline ends with what it is: "Yerevan says two soldiers killed – live updates".
_LIVE_LABEL = re.compile(
    # "… – business live", "… – politics live"
    r"\s+[—–-]\s+(?i:(?:[a-z]+\s+)?live(?:\s+updates|\s+blog|\s+news)?|as\s+it\s+happened|"
    r"latest(?:\s+updates)?)"
    r"\s*$"
)
# The line under an embedded post: "— Kaja Kallas (@kajakallas) May 14, 2025".
_SIGNATURE = re.compile(
    r"[—–-][^\S\n]*(?P<name>[^\n()@—–]{2,80}?)[^\S\n]*\(@[\w.]{1,60}\)[^\S\n]*"
    # "May 14, 2025", "5 July": the year may be left out
    r"(?:[A-Z][a-z]+\.?[^\S\n]+\d{1,2}(?:,[^\S\n]+\d{4})?|\d{1,2}[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+\d{4})?)?"
)
# A post signed at its own end, as pasted: "… as soon as possible. — CSA Ground Control
# (@CSAGround) 5 July".
_SIGNED_AT_END = re.compile(rf"(?<=[.!?”\"])[^\S\n]+(?:{_SIGNATURE.pattern})$")
# A post's label before its words: "MISSION UPDATE: ", "BREAKING: ".
_POST_LABEL = re.compile(r"[A-Z]{2,}(?:[^\S\n]+[A-Z]{2,}){0,2}:[^\S\n]+")


def _post_signatures(text: str, spans: list[tuple[int, int]]) -> dict[int, re.Match]:
    """The paragraphs (by number) that sign the embedded post above them, with their match."""
    found = {}
    for number, (start, end) in enumerate(spans):
        signature = _SIGNATURE.fullmatch(text, start, end)
        if signature and number > 0:
            found[number] = signature
    return found


def _posts_signed_at_end(text: str, spans: list[tuple[int, int]]) -> dict[int, re.Match]:
    """The paragraphs (by number) that are an embedded post and its signature in one."""
    found = {}
    for number, (start, end) in enumerate(spans):
        if "(@" in text[start:end]:
            signature = _SIGNED_AT_END.search(text, start, end)
            if signature and signature.start() > start:
                found[number] = signature
    return found


def _interview_answers(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The paragraphs (by number) that answer an interviewer's question, in an article that
    asks at least two: each run of paragraphs after a question, up to the next, that report no
    one's words. Linear in the paragraphs."""
    questions = {n for n, (s, e) in enumerate(spans) if _QUESTION.fullmatch(text, s, e)}
    if len(questions) < 2:
        return set()
    answers = set()
    for question in questions:
        number = question + 1
        while (
            number < len(spans)
            and number not in questions
            and not _REPORTED.search(text, *spans[number])
        ):
            answers.add(number)
            number += 1
    return answers


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


_INSTALLED = object()


def _unless_pulled(body: Speaker | None, text: str, paragraph: str, at: int) -> Speaker | None:
    """The body whose statement a quotation alone goes on with, unless the quotation is a pull
    quote, repeating words quoted before it: nobody's new words. (Looked for only when a body
    is there to go on with, so the text before is not searched for every paragraph.)"""
    if body is None or text.find(paragraph.strip(' “”".,!?')[:80], 0, at) >= 0:
        return None
    return body


def suggest_claims(
    text: str,
    index: SourceIndex | None = None,
    *,
    seconds: float | None = None,
    progress=None,
    syntax: Syntax | None | object = _INSTALLED,
) -> Suggestions:
    """The suggestions for a text; with `seconds`, only what can be read in that time (the
    result says where it stopped), so no article can hold a worker for ever. The installed
    language model's parse is used unless `syntax=None` (rules alone)."""
    deadline = None if seconds is None else time.monotonic() + seconds
    if syntax is _INSTALLED:
        syntax = Syntax.installed()
    suggester = Suggester(index or SourceIndex([]), syntax)
    return suggester.suggest(text, deadline=deadline, progress=progress)

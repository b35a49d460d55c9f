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

from claims.suggest.matching import SourceIndex, words_of
from claims.suggest.passages import (
    ReadingState,
    Suggestion,
    opens_quote_without_closing,
    speaker_of,
)
from claims.suggest.shapes import ShapeMatcher
from claims.suggest.speakers import SpeakerResolver, is_generic, name_generic_speakers
from claims.suggest.syntax import Syntax
from claims.text.furniture import is_furniture
from claims.text.sentences import paragraph_spans, sentence_spans

__all__ = ["Suggester", "Suggestion", "Suggestions", "suggest_claims"]


class Suggester(ShapeMatcher, SpeakerResolver):
    """Shapes (which sentence says what) and speakers (who said it), over one article."""

    def __init__(self, index: SourceIndex, syntax: Syntax | None = None):
        self.index = index
        self.syntax = syntax

    def suggest(self, text: str, *, deadline: float | None = None, progress=None) -> "Suggestions":
        """Every suggestion for the text; with a `deadline` (time.monotonic()), those of the
        paragraphs read by then, and where reading stopped. `progress(share)` is told, now and
        then, how much of the text has been read (0 to 1)."""
        state = ReadingState(text, words_of(text))
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
            # A headline has no full stop, but may end in a quotation: 'tells jury he "…"'.
            headline = number == 0 and not re.search(r"[.!?][”\"’]?$", paragraph)
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
                        speaker = speaker_of(suggestion)
                        speaker.generic = is_generic(speaker.mention) and speaker.source_id is None
                        state.speakers.append((suggestion.start, speaker))
                        if suggestion.type == "direct":
                            state.quote_speaker = speaker
            if not opens_quote_without_closing(paragraph):
                state.quote_speaker = None
        name_generic_speakers(suggestions, state, self.index)
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

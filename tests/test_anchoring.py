"""Anchors and cleaning, for any text: offsets are exact and quotes are found again."""

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from claims.anchoring import AnchorError, anchor_span, find_anchor
from claims.highlight import highlight_runs
from claims.importing import ImportRefused, prepare_article

# Emoji, combining marks, right-to-left scripts, CRLF line ends and plain text mixed.
PIECES = st.sampled_from(
    [
        "The ministry said ",
        "👩🏽‍⚕️",
        "🇺🇦",
        "e\u0301",
        "Ĉ",
        "مرحبا بالعالم ",
        "שלום ",
        "\r\n",
        "\n\n",
        "“",
        "”",
        " ",
        "a",
        ".",
    ]
)
TEXTS = st.lists(PIECES | st.text(min_size=1, max_size=5), min_size=1, max_size=60).map("".join)


@st.composite
def text_and_span(draw):
    text = draw(TEXTS)
    assume(text.strip())
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    assume(text[start:end].strip())
    return text, start, end


@given(text_and_span())
@example(("👩🏽‍⚕️ said e\u0301 שלום\r\nend", 0, 8))
def test_stored_quote_is_exactly_the_text_at_the_offsets(case):
    text, start, end = case
    anchor = anchor_span(text, start, end)
    assert text[anchor.start : anchor.end] == anchor.quote
    assert text[: anchor.start].endswith(anchor.prefix)
    assert text[anchor.end :].startswith(anchor.suffix)


@given(text_and_span(), TEXTS, TEXTS)
def test_reanchoring_finds_the_quote_after_any_edit_that_keeps_it(case, before, after):
    text, start, end = case
    anchor = anchor_span(text, start, end)
    edited = before + text + after
    found = find_anchor(
        edited, quote=anchor.quote, prefix=anchor.prefix, suffix=anchor.suffix, near=anchor.start
    )
    assert found is not None
    assert edited[found.start : found.end] == anchor.quote
    # The original occurrence wins when the context is unchanged.
    occurrences = sum(edited.startswith(anchor.quote, i) for i in range(len(edited)))
    assert found.start == len(before) + anchor.start or occurrences > 1


@given(text_and_span())
def test_reanchoring_returns_none_when_the_quote_is_gone(case):
    text, start, end = case
    anchor = anchor_span(text, start, end)
    edited = text.replace(anchor.quote, "")
    assume(anchor.quote not in edited)
    assert (
        find_anchor(edited, quote=anchor.quote, prefix=anchor.prefix, suffix=anchor.suffix) is None
    )


@pytest.mark.parametrize(("start", "end"), [(5, 3), (-1, 2), (0, 999), (2, 2)])
def test_spans_that_do_not_fit_are_refused(start, end):
    with pytest.raises(AnchorError):
        anchor_span("short text", start, end)


@given(TEXTS)
@settings(deadline=None)
def test_cleaning_never_crashes_keeps_no_carriage_returns_and_loses_nothing(text):
    try:
        prepared = prepare_article(text)
    except ImportRefused:
        return
    body = prepared.body(keep={r.index for r in prepared.removed})
    assert "\r" not in body
    assert all(paragraph in body for paragraph in prepared.paragraphs)


class Span:
    def __init__(self, start, end):
        self.start, self.end = start, end


@given(TEXTS, st.lists(st.tuples(st.integers(0, 200), st.integers(1, 200)), max_size=8))
def test_highlight_runs_reassemble_the_text_and_cover_every_claim(text, pairs):
    spans = [Span(a, b) for a, b in pairs if a < b <= len(text)]
    runs = highlight_runs(text, spans)
    assert "".join(run.text for run in runs) == text
    for span in spans:
        covered = "".join(run.text for run in runs if span in run.claims)
        assert covered == text[span.start : span.end]

"""Session 34's import-speed shortcuts answer as the code they replace, on generated text:
a headline's repeat looked for only in a block without a closing sentence mark, and the
inline author lead's pattern skipped on a line beyond ASCII that holds no lead.

Each reference below is the replaced form as it was written; the properties draw lines of
letters, digits, punctuation and white space (and the title's or the lead's own words, so
that matches are drawn too) and compare the two.
"""

from __future__ import annotations

import re
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.ingest import headline_repeats, inline_bylines

_WORD = re.compile(r"\w+")


def _repeats_title_before(text: str, title: str) -> bool:
    """`repeats_title` as it was: the words of both read before the sentence mark."""
    words, title_words = set(_WORD.findall(text.casefold())), set(_WORD.findall(title.casefold()))
    if not words or text.rstrip()[-1:] in ".!?":
        return False
    return words <= title_words and 2 * len(words) >= len(title_words)


_LINE_CHARS = st.characters(max_codepoint=0x17F) | st.sampled_from(" .!?\t\u00a0\u2009…")


@settings(deadline=None, max_examples=200)
@given(
    title=st.text(alphabet=_LINE_CHARS, max_size=40),
    picks=st.lists(st.integers(0, 12), max_size=8),
    tail=st.sampled_from(["", ".", "!", "?", " ", ". ", ":", "…", "\n"]),
    other=st.text(alphabet=_LINE_CHARS, max_size=30),
)
def test_a_repeat_of_the_title_is_found_as_before(
    title: str, picks: list[int], tail: str, other: str
) -> None:
    title_words = title.split() or ["x"]
    drawn = " ".join(title_words[i % len(title_words)] for i in picks)
    for text in (drawn + tail, other, drawn + " " + other + tail, title, title + tail):
        assert headline_repeats.repeats_title(text, title) is _repeats_title_before(text, title)


_LEAD_LETTERS = st.sampled_from(list("aeiouvnbyrtsdfhzkAEIOUVNBYRTSDFHZKäöüÄÖÜßẞıſİK :·|,;–—(-&*_/"))


@settings(deadline=None, max_examples=300)
@given(data=st.data())
def test_every_spelling_of_a_lead_passes_the_pre_test(data: st.DataObject) -> None:
    """Any text the inline-lead pattern finds a lead in (any case, ı/ſ/İ, beyond ASCII or not)
    passes `_may_hold_inline_lead`, so the pattern is skipped only where it finds nothing."""
    text = data.draw(st.from_regex(inline_bylines._INLINE_LEAD, fullmatch=False))
    assert inline_bylines._may_hold_inline_lead(text), text


@settings(deadline=None, max_examples=400)
@given(
    lead=st.sampled_from(inline_bylines.INLINE_LEADS),
    cases=st.lists(st.booleans(), min_size=30, max_size=30),
    before=st.text(alphabet=_LEAD_LETTERS, max_size=12),
    after=st.lists(_LEAD_LETTERS | st.sampled_from(["Anna Weber", " Max"]), max_size=8).map("".join),
    dated=st.booleans(),
)
def test_a_byline_is_read_as_before(
    lead: str, cases: list[bool], before: str, after: str, dated: bool
) -> None:
    """`byline_in_line` with the pre-test answers as with the pattern alone (the pre-test was
    asked of ASCII lines only before)."""
    spelt = "".join(c.upper() if up else c for c, up in zip(lead, cases * 2, strict=False))
    for text in (f"{before}{spelt} {after}", f"{before} {spelt}: {after}", before + after):
        with patch.object(inline_bylines, "_may_hold_inline_lead", _may_hold_before):
            expected = inline_bylines.byline_in_line(text, dated)
        assert inline_bylines.byline_in_line(text, dated) == expected, text


def _may_hold_before(text: str) -> bool:
    """The pre-test as it was: lower-case leads looked for in ASCII lines only."""
    return not text.isascii() or any(lead in text.lower() for lead in inline_bylines._ASCII_INLINE_LEADS)


@pytest.mark.parametrize(
    "text", ["Autorın: Anna Weber", "AUTORİN: Anna Weber", "Poſted by Anna Weber", "Autorin: Anna Weber"]
)
def test_a_lead_spelt_with_letters_lower_case_does_not_know_is_read(text: str) -> None:
    """`re` takes ı and İ for "i" and ſ for "s" where `str.lower` does not: such a line is
    left to the pattern, which finds the lead."""
    assert inline_bylines.byline_in_line(text, False) == "Anna Weber"

"""Session 34's import-speed shortcuts answer as the code they replace, on generated text.

Each reference below is the replaced form as it was written; the properties draw lines of
letters, digits, punctuation and white space (and the title's own words, so that repeats are
drawn too) and compare the two.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.ingest import headline_repeats

_WORD = re.compile(r"\w+")


def _repeats_title_before(text: str, title: str) -> bool:
    """`repeats_title` as it was: the words of both read before the sentence mark."""
    words, title_words = set(_WORD.findall(text.casefold())), set(_WORD.findall(title.casefold()))
    if not words or text.rstrip()[-1:] in ".!?":
        return False
    return words <= title_words and 2 * len(words) >= len(title_words)


_LINE_CHARS = st.characters(max_codepoint=0x17F) | st.sampled_from(" .!?\t\u00a0\u2009…")


@settings(deadline=None, max_examples=400)
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

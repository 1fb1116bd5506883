"""The plain-text parse made cheaper gives the same answers, and does its one-time work once.

Each fast way is checked against the way it replaced (Hypothesis, no deadline); the word-list
test counts the lists wordfreq builds.
"""

from __future__ import annotations

import wordfreq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.ingest import person_shape, shape
from reader.core.stories import profile

_SLOW = settings(deadline=None, max_examples=400, suppress_health_check=[HealthCheck.too_slow])

# Characters from each way a line can take: ASCII, Latin-1, typographic punctuation, Thai,
# kana and Han (the unspaced scripts), Cyrillic, a lone surrogate (lines may carry one).
_PIECES = st.sampled_from(
    ["a", "Z", " ", ".", "\x7f", "ä", "ß", "\xa0", "“", "”", "–", "…", "ก", "ไทย", "の", "東京",
     "Ж", "\ud800"]
)  # fmt: skip


@_SLOW
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_characters_beyond_ascii_are_the_line_s_own_in_order(text: str) -> None:
    assert shape._beyond_ascii(text) == "".join(c for c in text if not c.isascii())


@_SLOW
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_a_line_is_unspaced_as_a_search_of_the_whole_line_tells(text: str) -> None:
    """`measure` looks for Thai and CJK among the characters beyond ASCII only."""
    whole = shape._UNSPACED.search(text) is not None
    assert (shape._UNSPACED.search(shape._beyond_ascii(text)) is not None) == whole


def test_a_name_question_builds_no_second_frequency_list() -> None:
    """The importer asks wordfreq how common a capitalised word is (`person_shape`); the
    story profile loads the same small lists first. Both ask for them alike, so wordfreq's
    cache builds each once: a second build cost every parsing worker ~0.6 M instructions a
    file over an import's first 60 (`benchmarks.bench_instructions`)."""
    wordfreq.get_frequency_dict.cache_clear()
    wordfreq._wf_cache.clear()
    profile._frequencies.cache_clear()
    profile._rarities.cache_clear()
    profile.load_word_lists()
    built = wordfreq.get_frequency_dict.cache_info().misses
    assert built == 2  # English and German
    person_shape.common_word.__wrapped__("Übersicht")
    person_shape.common_word.__wrapped__("Overview")
    assert wordfreq.get_frequency_dict.cache_info().misses == built

"""The plain-text parse made cheaper gives the same answers, and does its one-time work once.

Each fast way is checked against the way it replaced (Hypothesis, no deadline); the word-list
test counts the word lists read.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.core import word_frequency
from reader.core.ingest import body_disclosures, language, person_shape, shape
from reader.core.stories import profile

_SLOW = settings(
    deadline=None,
    max_examples=200,
    # from_regex of a pattern with a word boundary throws many draws away; how many varies from run to run
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

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
    """The importer asks how common a capitalised word is (`person_shape`); the story profile
    loads the same small lists first. Both ask `word_frequency` for them alike, so its cache
    reads each once: a second build cost every parsing worker ~0.6 M instructions a file over
    an import's first 60 (`benchmarks.bench_instructions`)."""
    word_frequency.table.cache_clear()
    profile._rarities.cache_clear()
    profile.load_word_lists()
    built = word_frequency.table.cache_info().misses
    assert built == 2  # English and German
    person_shape.common_word.__wrapped__("Übersicht")
    person_shape.common_word.__wrapped__("Overview")
    assert word_frequency.table.cache_info().misses == built


# Pieces that matter to the word rules' fast ways: ASCII and Latin-1 letters, the joiners
# alone, doubled and mixed, Windows-1252's marks (quotes, dashes, the euro sign) and its
# letters and apostrophe beyond Latin-1, a C1 control, a letter beyond both.
_WORD_PIECES = st.sampled_from(
    ["ab", "Z", "ä", "ß", " ", "-", "'", "--", "'-", "-'", "a-b", "c'd", "“", "”", "„", "–",
     "…", "€", "’", "œ", "Ÿ", "ƒ", "\x85", "ł", ".", "9"]
)  # fmt: skip


@_SLOW
@given(st.lists(_WORD_PIECES, max_size=24).map("".join))
@example("ab'-ab")  # each mixed pair of joiners between letters
@example("ab-'ab")
@example("ab''ab")
@example("ab--ab")
@example("ab-'-ab")
@example("„don’t“")  # the apostrophe beyond Latin-1 joins
@example("“œuvre”")  # a letter beyond Latin-1 among the marks
def test_a_line_s_words_are_the_word_pattern_s(text: str) -> None:
    """Whichever way a line takes (ASCII, Latin-1, Windows-1252 marks, the token loop), its
    words are `WORD.findall`'s: a joiner joins two letters and nothing else."""
    assert language.lower_words(text) == language.WORD.findall(text)


def test_joiners_join_letters_only() -> None:
    line = "„don't“ – a-'-b --x-- ’tis €5 well-known'"
    assert language.lower_words(line) == ["don't", "a", "b", "x", "tis", "well-known"]


# 100 draws, not the others' 200: each is costly (the pattern's word boundaries throw most away; 400 took
# ~6 s of CPU), and the 11 nouns and 2 languages it chooses among are all met well within 100.
@settings(_SLOW, max_examples=100)
@given(st.from_regex(body_disclosures._HOLDS_ADVERTISING))
def test_a_post_holding_advertising_passes_the_pre_test(text: str) -> None:
    """Every line the pattern finds a match in holds the words the pre-test looks for."""
    assert body_disclosures._may_hold_advertising(text)


def test_the_pre_test_lets_the_disclosures_through() -> None:
    assert body_disclosures.is_disclosure("dieser beitrag enthält werbung für zwei cafés.", 7)
    assert body_disclosures.is_disclosure("this post contains affiliate links to shops.", 7)
    assert not body_disclosures.is_disclosure("this is what the post contains today.", 7)

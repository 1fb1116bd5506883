"""Word frequencies read without importing wordfreq are wordfreq's own: the same tables, the
same Zipf values (Hypothesis against `wordfreq.zipf_frequency`, no deadline), and an import's
start loads no wordfreq."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import wordfreq
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.core import word_frequency

REPO = Path(__file__).resolve().parents[2]
_SLOW = settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(("lang", "wordlist"), [("en", "small"), ("de", "small"), ("de", "best")])
def test_a_table_is_wordfreq_s(lang: str, wordlist: str) -> None:
    assert word_frequency.table(lang, wordlist) == wordfreq.get_frequency_dict(lang, wordlist)


@pytest.mark.parametrize(("lang", "floor"), [("de", 2.5), ("en", 2.5), ("en", 4.125), ("en", 6.7), ("en-GB", 5.0)])
def test_the_common_words_are_wordfreq_s_above_the_floor(lang: str, floor: float) -> None:
    """Read as far into the file as they go (a region, with no file of its own, from wordfreq's
    whole table): the words of wordfreq's table of that Zipf frequency or more, with it."""
    # `zipf_frequency`'s value for one word of the table (asking it for each took 13 s)
    zipfs = {word: round(wordfreq.freq_to_zipf(freq), 2) for word, freq in wordfreq.get_frequency_dict(lang).items()}
    expected = {word: value for word, value in zipfs.items() if value >= floor}
    assert word_frequency.common_words(lang, floor) == expected


def test_only_the_tables_the_build_ships() -> None:
    with pytest.raises(ValueError, match="add it to data_files.WORDFREQ_TABLES"):
        word_frequency.common_words("nl", 3.0)


def test_a_language_without_its_own_file_is_matched_by_wordfreq() -> None:
    """A region ("en-GB") has no file of its own: wordfreq matches it to English's."""
    assert word_frequency.table("en-GB", "small") == wordfreq.get_frequency_dict("en", "small")


def _words(lang: str) -> st.SearchStrategy[str]:
    return st.sampled_from(sorted(wordfreq.get_frequency_dict(lang, "small"))[::7])


# Words of the table, misspelt, joined, capitalised or with the characters the tokenizer
# treats apart (digits, apostrophes, "ß", letters beyond Latin).
_PIECES = st.sampled_from(["-", " ", "'", "’", "'s", "’s", "s'", "l'", "qu'", "o'", "'a", "ß", "9", "ж",
                           "é", "E", "x", "--", "ǆ", ".", "..", "/", "!", "?", "(", ")", "\u0301", "©", "_"])  # fmt: skip
_MIXED = st.lists(st.one_of(_words("en"), _words("de"), _PIECES), min_size=1, max_size=5).map(
    "".join
)


@_SLOW
@given(_MIXED, st.sampled_from(["en", "de"]), st.sampled_from(["small", "best"]))
@example("new york", "en", "small")
@example("hans-peter", "de", "small")
@example("straße", "de", "small")
@example("don't", "en", "small")
@example("today's", "en", "small")
@example("women’s", "en", "best")
@example("readers'", "en", "small")
@example("l'arc", "en", "small")
@example("o'hara", "en", "small")
@example("i’m", "en", "small")
@example("o’hara", "en", "small")
@example("qu'une", "de", "small")
@example("aux'ecole", "en", "small")
@example("2024", "en", "small")
@example("nj.com", "en", "small")
@example("kath.net/as", "de", "small")
@example("willkommen!", "de", "small")
@example("adac-kindersitztest-herbst-2018", "de", "small")
@example("!?", "de", "small")
@example("", "de", "small")
@example("ab-\u0301", "en", "small")
@example("schön", "de", "best")
@example("qqqzzz", "en", "small")
def test_a_zipf_value_is_wordfreq_s(word: str, lang: str, wordlist: str) -> None:
    assert word_frequency.zipf(word, lang, wordlist) == wordfreq.zipf_frequency(
        word, lang, wordlist
    )


def test_an_import_s_start_leaves_wordfreq_unloaded(tmp_path: Path) -> None:
    """Its tokenizer (langcodes, the `regex` patterns) cost the start 0.11 s of CPU on one core
    before the workers fork; the importer only needs the tables."""
    probe = (
        "import sys\n"
        "from reader.core import import_pool, importer\n"
        "from reader.core.store import Store\n"
        f"Store.open({str(tmp_path / 'library.sqlite3')!r}).close()\n"
        "import_pool.load_word_lists()\nimport_pool.load_name_lists()\n"
        "from reader.core.ingest import person_shape\n"
        "assert person_shape.common_word('Übersicht') and not person_shape.common_word('Sandee')\n"
        "from reader.core import word_frequency\n"
        "print('wordfreq' in sys.modules, word_frequency.table.cache_info().currsize)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "2"]

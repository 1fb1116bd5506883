"""The search analysis gives the same terms however its caches stand, and rows kept by any
version are forgotten alike.

The analysis keeps caches (word → stem, chunk → stems, stem → part keys) that fill as words are
first looked up and empty themselves at a size limit. Whatever they hold, the stems of a text
must be those of its tokens one by one, as FTS5's unicode61 tokenizer cuts them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
import Stemmer
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.analysis import terms
from reader.core.analysis import tokens as text
from reader.core.analysis.terms import forget_terms, index_terms
from reader.core.analysis.tokens import Analyser, fold

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))

# Tokens as unicode61 cuts them, spelled out here rather than taken from the code under test.
_TOKENS = re.compile(r"[^\W_]+")
_STEMMERS = {"de": Stemmer.Stemmer("german"), "en": Stemmer.Stemmer("english")}

# Letters, digits, umlauts, accents, CJK, and every kind of separator and edge punctuation.
_ALPHABET = "aeinrstuäöüßéÄÖÜA1 9\n\t\u00a0.,;:!?\"'()-–—/_*„“»«…#@%&+=中文"


def _reference(value: str, lang: str | None) -> list[str]:
    stemmer = _STEMMERS.get(lang or "")
    folded = [fold(token) for token in _TOKENS.findall(value)]
    return [stemmer.stemWord(word) for word in folded] if stemmer else folded


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, max_size=80), st.sampled_from(["de", "en", None]))
def test_stems_are_those_of_the_tokens_one_by_one(value: str, lang: str | None) -> None:
    analyser = Analyser(lang)
    assert analyser.stems_of(value) == _reference(value, lang)  # every word new
    assert analyser.stems_of(value) == _reference(value, lang)  # every word known


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=80), st.sampled_from(["de", "en", None]))
def test_stems_are_right_whoever_tokenised_a_chunk_first(value: str, lang: str | None) -> None:
    """Chunks are tokenised once per process for `tokens_of` and every analyser alike."""
    text._CHUNK_TOKENS.clear()
    assert text.tokens_of(value) == _TOKENS.findall(value)  # the story profile's reading first
    analyser = Analyser(lang)
    assert analyser.stems_of(value) == _reference(value, lang)
    text._CHUNK_TOKENS.clear()
    assert Analyser(lang).stems_of(value) == _reference(value, lang)  # the index's reading first
    assert text.tokens_of(value) == _TOKENS.findall(value)


def test_stems_survive_the_caches_emptying_in_the_middle_of_a_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "_CACHE_LIMIT", 3)
    value = SEEDS[0].read_text(encoding="utf-8")
    analyser = Analyser("de")
    assert analyser.stems_of(value) == _reference(value, "de")
    assert analyser.stems_of(value[::-1]) == _reference(value[::-1], "de")


def test_a_word_looked_up_is_remembered_and_known_stem_only_asks() -> None:
    analyser = Analyser("de")
    assert analyser.known_stem("Lieferketten") is None
    assert analyser.stem("Lieferketten") == "lieferkett"
    assert analyser.known_stem("Lieferketten") == "lieferkett"
    assert analyser.stems_of("Die Lieferketten,") == ["die", "lieferkett"]


def _as_sets(row: terms.IndexTerms) -> tuple[int, int, set[str], set[str], set[str]]:
    head, body = row.head.split(), row.body.split()
    return len(head), len(body), {*head, *body}, set(row.heads.split()), set(row.tails.split())


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_kept_terms_give_every_stem_column_length_and_part_key_of_the_row(seed: Path) -> None:
    value = seed.read_text(encoding="utf-8")
    title, _, body = value.partition("\n")
    row = index_terms(title, body, "de")
    assert row.heads and row.tails  # German seeds have compounds
    assert _as_sets(forget_terms(row.kept)) == _as_sets(row)
    assert len(row.kept) < 0.6 * len(zlib.decompress(row.kept))  # kept compressed


def test_part_keys_are_the_same_when_their_cache_empties(monkeypatch: pytest.MonkeyPatch) -> None:
    value = SEEDS[1].read_text(encoding="utf-8")
    expected = index_terms("", value, "de")
    monkeypatch.setattr(terms, "_PART_KEYS_LIMIT", 2)
    assert index_terms("", value, "de").columns() == expected.columns()


def test_rows_kept_by_earlier_versions_are_still_forgotten() -> None:
    # Schema 5's rows: sorted stems at zlib level 6. "lieferkett" is a compound: head key
    # "0" + "liefer" (all but MIN_PART letters), tail key "1" + "erkett" reversed.
    kept = zlib.compress(b"12 3\x1fdie lieferkett", 6)
    row = forget_terms(kept)
    assert row.columns() == ("die lieferkett", "die lieferkett die", "0liefer", "1ttekre")
    assert row.kept == kept


def test_kept_terms_are_the_same_bytes_in_every_process() -> None:
    """No set order (which differs per process with hash randomisation) reaches the index."""
    script = (
        "import sys; from reader.core.analysis import index_terms; "
        "text = open(sys.argv[1], encoding='utf-8').read(); "
        "print(index_terms(text[:80], text, 'de').kept.hex(), index_terms('', text, 'de').heads)"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, str(SEEDS[2])],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1

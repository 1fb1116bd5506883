"""A parsing worker's shortcuts beyond the parse give the answers of the work they stand in for:
a text's tokens read by white-space chunks (`TOKEN.findall`), a word folded without the umlaut
table when it is ASCII once lower-cased, stems from a Snowball stemmer without PyStemmer's
cache (the analyser keeps each word's stem itself), its words joined by single
spaces without a list of them (`" ".join(text.split())`), case folding on UTF-8 bytes
(`str.casefold`), the duplicate fingerprint built on both, control characters counted in
the text's UTF-8 bytes and the spaces alone when they settle the spacing test. Each fast way is checked against the slow way on text built from
the characters that matter to it; the expected values of the hand-made cases are written by
hand."""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata

import pytest
import Stemmer
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.core.analysis import TOKEN, analyser, fold, tokens_of
from reader.core.analysis.tokens import _UMLAUTS
from reader.core.ingest import decode
from reader.core.ingest.prepare import (
    SUBSTANTIAL_BODY_WORDS,
    body_fingerprint,
    duplicate_fingerprint,
)
from reader.core.text import _OTHER_SPACES, casefold_utf8, single_spaced

# A busy machine is no failure; more examples than the default for the rarer characters.
_SLOW = settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])

# Every white-space character, letters that fold to something else (ß → ss, the Kelvin sign
# → k, İ → i + a dot, ﬁ → fi, Σ → σ, capitals with and without umlauts), ones that fold to
# themselves, digits, underscores and punctuation at a word's edges and inside it.
_SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
_PIECES = [
    *_SPACES, "a", "Ab", "ÄÖÜ", "äöü", "ß", "ẞ", "\u212a", "İ", "ﬁ", "ΣΑΣ", "ς", "Жж", "東京", "é",
    "e\u0301", "42", "3,5", "_", "-", "'", "’", "“", "(", ")", ".", ",", "…", "\u200b", "\xad", "µ",
]  # fmt: skip
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=80).map("".join),
    st.text(max_size=80),
)


def test_the_other_spaces_are_every_white_space_character_but_the_space() -> None:
    assert sorted(_OTHER_SPACES) == sorted(c for c in _SPACES if c != " ")


@_SLOW
@given(_TEXTS)
@example("Merz (CDU), Scholz_SPD und 3,5 %\u2009Prozent")
def test_tokens_are_the_regex_matches(text: str) -> None:
    assert tokens_of(text) == TOKEN.findall(text)


def test_tokens_of_a_line() -> None:
    assert tokens_of("„Merz“ (CDU) traf\u00a0Macron – am 3.\tMai, snake_case.") == [
        "Merz", "CDU", "traf", "Macron", "am", "3", "Mai", "snake", "case",
    ]  # fmt: skip



def _slow_fold(word: str) -> str:
    """`fold` as it was first written: every word through the umlaut table."""
    folded = word.lower().translate(_UMLAUTS)
    if folded.isascii():
        return folded
    bare = "".join(
        c for c in unicodedata.normalize("NFKD", folded) if c.isalnum() and not unicodedata.combining(c)
    )
    return bare or folded


@_SLOW
@given(_TEXTS)
@example("Straße ẞ \u212aelvin İstanbul ÄRGER Müller façade")
def test_fold_is_the_umlaut_table_and_accents_dropped(text: str) -> None:
    for word in [text, *text.split(), *TOKEN.findall(text)]:
        assert fold(word) == _slow_fold(word)


@pytest.mark.parametrize(
    ("word", "folded"),
    [("Merz", "merz"), ("Müller", "mueller"), ("STRASSE", "strasse"), ("Straße", "strasse"),
     ("\u212aelvin", "kelvin"), ("Façade", "facade"), ("ÖVP", "oevp")],
)  # fmt: skip
def test_fold_by_hand(word: str, folded: str) -> None:
    assert fold(word) == folded


@_SLOW
@given(_TEXTS)
@example("Regierungen Müller Straße announced running ministers' façades")
def test_stems_are_those_of_a_stemmer_with_its_cache(text: str) -> None:
    for lang, algorithm in (("de", "german"), ("en", "english")):
        cached = Stemmer.Stemmer(algorithm)  # PyStemmer's default: a cache of 10,000 words
        for token in TOKEN.findall(text):
            assert analyser(lang).stem(token) == cached.stemWord(fold(token))


def test_the_analysers_stemmer_keeps_no_cache_of_its_own() -> None:
    """Each word reaches the stemmer once (`_Stems` keeps its stem), so PyStemmer's cache would
    only be searched and filled in vain: the analyser's stemmer is made without one."""
    stem_word = analyser("de").stem.__self__._stem_word  # type: ignore[attr-defined]
    assert stem_word.__self__.maxCacheSize == 0
    assert analyser("de").stem("Regierungen") == "regier"

@_SLOW
@given(_TEXTS)
@example(" a\n\n b\u3000\u3000c \t")
def test_single_spaced_joins_the_words_of_the_split(text: str) -> None:
    assert single_spaced(text) == " ".join(text.split())


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("", ""),
        (" \n\t ", ""),
        ("one", "one"),
        ("  one   two\n\nthree\u00a0four\u2009five  ", "one two three four five"),
        ("a" + " " * 9 + "b", "a b"),
    ],
)
def test_single_spaced_by_hand(text: str, spaced: str) -> None:
    assert single_spaced(text) == spaced


@_SLOW
@given(_TEXTS)
@example("Straße ẞ \u212aelvin İstanbul ﬁsh ΣΑΣ Ärger")
def test_casefold_utf8_is_the_folded_text_encoded(text: str) -> None:
    assert casefold_utf8(text) == text.casefold().encode("utf-8")


def test_casefold_utf8_by_hand() -> None:
    assert casefold_utf8("Straße, ÄRGER und \u212aelvin") == "strasse, ärger und kelvin".encode()


def _slow_fingerprint(body: str, text: str) -> str:
    """The fingerprint as it was first written: split, join, fold, hash."""
    words = body.split()
    if len(words) < SUBSTANTIAL_BODY_WORDS:
        words = ("whole text\x00" + text).split()
    return hashlib.sha256(" ".join(words).casefold().encode("utf-8")).hexdigest()


@_SLOW
@given(_TEXTS, st.integers(SUBSTANTIAL_BODY_WORDS - 2, SUBSTANTIAL_BODY_WORDS + 1), _TEXTS)
def test_duplicate_fingerprint_is_the_split_words_hashed(body: str, repeat: int, text: str) -> None:
    # Around the threshold of substantial bodies: the body's words counted as the split counts.
    long_body = " ".join([body] * repeat) if body.strip() else "Wort " * repeat
    assert duplicate_fingerprint(long_body, text) == _slow_fingerprint(long_body, text)
    assert duplicate_fingerprint(body, text) == _slow_fingerprint(body, text)


def test_fingerprints_ignore_case_and_spacing() -> None:
    assert body_fingerprint("Die Straße\n\nist  NASS") == body_fingerprint(" die STRASSE ist nass ")
    assert body_fingerprint("Die Straße ist nass") != body_fingerprint("Die Strasse ist nicht nass")


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Characters around the controls' bytes: every control, the characters whose UTF-8 also starts
# with 0xC2 or has a byte 0x80-0x9F (no-break space, «, ä, €, –), a surrogate, a character
# beyond the BMP, and the word separators of the spacing test.
_CONTROL_PIECES = [
    *map(chr, (*range(0x00, 0x20), *range(0x7F, 0xC4))), "\u20ac", "\u2013", "\u0180", "\ud800",
    "\U0001f600", "\u3000", "。", "、", "，", "a", "Wort", " ", " ", " ",
]  # fmt: skip
_CONTROL_TEXTS = st.lists(st.sampled_from(_CONTROL_PIECES), max_size=120).map("".join)


@_SLOW
@given(_CONTROL_TEXTS)
@example("Text\x85 mit\xa0NEL\xc2\x9f und \ud800")
def test_control_characters_are_counted_as_the_pattern_counts_them(text: str) -> None:
    assert decode._control_characters(text) == len(_CONTROLS.findall(text))


def _slow_prose(text: str) -> bool:
    """`_looks_like_prose` as it was written before its shortcuts: every control character
    counted by the pattern, every word separator counted."""
    sample = text[:4096]
    if not sample:
        return False
    controls = len(_CONTROLS.findall(sample))
    spaced = sum(map(sample.count, " \n\t\u3000。、，"))
    if controls > 0.02 * len(sample) + (3 if len(sample) >= 64 else 0):
        return False
    if len(sample) >= 24 and not spaced:
        return False
    return len(sample) < 200 or spaced * 50 >= len(sample)


# Texts around every threshold of the rule: 24, 64 and 200 characters long and the 4,096 of
# the sample, with a space in 50 characters (more or fewer), other separators, a few controls.
_PROSE_TEXTS = st.builds(
    lambda word, spaces, separators, controls, repeat: (word + " " * spaces + separators + controls) * repeat,
    st.text(alphabet="abcXYZäß東", min_size=1, max_size=60),
    st.integers(0, 2),
    st.sampled_from(["", "\n", "\t", "\u3000", "。", "、\n"]),
    st.sampled_from(["", "\x01", "\x85", "\x07\x1b", "\xa0"]),
    st.integers(1, 200),
)


@_SLOW
@given(st.one_of(_PROSE_TEXTS, _CONTROL_TEXTS))
@example("x" * 49 + " ")
@example("x" * 50 + " " + "y" * 200)
@example(("x" * 48 + " ") * 100)
@example(("x" * 55 + " \n") * 10)  # a space in 57 characters, and a line break: prose
@example(("x" * 55 + " ") * 10)  # a space in 56 characters alone: not
def test_looks_like_prose_answers_as_every_separator_and_control_counted(text: str) -> None:
    assert decode._looks_like_prose(text) is _slow_prose(text)


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("Ein ganz normaler Satz mit Wörtern und Leerzeichen. " * 8, True),
        # Control characters in a long text: more than 2 % of it is noise, a few are not.
        ("Worte\x01\x02\x03\x04 " * 40, False),
        ("Worte und noch mehr Worte " * 20 + "\x07\x1b\x85", True),
    ],
)
def test_looks_like_prose_counts_control_characters(text: str, prose: bool) -> None:
    assert decode._looks_like_prose(text) is prose


def test_a_file_for_the_writer_is_the_file_without_its_blocks() -> None:
    """What a worker hands the writer is `dataclasses.replace`'s copy without the blocks, on
    the committed dev pages (.txt) and the web page readers' own (a URL, tags, an agency)."""
    from dataclasses import fields, replace
    from pathlib import Path

    from reader.core.ingest.prepare import prepare_file

    data = Path(__file__).parents[1] / "data"
    pages = sorted(data.glob("devsample/*/*.txt"))[:12] + sorted(data.glob("html/*.html"))[:6]
    assert len(pages) >= 15
    for page in pages:
        prepared = prepare_file(page)
        slim = prepared.for_writer()
        assert slim == replace(prepared, article=replace(prepared.article, blocks=())), page.name
        assert slim.article.blocks == () and prepared.article.blocks, page.name
        for f in fields(prepared.article):
            if f.name != "blocks":
                assert getattr(slim.article, f.name) == getattr(prepared.article, f.name), f.name

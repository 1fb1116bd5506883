"""The per-line evidence of the body model (`line_evidence`), checked on hand-made lines.

Expected values are counted by hand from the lines: the evidence is a tuple in the order of
`line_evidence`'s return (inner sentence marks, commas, digits, capitalised words, link,
separators, capitals, section end).
"""

from __future__ import annotations

import math

import pytest

from reader.core.ingest.language import words
from reader.core.ingest.line_evidence import line_evidence

_INNER, _COMMAS, _DIGITS, _CAPITALISED, _LINK, _SEPARATORS, _UPPER, _WALL = range(8)


def _evidence(line: str) -> tuple[float, ...]:
    return line_evidence(line, len(words(line)))


@pytest.mark.parametrize(
    ("line", "digits"),
    [
        ("Posted 05/06/21 by anna", 6),  # ASCII: 0 5 0 6 2 1
        ("Zürich, 12. März 2020", 6),  # umlauts: their bytes are no digits
        ("Ausgabe ١٢:٣٠", 0),  # Arabic-Indic digits are not counted
        ("Keine Zahl in dieser Zeile", 0),
    ],
)
def test_digits_are_the_share_of_ascii_digits(line: str, digits: int) -> None:
    assert _evidence(line)[_DIGITS] == pytest.approx(digits / len(line))


def test_capitals_are_counted_in_latin_and_other_scripts() -> None:
    # "NEWS Menu": 5 capitals among 9 characters of 2 words -> 5 / (9 - 2 + 1).
    assert _evidence("NEWS Menu")[_UPPER] == pytest.approx(5 / 8)
    # "Über Öl": Ü and Ö, 7 characters, 2 words -> 2 / 6.
    assert _evidence("Über Öl")[_UPPER] == pytest.approx(2 / 6)


def test_inner_sentence_marks_and_commas() -> None:
    line = "Er kam. Sie ging, und er blieb; dann regnete es."
    evidence = _evidence(line)
    assert evidence[_INNER] == pytest.approx(math.log1p(2))  # ". " and "; ", not the last "."
    assert evidence[_COMMAS] == pytest.approx(5 / 10)  # one comma in ten words, times five


def test_links_separators_and_section_ends() -> None:
    assert _evidence("Mehr unter www.example.org")[_LINK] == 1.0
    assert _evidence("Start | Politik | Sport | Kultur")[_SEPARATORS] == 1.0
    assert _evidence("Kommentare")[_WALL] == 1.0
    assert _evidence("Die Kommentare der Leser werden geprüft.")[_WALL] == 0.0


@pytest.mark.parametrize(
    ("line", "capitalised", "words_in_head"),
    [
        ("Read More From Our Partners", 5, 5),  # ASCII, the first word capitalised too
        ("the Senate and the House met", 2, 6),  # ASCII, first word in lower case
        ("Über die Brücke in Köln", 3, 5),  # Ü, B and K start words
        ("Posted by\tAnna Smith", 3, 3),  # P, and A after a tab, S: two spaces make 3 words
    ],
)
def test_capitalised_words_are_the_share_of_words_that_start_with_a_capital(
    line: str, capitalised: int, words_in_head: int
) -> None:
    # Words are counted by the spaces in the line; a capital after any white space counts.
    assert _evidence(line)[_CAPITALISED] == pytest.approx(capitalised / words_in_head)

"""`line_evidence` counts alike whichever of its ways a line takes: a Latin-1 line (byte
classes), a line with characters beyond Latin-1 (its head encoded with "?" for them, or the
regexes where it has a Greek or Cyrillic capital), an ASCII or a non-ASCII line's marks.

Each expected value is counted by hand from the line. The pairs differ only in one character
that is neither a capital, a digit nor a space (a straight or a curly quote), so the Latin-1
line and its twin beyond Latin-1 must agree.
"""

from __future__ import annotations

import math

import pytest

from reader.core.ingest.line_evidence import line_evidence

_INNER, _DIGITS, _CAPITALISED, _UPPER = 0, 2, 3, 6


@pytest.mark.parametrize("quote", ['"', "“"])  # Latin-1 head / a head beyond Latin-1
def test_latin_capitals_count_in_either_head(quote: str) -> None:
    line = f"Ärger in Øresund {quote}Þing{quote} 42 × ßtraße"
    # Capitals Ä, Ø, Þ (× and ß are no capitals): 3 among 35 characters of 7 words.
    evidence = line_evidence(line, 7)
    assert evidence[_UPPER] == pytest.approx(3 / (35 - 7 + 1))
    # Words starting with a capital: Ärger (line start) and Øresund; "Þing" starts with a quote.
    assert evidence[_CAPITALISED] == pytest.approx(2 / 7)
    assert evidence[_DIGITS] == pytest.approx(2 / 35)  # 4 and 2


def test_non_latin_capitals_still_count() -> None:
    line = "Ärger in Москве и Athen"
    # Ä, М and A are capitals and start words (5 words); "и" is lower case.
    evidence = line_evidence(line, 5)
    assert evidence[_UPPER] == pytest.approx(3 / (len(line) - 5 + 1))
    assert evidence[_CAPITALISED] == pytest.approx(3 / 5)


@pytest.mark.parametrize(
    ("line", "marks"),
    [
        ("Er kam. Sie ging; dann Regen.", 2),  # ASCII: ". " and "; ", not the last "."
        ("Er kam. Sie ging über die Brücke! Dann Regen.", 2),  # non-ASCII, same marks
        ("東京。大阪！ 名古屋？ Ende. Schluss", 4),  # three CJK marks anywhere, one ". "
        ("Ende.\tNächster Satz. Schluss", 2),  # not printable: a full stop before any space
    ],
)
def test_inner_sentence_marks(line: str, marks: int) -> None:
    assert line_evidence(line, 5)[_INNER] == pytest.approx(math.log1p(marks))

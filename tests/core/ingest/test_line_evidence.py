"""The per-line evidence of the body model (`line_evidence`), checked on hand-made lines."""

from __future__ import annotations

import pytest

from reader.core.ingest.language import words
from reader.core.ingest.line_evidence import line_evidence

# Where "dated" stands in the evidence tuple (see `line_evidence`'s return).
_DATED = 8


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Kommentar vom 12.3.2020", True),
        ("Posted 05/06/21 by anna", True),
        ("Archiv 1.1.20", True),
        ("Archive 1999", True),
        ("Stand 2024 -", True),
        ("Heute, 12:30", True),
        ("um 9:05 Uhr", True),
        ("Ausgabe ١٢:٣٠", True),  # Arabic-Indic digits are digits too
        ("Preis 1850 Euro", False),  # a number, no year of 19xx/20xx
        ("Code x1999 und 2019a", False),  # digits inside a word
        ("Nummer 20199", False),
        ("Stand 1:305", False),
        ("Mitglied seit ²1999", False),  # a superscript is no word boundary
        ("Keine Zahl in dieser Zeile", False),
    ],
)
def test_short_line_with_a_date_or_time_is_dated(line: str, dated: bool) -> None:
    evidence = line_evidence(line, len(words(line)))
    assert evidence[_DATED] == (1.0 if dated else 0.0)


def test_long_line_is_not_dated() -> None:
    line = "Am 12.3.2020 sagte die Ministerin, dass die Reform " + "weiter " * 12 + "gehen werde."
    assert line_evidence(line, len(words(line)))[_DATED] == 0.0

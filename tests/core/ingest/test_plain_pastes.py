"""Texts a consultant pastes that read right and must stay so: a text copied on Windows (CRLF
line ends, non-breaking spaces before "%" and between words) and a text of one long paragraph.
Every line is kept and the title is the one a reader expects."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest import prepare_bytes
from reader.core.ingest.article import BlockRole

PASTES = Path(__file__).parents[2] / "data" / "pastes"


@pytest.mark.parametrize(("name", "title", "text"), [
    ("crlf_nbsp_de.txt", "Zölle auf Stahl",
     ["Die neuen Zölle\xa0auf Stahl gelten ab Februar. Das betrifft rund 20\xa0% der Exporte.",
      "Die Lieferanten in Polen sind informiert, neue Angebote kommen bis Freitag."]),
    ("crlf_nbsp_en.txt", "Steel tariffs",
     ["The new tariffs of 25\xa0% apply from February.", "Suppliers\xa0in Poland have been told.",
      "New quotes are due on Friday."]),
])  # fmt: skip
def test_a_text_with_windows_line_ends_and_non_breaking_spaces(name: str, title: str, text: list[str]) -> None:
    assert b"\r\n" in (PASTES / name).read_bytes()
    article = prepare_bytes((PASTES / name).read_bytes(), "Eingefügt.txt").article
    assert (article.title, article.title_derived) == (title, False)
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == text


@pytest.mark.parametrize(("name", "title"), [
    ("one_paragraph_de.txt", "Die Bundesregierung rechnet damit, dass die neuen US-Zölle auf Stahl ab…"),
    ("one_paragraph_en.txt", "The government expects the new US steel tariffs to apply from February and to…"),
])  # fmt: skip
def test_a_text_of_one_long_paragraph_is_its_text_titled_by_its_start(name: str, title: str) -> None:
    paragraph = (PASTES / name).read_text(encoding="utf-8").strip()
    prepared = prepare_bytes(paragraph.encode("utf-8"), "Eingefügt.txt")
    assert (prepared.article.title, prepared.article.title_derived) == (title, True)
    assert prepared.reading_text == paragraph

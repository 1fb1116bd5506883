"""A site named by its last word ("… Bridge", "… Stadium") begins at its own first capitalised
word: the noun and article before it ("Einsturz der", "Traffic on the") are no part of it."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _places(text: str, lang: str) -> set[str]:
    return {e.name for e in extract(text, lang) if e.kind is EntityKind.PLACE}


@pytest.mark.parametrize(
    ("text", "lang", "site"),
    [
        ("Seit dem Einsturz der Carola Brücke fahren die Straßenbahnen einen Umweg.", "de",
         "Carola Brücke"),
        ("Die Sanierung der Westend Bridge dauert noch bis zum Herbst.", "de",
         "Westend Bridge"),
        ("Traffic on the Harbour Gate Bridge was halted for six hours on Friday.", "en",
         "Harbour Gate Bridge"),
        ("Repairs to the Millbrook Lake Bridge will start in spring.", "en",
         "Millbrook Lake Bridge"),
    ],
)  # fmt: skip
def test_a_site_starts_at_its_own_name(text: str, lang: str, site: str) -> None:
    places = _places(text, lang)
    assert site in places, places


def test_a_site_without_an_article_stays_whole() -> None:
    """Three capitalised words and the head: one name, whole."""
    assert "Pier Seven Bridge" in _places("Cyclists crossed Pier Seven Bridge at dawn.", "en")

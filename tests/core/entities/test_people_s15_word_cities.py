"""A city's other name that is an everyday word of English and German alike is the word in
every text that writes it: "Gold" (one of Gold Coast's names) in "gewann sie Gold im Einzel"
or "Chrome, Gold und Kupfer" is no place; the city's own name stays. Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PLACE}


def test_gold_is_a_medal_not_a_city() -> None:
    assert "Gold" not in _places("Bei der WM gewann sie Gold im Einzel und Silber.", "de")
    assert "Gold" not in _places("Es gibt drei Farben: Chrome, Gold und Kupfer.", "de")


def test_the_city_by_its_own_name_stays() -> None:
    assert "Gold Coast" in _places("She moved to Gold Coast last year.", "en")

"""A language's name after a preposition of place is the language, not a place no gazetteer
knows ("Unterricht in Sinhala", "written in Tamil"); an unknown town after one stays a place
("nach Tangalle", "near Jaffna"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PLACE}


def test_a_language_after_in_is_no_place() -> None:
    places = _places("Kumara gibt mir Unterricht in Sinhala. Dann fahren wir nach Tangalle.", "de")
    assert "Sinhala" not in places
    assert "Tangalle" in places
    english = _places("The sign was written in Tamil and in Sinhala, near Jaffna.", "en")
    assert not {"Tamil", "Sinhala"} & english
    assert "Jaffna" in english

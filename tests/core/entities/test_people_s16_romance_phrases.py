"""A run opened by an everyday word of Spanish, Portuguese, Italian or French that no one
bears as a first name, and closed by a word of those languages too, is a work's, a body's or a wine's name quoted in its language, no person ("das Bündnis
Alianza Popular", "im Stück Manzanas Prohibidas", "Vigna Rondell"); a first name written
without its accents ("Maximo Gonzalez", "Anais Bescond") and a surname of none of those
languages ("Cene Prevc") keep the person. Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_a_romance_phrase_is_no_person() -> None:
    people = _people(
        "Die Opposition und das Bündnis Alianza Popular verhandelten. Im Stück Frutas "
        "Prohibidas tanzen drei Frauen, sagt Anna Berger.",
        "de",
    )
    assert people == {"Anna Berger"}


def test_first_names_without_accents_and_other_surnames_stay() -> None:
    people = _people(
        "Im Doppel siegten Maximo Gonzalez und Anais Bescond. Cene Prevc sprang weit.", "de"
    )
    assert {"Maximo Gonzalez", "Anais Bescond", "Cene Prevc"} <= people

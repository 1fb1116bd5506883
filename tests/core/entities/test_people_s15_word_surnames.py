"""In German text an everyday word after a first name is a surname ("Gunthild Schön", "Hanna
Sommer"): German writes the noun or the adjective there only as the name. A first name that
is a German word too still opens no name ("Heide Sommer", the heath). Hand-written
sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PERSON}


def test_an_everyday_word_after_a_first_name_is_a_surname() -> None:
    people = _people(
        "Gestern blätterte Gunthild Schön in einem Buch. Danach sagte Hanna Sommer, sie "
        "komme wieder."
    )
    assert {"Gunthild Schön", "Hanna Sommer"} <= people


def test_after_a_first_name_that_is_a_german_word_it_is_none() -> None:
    people = _people("Im August blüht die Lüneburger Heide. Über der Heide Sommer und Sonne.")
    assert "Heide Sommer" not in people

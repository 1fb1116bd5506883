"""A German verb's stem opening a hyphenated compound ("Impf-Gipfel", "Streik-Gipfel") names
no body, though the compound's last part is one a body's name opens ("Apec-Gipfel",
"Siemens-Chef")."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract
from reader.core.entities.german_words import verb_stem


def _orgs(text: str) -> set[str]:
    return {e.name for e in extract(text, "de") if e.kind is EntityKind.ORG}


def test_a_verb_stem_before_a_summit_is_no_body() -> None:
    text = "Nach dem Lieferstopp: Impf-Gipfel auf Freitag verschoben. Die Länder beraten weiter."
    assert "Impf" not in _orgs(text)


def test_a_body_before_a_summit_stays_one() -> None:
    assert "Apec" in _orgs("Der Apec-Gipfel beginnt am Montag in Lima.")


def test_stems_and_names() -> None:
    assert verb_stem("Impf")
    assert verb_stem("Streik")
    assert not verb_stem("Amazon")
    assert not verb_stem("Siemens")

"""Campaigning and aid organisations whose names say nothing of what they are ("Human Rights
Watch", "Global Witness", "Ärzte ohne Grenzen") are organisations wherever the text names
them, whole; inside a German compound they are left to the compound rules. Hand-written
sentences in both languages; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_named_ngos_are_organisations_in_english() -> None:
    text = (
        "Human Rights Watch said the report was accurate. Global Witness and Greenpeace "
        "agreed, as did Save the Children and Doctors Without Borders."
    )
    assert _orgs(text, "en") == {
        "Human Rights Watch",
        "Global Witness",
        "Greenpeace",
        "Save the Children",
        "Doctors Without Borders",
    }


def test_named_ngos_are_organisations_in_german() -> None:
    text = (
        "Ärzte ohne Grenzen und Reporter ohne Grenzen kritisierten das, ebenso Foodwatch "
        "und Germanwatch. Die Demonstranten von Fridays for Future zogen zum Rathaus."
    )
    assert {
        "Ärzte ohne Grenzen",
        "Reporter ohne Grenzen",
        "Foodwatch",
        "Germanwatch",
        "Fridays for Future",
    } <= _orgs(text, "de")


def test_a_word_of_a_name_alone_is_none() -> None:
    text = "The watch of a human is no rights watch, and the global witness saw nothing."
    assert _orgs(text, "en") == set()

"""Session 32: a German body's name that opens with halves of words sharing the last one's end
("Industrie- und Handelskammer Regensburg") is one name from its first half; two acronyms so
joined ("SPD- und CDU-Politiker") stay apart. A body's town named by its river takes the whole
town's name ("Landgericht Frankfurt am Main"), not a day after it. Made-up sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Industrie- und Handelskammer Regensburg sieht Risiken.",
         "Industrie- und Handelskammer Regensburg"),
        ("Das Forschungs- und Entwicklungszentrum Jena wird erweitert.",
         "Forschungs- und Entwicklungszentrum Jena"),
        ("Sie lobte das Sozial- und Gesundheitsministerium Sachsen.",
         "Sozial- und Gesundheitsministerium Sachsen"),
        ("Das Umwelt-, Energie- und Klimaministerium Hessen widersprach.",
         "Umwelt-, Energie- und Klimaministerium Hessen"),
    ],
)  # fmt: skip
def test_halves_before_a_body_are_its_name(text: str, name: str) -> None:
    assert _orgs(text) == {name}


def test_two_acronyms_joined_so_are_no_halves() -> None:
    assert "SPD- und CDU" not in _orgs("SPD- und CDU-Politiker stritten über den Haushalt.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das Landgericht Frankfurt am Main wies die Klage ab.", "Landgericht Frankfurt am Main"),
        ("Die Industrie- und Handelskammer Frankfurt am Main warnt vor Engpässen.",
         "Industrie- und Handelskammer Frankfurt am Main"),
    ],
)  # fmt: skip
def test_a_body_takes_its_whole_town(text: str, name: str) -> None:
    assert _orgs(text) == {name}


def test_a_day_after_a_body_is_no_part_of_its_town() -> None:
    assert _orgs("Die Stadtwerke Frankfurt am Montag erhöhten die Preise.") == {
        "Stadtwerke Frankfurt"
    }

"""Session 28: a first name, a family name's particle ("van", "ter", "da", "dos") and
surnames, or a surname and an heir's word ("Filho"), are one person even where the surname is
a town's or a word's (made-up people; hand-written sentences)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Am Montag hat Henrike van Rheinberg den Vortrag gehalten.",
            "de",
            "Henrike van Rheinberg",
        ),
        (
            "Die Klägerin Ana Luiza da Costa Barros zog vor Gericht.",
            "de",
            "Ana Luiza da Costa Barros",
        ),
        ("Der Dekan Mauro Madeira Filho lud zur Sitzung.", "de", "Mauro Madeira Filho"),
        (
            "Nach Pieter van der Brugges Rücktritt blieb der Posten offen.",
            "de",
            "Pieter van der Brugge",
        ),
        ("The court heard Carla dos Reis Pinto on Monday.", "en", "Carla dos Reis Pinto"),
    ],
)
def test_a_name_with_a_particle_is_one_person(text: str, lang: str, name: str) -> None:
    assert _kinds(text, lang).get(name) is EntityKind.PERSON


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Die Reise ging von Rio de Janeiro nach Süden.", "de", "Rio de Janeiro"),
        ("Pilgrims walk to Santiago de Compostela each summer.", "en", "Santiago de Compostela"),
    ],
)
def test_a_town_with_a_particle_stays_a_place(text: str, lang: str, place: str) -> None:
    assert EntityKind.PERSON not in _kinds(text, lang).values()


def test_a_german_article_is_no_particle() -> None:
    kinds = _kinds("Am Dienstag besuchte Wanjiru Kamau das Lager in Kakuma.", "de")
    assert "Wanjiru Kamau das Lager" not in kinds


def test_a_ship_named_after_a_person_is_no_person() -> None:
    text = "Der Flugzeugträger Charles de Gaulle lief am Morgen aus."
    assert EntityKind.PERSON not in _kinds(text, "de").values()


def test_three_given_names_before_the_particle() -> None:
    text = "Die Rede hielt Präsident José Carlos Inácio da Silva in Brasília."
    assert _kinds(text, "de").get("José Carlos Inácio da Silva") is EntityKind.PERSON


def test_a_particle_with_a_capital_after_an_employer() -> None:
    text = "WKRT Radio NHL Insider Jason La Morrica has reported that the league will fine him."
    assert _kinds(text, "en").get("Jason La Morrica") is EntityKind.PERSON

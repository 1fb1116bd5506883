"""A German word after "aus" or "in" that is English's noun for a material or a substance
("aus Kork", "aus Propan, Butan", "aus Methanol") is no place the gazetteers do not know, while a
foreign place German names stays one ("aus Afrin", "nach Gorleben"); and an English noun that
is only another language's name of a city ("Logos" for Lagos, "Kali" for Cali, "Para" for
Belém) is no mention of that city, as the everyday German "Dabei" is none of Dubai. Expected
values read off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _places(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PLACE}


@pytest.mark.parametrize(
    "text",
    [
        "Die Sohlen der neuen Wanderschuhe sind aus Kork und recyceltem Gummi gefertigt.",
        "Flüssiggas besteht aus Propan, Butan und deren Gemischen und wird schnell flüssig.",
        "Der Reeder will seine Schiffe künftig mit Kraftstoff aus Methanol betreiben.",
        "Die Arbeitsplatte ist aus Granit, die Fronten sind lackiert.",
    ],
)
def test_a_material_after_aus_is_no_place(text: str) -> None:
    assert _places(text, "de") == set()


def test_a_foreign_place_after_aus_or_nach_stays_one() -> None:
    text = "Die Familie floh aus Afrin, der Castor-Transport rollte nach Gorleben."
    assert _places(text, "de") == {"Afrin", "Gorleben"}


def test_the_materials_beside_a_known_place_leave_it_alone() -> None:
    text = "Die Firma aus Hamburg liefert Gaskartuschen mit Butan und Propan."
    assert _places(text, "de") == {"Hamburg"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kali und Salz werden im Werra-Revier seit hundert Jahren abgebaut.", "de"),
        ("The Logos team met on Tuesday to plan the next release.", "en"),
        ("Para athletes from 40 nations will compete, and Para cycling starts Monday.", "en"),
    ],
)
def test_an_english_noun_naming_a_city_in_another_language_is_no_city(
    text: str, lang: str
) -> None:
    assert _places(text, lang) == set()


def test_the_cities_by_their_own_and_their_german_names_stay() -> None:
    english = "Flights to Lagos, Cali and Medina resumed on Monday."
    assert _places(english, "en") == {"Lagos", "Cali", "Medina"}
    german = "Er flog über Kairo und Mailand nach Peking."
    assert _places(german, "de") == {"Kairo", "Mailand", "Peking"}

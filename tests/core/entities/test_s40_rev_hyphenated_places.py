"""A hyphenated place after a preposition stays a place (review of session 40): the rule that
"aus Bio-Baumwolle" names no place "Bio" must leave the places written with a hyphen, and "aus
Nord-Korea" listed the Burkinabe region "Nord" and South Korea (the gazetteer's "Korea") where
the text meant North Korea, "Nordkorea"."""

from __future__ import annotations

import pytest

from reader.core.entities import extract


def _places(text: str) -> set[str]:
    return {f.name for f in extract(text + "\n", "de") if f.kind.value == "place"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Familie zog im Frühjahr nach Baden-Württemberg um.", "Baden-Württemberg"),
        ("Der Minister kommt aus Sachsen-Anhalt und sprach lange.", "Sachsen-Anhalt"),
        ("Die Wahl in Rheinland-Pfalz war knapp.", "Rheinland-Pfalz"),
        ("Die Milch kommt aus Bio-Deutschland, sagt der Händler.", "Deutschland"),
    ],
)
def test_a_hyphenated_place_after_a_preposition_stays(text: str, place: str) -> None:
    assert _places(text) == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Flüchtlinge kamen aus Nord-Korea über die Grenze.", "Nordkorea"),
        ("Er reiste im Mai nach Nord-Irland.", "Nordirland"),
        ("Die Hilfe geht nach Süd-Sudan.", "Südsudan"),
    ],
)
def test_a_compass_word_hyphenated_to_a_country_is_that_country(text: str, place: str) -> None:
    assert _places(text) == {place}

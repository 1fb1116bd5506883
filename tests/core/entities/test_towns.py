"""Smaller towns read as places after a preposition of place (`entities.towns`), checked on
hand-written sentences naming real towns: GeoNames' towns of German-speaking lands from 1,000
people and its cities of 15,000 people the gazetteer leaves out."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.town_list import TOWNS


def _places(text: str, lang: str) -> dict[str, str]:
    return {f.name: f.key for f in extract(text, lang) if f.kind is EntityKind.PLACE}


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        ("Beim Weltcup in Hochfilzen wurde sie Sechste.", "de", "Hochfilzen"),
        ("Platz 38 bei der Verfolgung von Östersund brachte drei Punkte.", "de", "Östersund"),
        ("Er war Erzbischof von Polotsk.", "de", "Polotsk"),
        ("She finished sixth at the World Cup in Hochfilzen.", "en", "Hochfilzen"),
    ],
)
def test_a_smaller_town_after_a_preposition_of_place_is_a_place(
    text: str, lang: str, town: str
) -> None:
    assert _places(text, lang).get(town, "").startswith("city:")


def test_a_dateline_and_a_mention_of_a_small_town_are_one_place() -> None:
    text = "HOCHFILZEN – Der Weltcup kehrt zurück. Die Rennen in Hochfilzen beginnen am Freitag."
    found = [f for f in extract(text, "de") if f.kind is EntityKind.PLACE]
    assert [f.name for f in found] == ["Hochfilzen"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Athletin Hochfilzen gewann.",  # no preposition: a name of anything
        "Zuletzt Rang 16 im Sprint von Nove Mesto na Morave.",  # a longer name goes on
    ],
)
def test_no_town_without_a_preposition_or_inside_a_longer_name(text: str) -> None:
    assert not {"Hochfilzen", "Nove"} & set(_places(text, "de"))


def test_the_list_holds_small_towns_and_no_nouns_or_known_places() -> None:
    names = {line.split("\t")[0] for line in TOWNS.splitlines()}
    assert {"Hochfilzen", "Oberhaching", "Simmelsdorf"} <= names
    assert not {"Kork", "Tiergarten", "Berlin", "Garten"} & names

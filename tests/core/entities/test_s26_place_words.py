"""A German noun or verb is no foreign city's other name: "Kita" (one of Quito's, and a ward
of Tokyo), "Landen" (one of London's), "Kanton" (Guangzhou's old one), "Rast" (Rasht's),
"Mosel" (one of Mosul's: the river). German inflects them ("landet", "Kitas"), which a city's
German name is not ("Moskau", "Prag", "Kairo" stay, and "Londons" is London's genitive).
Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract
from reader.core.entities.places import gazetteer


def test_german_words_are_no_foreign_cities() -> None:
    found = extract(
        "Kita und Schule öffnen nach den Ferien wieder, teilte die Stadt mit. Eltern von "
        "Kita-Kindern hatten sich beschwert. Landen in Frankfurt ist nachts verboten. Rast "
        "machen die Wanderer am See. Mosel, Saar und Ruwer sind Weinregionen.",
        "de",
    )
    keys = {f.key for f in found if f.kind is EntityKind.PLACE}
    cities = gazetteer()
    for city in ("Quito", "London", "Rasht", "Mosul"):
        assert cities[city].key not in keys, city
    assert cities["Frankfurt"].key in keys


def test_german_names_of_foreign_cities_stay() -> None:
    found = extract(
        "Die Delegation reiste von Moskau über Prag nach Kairo. Londons Bürgermeister "
        "empfing sie später in Mailand.",
        "de",
    )
    places = {f.name: f.key for f in found if f.kind is EntityKind.PLACE}
    assert {"Moskau", "Prag", "Kairo", "Mailand"} <= set(places)
    assert places["Londons"] == gazetteer()["London"].key


def test_the_gazetteer_keeps_the_names_and_drops_the_words() -> None:
    names = gazetteer()
    for word in ("Kita", "Kitas", "Landen", "Kanton", "Rast"):
        assert word not in names or not names[word].key.startswith("city:"), word
    assert names["Mosel"].key.startswith("landmark:")
    for name in ("Moskau", "Prag", "Kairo", "Tokio", "Londons", "Lissabon", "Warschau"):
        assert names[name].key.startswith("city:"), name

"""German streets written in one word are places when the text uses them as addresses: a house
number after them or an article before them. Sentences from the s23 and earlier dev texts;
expected names are the gold's spans."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PLACE}


def test_abbreviated_streets_before_a_house_number() -> None:
    text = (
        "Ort: Rosi`s Bar & Restaurant, Martha-Brautzsch-Str. 10, Halle/Saale\n"
        "Ort: Kornhaus Dessau, Kornhausstr. 146, Dessau"
    )
    assert {"Martha-Brautzsch-Str.", "Kornhausstr."} <= _places(text)


def test_streets_after_an_article() -> None:
    text = (
        "Man radelt auf der Lückstraße Richtung Osten. Auf Höhe der Emanuelstraße führt rechts "
        "ein Fußweg entlang. An der Kreuzung zur Waldowallee links einbiegen."
    )
    assert {"Lückstraße", "Emanuelstraße", "Waldowallee"} <= _places(text)


def test_kinds_of_road_and_bare_nouns_are_no_streets() -> None:
    text = (
        "Die Autostraße war voll, und wir standen in der Sackgasse. "
        "Die Fußgängerzone wird als Einkaufsstraße kaum wahrgenommen."
    )
    assert _places(text) == set()

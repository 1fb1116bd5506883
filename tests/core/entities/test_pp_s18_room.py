"""German "Platz" as room, not a square (german_nouns.py): room for a number of people or
things ("sechs Personen Platz") or room taken ("im Auditorium Platz genommen"); a square's name
stays one however its sentence goes on ("Der Rote Platz hat …"). Hand-written sentences;
expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PLACE}


def test_room_for_a_number_is_no_square() -> None:
    assert not _places("Im Boot haben zwölf Gäste Platz, im Zelt finden 40 Betten Platz.")


def test_room_taken_is_no_square() -> None:
    assert not _places("Danach hat sie im Publikum Platz genommen und zugehört.")


def test_squares_stay_places() -> None:
    places = _places(
        "Wir trafen uns am Potsdamer Platz. Der Rote Platz hat viele Besucher, und am Pariser "
        "Platz bietet ein Café Kuchen."
    )
    assert {"Potsdamer Platz", "Rote Platz", "Pariser Platz"} <= places

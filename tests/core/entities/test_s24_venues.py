"""The words opening an address line before ", <street> <number>" name the venue there, an
organisation whatever its words are ("Kornhaus Dessau"); a line of prose before the street
names none. Lines from an s23 dev text; expected names are the gold's spans."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_venues_before_their_street() -> None:
    text = (
        "Ort: Ort: Rosi`s Bar & Restaurant, Martha-Brautzsch-Str. 10, Halle/Saale\n"
        "Ort: Kornhaus Dessau, Kornhausstr. 146, Dessau"
    )
    assert _orgs(text) == {"Rosi`s Bar & Restaurant", "Kornhaus Dessau"}


def test_no_venue_in_a_line_of_prose() -> None:
    assert _orgs("Wir trafen uns im Kornhaus Dessau, Kornhausstr. 146, am Abend.") == set()

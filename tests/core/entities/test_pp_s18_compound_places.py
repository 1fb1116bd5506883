"""A place joined by hyphens with a name no list knows is the whole district or region
(compound_places.py) when the sentence names places ("die Landkreise Miesbach,
Bad-Tölz-Wolfratshausen und Weilheim-Schongau", "in Beelitz-Heilstätten"); a noun joined to a
place ("Bayern-Spieler", "Rivers-Vertreterin", "Pest-Reglemente"), two known places
("Berlin-Mitte") and a compound inside a longer name ("Circuit de Barcelona-Catalunya") stay
as they were. Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PLACE}


def test_districts_named_by_their_towns() -> None:
    places = _places(
        "Mitmachen wollen die Landkreise Starnberg, Bad-Tölz-Wolfratshausen und "
        "Weilheim-Schongau. Wir wohnen in Garmisch-Partenkirchen."
    )
    assert {"Bad-Tölz-Wolfratshausen", "Weilheim-Schongau"} <= places
    assert not {"Wolfratshausen", "Weilheim"} & places


def test_a_noun_joined_to_a_place_is_no_district() -> None:
    places = _places(
        "Im Landkreis sprach der Bayern-Spieler mit der Rivers-Vertreterin über Hilfe."
    )
    assert "Bayern-Spieler" not in places and "Rivers-Vertreterin" not in places


def test_without_places_named_a_compound_stays_a_noun() -> None:
    places = _places("Die frühneuzeitlichen Pest-Reglemente galten lange.")
    assert "Pest-Reglemente" not in places


def test_two_known_places_or_a_longer_name_stay() -> None:
    places = _places(
        "Im Bezirk Berlin-Mitte wohnt sie; gefahren wird in Spanien auf dem Circuit de "
        "Barcelona-Catalunya."
    )
    assert "Berlin-Mitte" not in places and "Barcelona-Catalunya" not in places

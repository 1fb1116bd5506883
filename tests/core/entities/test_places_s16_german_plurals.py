"""A region whose name is the plural of a common German noun ("Marken", the German name of Le
Marche, of "Marke") is the region in German text only with a place's evidence beside it ("in
Marken und Umbrien"); elsewhere it is the noun ("Viele Marken", "neue Marken"). A place's
genitive ("Europas") and regions named otherwise stay ("Sachsen", "Maule", "Bayern").
Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PLACE}


def test_a_nouns_plural_is_no_region() -> None:
    places = _places(
        "Im Handel gibt es immer neue Marken und Produktlinien. Marken wollen wachsen, und "
        "viele Marken werben laut.",
        "de",
    )
    assert not places


def test_the_region_with_a_preposition_of_place_stays() -> None:
    assert "Marken" in _places("Die Beben richteten in Marken und Umbrien Schäden an.", "de")


def test_genitives_and_regions_named_otherwise_stay() -> None:
    assert _places("Die Firma zog von Sachsen nach Kalifornien, ins Herz Europas.", "de") == {
        "Sachsen",
        "Kalifornien",
        "Europa",
    }
    # no plural: a rare name ending so ("Maule": "Maul" + "e"), a stem English writes too
    # ("Bayern": "Bayer")
    assert _places("Maule ist bekannt für Wein. Bayern wählt im Herbst.", "de") == {
        "Maule",
        "Bayern",
    }

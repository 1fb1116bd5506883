"""A name ending in what a firm or a house is ("Zurek Design", "Waterworth Interiors",
"Santa Fe Animal Shelter", "Aberdeen Royal Infirmary", "San Luis Lodges") is an
organisation, and one ending in a kind of site ("Ryman Auditorium", "Flos Showroom",
"Luganer See", "Lac Salagou") a place — neither is a person, as a first name opening it made
them. Hand-written sentences in both languages; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _found(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_firm_named_by_what_it_is_is_an_organisation() -> None:
    text = (
        "The logo was made by Zurek Design in Chicago. Dogs came from the Santa Fe Animal "
        "Shelter, and a doctor of the Aberdeen Royal Infirmary treated him. The rooms of "
        "San Luis Lodges were furnished by Alexander Waterworth Interiors."
    )
    found = _found(text, "en")
    for name in (
        "Zurek Design",
        "Santa Fe Animal Shelter",
        "Aberdeen Royal Infirmary",
        "San Luis Lodges",
        "Alexander Waterworth Interiors",
    ):
        assert found.get(name) is EntityKind.ORG, name


def test_a_kind_of_design_is_no_firm() -> None:
    text = "The show won awards for Costume Design and Lighting Design this year."
    assert not {"Costume Design", "Lighting Design"} & set(_found(text, "en"))


def test_a_site_is_no_person() -> None:
    found = _found("She sang at the Ryman Auditorium and visited the Flos Showroom.", "en")
    assert found.get("Ryman Auditorium") is EntityKind.PLACE
    assert found.get("Flos Showroom") is EntityKind.PLACE
    found = _found("Wir wanderten am Luganer See und später zum Lac Salagou.", "de")
    assert found.get("Luganer See") is EntityKind.PLACE
    assert found.get("Lac Salagou") is EntityKind.PLACE


def test_an_acronym_of_a_capitalised_thing_is_a_term() -> None:
    text = (
        "NASA criticised the Human Landing System (HLS) plan. The Exploration Upper Stage "
        "(EUS) is late, the HLS too, said the Environmental Protection Agency (EPA)."
    )
    found = _found(text, "en")
    assert not {"HLS", "EUS", "Human Landing System", "Exploration Upper Stage"} & set(found)
    assert found.get("Environmental Protection Agency") is EntityKind.ORG
    assert found.get("NASA") is EntityKind.ORG

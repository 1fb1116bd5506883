"""A town placed by its country or a region abroad between commas ("of Aberdeenshire,
Scotland,", "near Wolfsgrund, Austria.") is a place, as one placed by its US state was,
no company; an item of a list of countries ("Bosnia and Herzegovina, Slovakia") or a
region before its country ("Washington, DC, United States") is no town. Expected values
read off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_town_after_a_persons_of_and_before_its_country_is_a_place() -> None:
    text = "said Anna Gruber of Oberwinkl, Austria, in a statement. Oberwinkl has 300 people."
    assert _kinds(text, "en").get("Oberwinkl") is EntityKind.PLACE


def test_a_town_before_its_region_abroad_is_a_place() -> None:
    text = (
        "wrote Ian Reid of Kinlochbervie, Scotland, in a letter. The clinic is an hour from "
        "Kinlochbervie."
    )
    assert _kinds(text, "en").get("Kinlochbervie") is EntityKind.PLACE


def test_a_list_of_countries_makes_no_town() -> None:
    text = "Group C: Bosnia and Herzegovina, Slovakia, Wales, Iceland."
    assert "Herzegovina" not in _kinds(text, "en")

"""A word made an adjective by a participle inside a run ("Lyon-based", "Party-controlled")
splits it into the name it is made of and the name it describes. Expected names read off hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _found(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "en")}


def test_a_place_adjective_inside_a_run_leaves_the_body() -> None:
    found = _found("said an analyst at the Lyon-based Institute for Soil Research on Monday.")
    assert found.get("Institute for Soil Research") is EntityKind.ORG
    assert found.get("Lyon") is EntityKind.PLACE


def test_an_owners_adjective_inside_a_run_makes_two_bodies() -> None:
    found = _found("The plan passed the Labour Party-controlled Welsh Affairs Committee today.")
    assert found.get("Labour Party") is EntityKind.ORG
    assert found.get("Welsh Affairs Committee") is EntityKind.ORG
    assert not any("controlled" in name for name in found)


def test_a_body_on_several_things_is_named_whole() -> None:
    found = _found("said an analyst at the Council on Soil, Forests and Water in Lyon.")
    assert found.get("Council on Soil, Forests and Water") is EntityKind.ORG


def test_an_owners_possessive_ends_a_source_named_after_according_to() -> None:
    found = _found("The claim is false, according to the Lyon Courier's Fact Desk, it said.")
    assert not any("Fact Desk" in name for name in found)
    assert found.get("Lyon Courier") is EntityKind.ORG

"""A body's name before an office and a person's name in one English run keeps its head: "Ohio
Nurses Association President Jane Doe" names the Ohio Nurses Association and its president,
not an "Association President" of "Ohio Nurses". An office held in a place or a chamber keeps
the word before it ("House Speaker", "Police Chief"). Hand-written sentences; expected values
are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def test_a_members_body_before_its_president() -> None:
    found = extract(
        "Ohio Nurses Association President Jane Doe told reporters the strike would go on, "
        "and Riverside Teamsters Union Chairman Tom Reyes agreed with her.",
        "en",
    )
    orgs = {f.name for f in found if f.kind is EntityKind.ORG}
    roles = {f.name: f.roles for f in found if f.kind is EntityKind.PERSON}
    assert {"Ohio Nurses Association", "Riverside Teamsters Union"} <= orgs
    assert roles["Jane Doe"] == ("President",)
    assert roles["Tom Reyes"] == ("Chairman",)


def test_offices_held_in_a_chamber_or_a_force_keep_their_word() -> None:
    found = extract(
        "Later, Ohio House Speaker Carl Moss and Dayton Police Chief Ann Wu spoke to the crowd.",
        "en",
    )
    roles = {f.name: f.roles for f in found if f.kind is EntityKind.PERSON}
    assert any("Speaker" in role for role in roles.get("Carl Moss", ()))
    assert any("Police Chief" in role for role in roles.get("Ann Wu", ()))

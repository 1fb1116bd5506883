"""A country or region named as many people are ("Jordan", "Nelson") may be the surname
after a first name ("Michael Jordan", "Dylan Nelson") and alone stays the place; a fellow is
a role ("a postdoctoral fellow"). Hand-written sentences; expected values are what a reader
marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _found(text: str) -> dict[str, tuple[EntityKind, tuple[str, ...]]]:
    return {f.name: (f.kind, f.roles) for f in extract(text, "en")}


def test_a_country_named_like_people_is_a_surname_after_a_first_name() -> None:
    found = _found("In the final minute Kevin Jordan scored twice for the visitors.")
    assert found == {"Kevin Jordan": (EntityKind.PERSON, ())}


def test_the_country_alone_stays_a_place() -> None:
    found = _found("Officials from Jordan and Egypt met in Cairo on Monday.")
    assert found["Jordan"][0] is EntityKind.PLACE


def test_a_fellow_is_a_role() -> None:
    text = "It works, said Maya Nelson, a postdoctoral fellow at the observatory."
    assert _found(text) == {"Maya Nelson": (EntityKind.PERSON, ("postdoctoral fellow",))}

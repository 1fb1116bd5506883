"""A name with a possessive before the role in apposition is where the role is held, and the
role is the person's (", Carlineo’s attorney,", ", Disney's chairman of …"); two names before it
are no apposition of a role. Hand-written sentences; the expected roles are what a reader
writes in a who's who."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "en") if f.kind is EntityKind.PERSON}


def test_a_possessive_name_before_an_apposed_role() -> None:
    roles = _roles(
        "Sonya A. Zoglin, Carlineo’s attorney, told The Hill that her client meant no harm. "
        "Kevin Marsden, Disney's chairman of direct-to-consumer, said so."
    )
    assert roles["Sonya A. Zoglin"] == ("attorney",)
    assert roles["Kevin Marsden"] == ("chairman",)


def test_two_names_before_the_role_are_no_apposition() -> None:
    roles = _roles("Sonya A. Zoglin, Anna Berg's attorney, told The Hill nothing.")
    assert roles["Sonya A. Zoglin"] == ()

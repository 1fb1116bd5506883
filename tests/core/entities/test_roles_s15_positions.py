"""A sports position or a player's standing before a known person's name is the role ("Pittsburgh
center Maurkice Pouncey", "former star Paul George"), and so is a role held in a place written
between ("ambassador to Ukraine Marie Yovanovitch"). Hand-written sentences; the expected roles
are what a reader writes in a who's who."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "en") if f.kind is EntityKind.PERSON}


def test_positions_and_standing_are_roles() -> None:
    roles = _roles(
        "The fight led to suspensions for Pittsburgh center Maurice Pounder and, a week "
        "later, for former star Paul Georgiou."
    )
    assert roles["Maurice Pounder"] == ("center",)
    assert roles["Paul Georgiou"] == ("former star",)  # how it is held: session 38


def test_a_role_held_in_a_place_written_between() -> None:
    roles = _roles("The former ambassador to Ukraine Marie Yovanova testified on Friday.")
    assert roles["Marie Yovanova"] == ("former ambassador",)
    roles = _roles("It was the day to Ukraine Marie Yovanova went.")
    assert roles["Marie Yovanova"] == ()
    roles = _roles("Told by a lawyer in private Marie Yovanova went home.")
    assert roles["Marie Yovanova"] == ()  # a place is a name

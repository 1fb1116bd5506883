"""A capitalised plural right before a lower-case role and a name is the team that employs the
person ("Steelers quarterback Mason Rudolph"), though the text never writes "the Steelers"; a
plural the text also writes in lower case is a noun ("Operations manager"). The first sentence
is from an s23 dev text; expected organisations are the gold's."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_team_before_a_position_and_a_name() -> None:
    text = (
        "In the closing seconds of the game in Cleveland, a defensive end pulled off "
        "Steelers quarterback Mason Rudolph’s helmet."
    )
    assert _orgs(text) == {"Steelers"}


def test_a_plural_noun_before_a_role_is_no_team() -> None:
    text = "Our operations were slow, said Operations manager John Smith on Monday."
    assert _orgs(text) == set()

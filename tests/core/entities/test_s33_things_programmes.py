"""Session 33: a programme named like a body with its abbreviation before the word for it
("the Commercial Orbital Cargo Services (COCS) program") is the programme; a body's head
ending the name ("the Bill Foster Foundation program office") keeps the body, whose programme
it is. An apposition calling a name a drama or a thriller names a work. Hand-written, made-up
names (NASA and HBO as the rules know them)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "NASA picked firms for the Commercial Orbital Cargo Services (COCS) program. "
            "Commercial Orbital Cargo Services ended in 2013.",
            "Commercial Orbital Cargo Services",
        ),
        ("She watched Glasswing, the new HBO drama. Glasswing airs Sundays.", "Glasswing"),
    ],
)
def test_a_programme_or_a_work(text: str, thing: str) -> None:
    assert thing not in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The grant came from the Bill Foster Foundation program office. "
        "The Bill Foster Foundation said so.",
        "The grant came from the Bill Foster Foundation (BFF) program office. "
        "The Bill Foster Foundation said so.",
    ],
)
def test_a_body_whose_programme_it_is(text: str) -> None:
    assert "Bill Foster Foundation" in _orgs(text)

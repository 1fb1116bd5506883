"""Session 28: an office in small letters right before a first and a last name makes the two
words a person, though the first name is no list's or the surname a word (made-up people)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _people(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "en") if f.kind is EntityKind.PERSON}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The catalogue was sold to talent manager Dusty Kendrick last spring.",
            "Dusty Kendrick",
            "manager",
        ),
        (
            "Two witnesses, retired mining executive Tom Young and a judge, agreed.",
            "Tom Young",
            "executive",
        ),
        (
            "The talks followed a call with vice-premier Liu Wen in October.",
            "Liu Wen",
            "vice-premier",
        ),
    ],
)
def test_an_office_before_two_names_makes_a_person(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert any(role in r for r in people.get(name, ()))


@pytest.mark.parametrize(
    "text",
    [
        "The studio hired director Warner Bros for the sequel.",
        "The move was welcomed by the mayor of Santa Clara today.",
    ],
)
def test_a_body_or_a_place_after_an_office_is_no_person(text: str) -> None:
    assert not _people(text)

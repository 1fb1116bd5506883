"""Session 28: a town whose name is a common first name abroad ("Vladimir", "Santiago") opens
a person's name before a surname, and stays the town alone, after an article or before a word
for a region (hand-written sentences; the towns are real, the people made up but one)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _kinds(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "en")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The talks ended after a call with Vladimir Putin on Friday.", "Vladimir Putin"),
        ("The minister met Santiago Ortúzar, who leads the union.", "Santiago Ortúzar"),
    ],
)
def test_a_town_before_a_surname_is_a_first_name(text: str, name: str) -> None:
    assert _kinds(text).get(name) is EntityKind.PERSON


@pytest.mark.parametrize(
    "text",
    [
        "Real Madrid play at the Santiago Bernabeu on Sunday.",
        "The governor of Vladimir Oblast met reporters.",
        "Flights from Santiago to Lima resumed.",
    ],
)
def test_the_town_stays_a_town(text: str) -> None:
    assert EntityKind.PERSON not in _kinds(text).values()

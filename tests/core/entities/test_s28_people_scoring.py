"""Session 28: two words before a verb of scoring in a game report are a player, whatever the
first name, unless they are a team's town and word (made-up players)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _people(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.PERSON}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tavian Brisco rushed for 87 yards and a touchdown on 12 carries.", "Tavian Brisco"),
        ("Kessler Duvane and Ryne Harbaugh also scored for the visitors.", "Ryne Harbaugh"),
        ("In goal, Zarek Oquendo made 31 saves for the hosts.", "Zarek Oquendo"),
    ],
)
def test_who_scored_is_a_player(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Blue Jackets scored twice in the third period.",
        "Real Madrid scored late to win the game.",
        "Golden State scored 30 points in the quarter.",
    ],
)
def test_a_team_that_scored_is_no_player(text: str) -> None:
    assert not _people(text)

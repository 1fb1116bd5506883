"""Session 41 (issue 15, who's who leftovers): "Dems", the Democrats' short name, was a person
where it opened a sentence ("Dems said …") or stood in a list — the who's who listed it
among the people. It is the party, as "Democrats" is (the dev gold gives "Dems" as an alias
of the Democratic party). Look-alikes: the long name keeps its reading, and a person's name
is still a person beside it."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _kinds(text: str) -> dict[str, EntityKind]:
    return {e.name: e.kind for e in extract(text, "en")}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Dems said the vote would come next week.", "Dems"),
        ("After the Dems decided to open an inquiry, the public began to wonder.", "Dems"),
        ("Libs and Dems argued about the budget.", "Dems"),
        ("Kentucky Dems rallied in Louisville on Friday.", "Dems"),  # as "Kentucky Democrats"
        ("Democrats said the vote would come next week.", "Democrats"),  # as before
    ],
)
def test_the_democrats_short_name_is_the_party(text: str, party: str) -> None:
    assert _kinds(text)[party] is EntityKind.ORG


def test_a_person_beside_it_stays_a_person() -> None:
    kinds = _kinds("Dems are angry, said Nancy Pelosi.")
    assert kinds["Nancy Pelosi"] is EntityKind.PERSON
    assert kinds.get("Dems") is not EntityKind.PERSON

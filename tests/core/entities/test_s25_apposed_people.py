"""A first name and a town's name before a person's role in apposition are a person, whose
surname the town's name is ("Madelaine Caracas, die Sprecherin …"; was the capital of
Venezuela alone); a town before an apposition of a place stays the town ("Lima, der
Hauptstadt"). Expected values read off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _kinds(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "de")}


@pytest.mark.parametrize(
    ("text", "person", "town"),
    [
        (
            "Madelaine Caracas, die Sprecherin der Studierenden, kündigte neue Proteste an.",
            "Madelaine Caracas",
            "Caracas",
        ),
        (
            "Anna Berlin, Gründerin des Start-ups, rechnet mit einem Gewinn im nächsten Jahr.",
            "Anna Berlin",
            "Berlin",
        ),
        (
            "„Wir bleiben“, sagte Tobias Hamburg, der Sprecher der Initiative, am Freitag.",
            "Tobias Hamburg",
            "Hamburg",
        ),
    ],
)
def test_a_first_name_and_a_town_before_a_role_are_a_person(
    text: str, person: str, town: str
) -> None:
    kinds = _kinds(text)
    assert kinds.get(person) is EntityKind.PERSON
    assert town not in kinds


def test_a_town_before_a_place_stays_a_town() -> None:
    kinds = _kinds("In Lima, der Hauptstadt Perus, demonstrierten am Sonntag Tausende.")
    assert kinds.get("Lima") is EntityKind.PLACE

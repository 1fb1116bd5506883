"""Session 33: a word after a preposition joined with an article ("im Forum", "beim Blog") is
a noun or a body, never a person, whatever verb of saying follows ("Im Forum schrieb ein
Nutzer"); a person's name still is ("Im Rathaus sagte Martina Kolbeck"). Made-up sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


@pytest.mark.parametrize(
    "text",
    [
        "Im Forum schrieb ein Nutzer, die Lage sei ernst.",
        "Dort im Blog schrieb eine Leserin, sie habe gewartet.",
        "Beim Forum sagte er, man müsse reden.",
    ],
)
def test_a_noun_after_a_joined_article_is_no_person(text: str) -> None:
    assert EntityKind.PERSON not in {f.kind for f in extract(text, "de")}


def test_a_name_and_a_verb_of_saying_is_still_a_person() -> None:
    text = "Im Rathaus sagte Martina Kolbeck, sie trete zurück."
    assert {f.name: f.kind for f in extract(text, "de")}.get("Martina Kolbeck") is (
        EntityKind.PERSON
    )

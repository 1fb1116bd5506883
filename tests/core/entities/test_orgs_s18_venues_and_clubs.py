"""Spas, climbing parks and zoos named by their kind and their town or founder, and famous
clubs' opening words before a town. Expected names read off hand-written sentences (made-up
places to visit; clubs and towns from general knowledge)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str = "de") -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Am Sonntag geht es in den Kletterwald Potsdam, dort hängen Seile.",
            "Kletterwald Potsdam",
        ),
        ("Danach entspannen alle in der Therme Erding bei warmem Wasser.", "Therme Erding"),
        ("Wellness in der Lindwurm Therme bei Neuruppin genießen.", "Lindwurm Therme"),
        ("Die Kinder füttern Ziegen im Tierpark Cottbus am Nachmittag.", "Tierpark Cottbus"),
    ],
)
def test_a_spa_a_climbing_park_or_a_zoo_is_a_body(text: str, venue: str) -> None:
    assert venue in _orgs(text)


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Sie wurde 1998 Pressesprecherin bei Eintracht Frankfurt und blieb lange.",
            "Eintracht Frankfurt",
        ),
        ("Am Samstag verlor Borussia Dortmund das Spiel knapp.", "Borussia Dortmund"),
        ("Er wechselte im Sommer zu Fortuna Düsseldorf in die zweite Liga.", "Fortuna Düsseldorf"),
    ],
)
def test_a_famous_clubs_word_before_a_town_opens_the_club(text: str, club: str) -> None:
    assert club in _orgs(text)


def test_a_clubs_word_before_a_surname_is_no_club() -> None:
    orgs = _orgs("Die Sozialarbeiterin Hertha Kraus half vielen Familien in Köln.")
    assert not any(o.startswith("Hertha") for o in orgs)

"""Religious communities named by words that say nothing of what they are ("die Zeugen
Jehovas", "Jehovah's Witnesses", "die Heilsarmee"), a country's church ("Church of England";
was the place alone), and a listed body's name hyphened as a German compound's first part
("die Fridays-for-Future-Bewegung") are organisations. A church that is a building stays
none ("the Church of St Mary"). Expected values read off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        ("So dreist waren bisher nicht mal die Zeugen Jehovas an der Haustür.", "de", "Zeugen Jehovas"),
        ("Jehovah's Witnesses refuse blood transfusions on religious grounds.", "en", "Jehovah's Witnesses"),
        ("Im Winter verteilt die Heilsarmee am Bahnhof warme Suppe.", "de", "Heilsarmee"),
        ("Auch der Pensionsfonds der Church of England ist dabei.", "de", "Church of England"),
        ("The Church of Scotland voted on the motion on Tuesday.", "en", "Church of Scotland"),
        ("Die Fridays-for-Future-Bewegung ruft zum Streik auf.", "de", "Fridays-for-Future"),
    ],
)  # fmt: skip
def test_bodies_named_by_words_are_organisations(text: str, lang: str, body: str) -> None:
    assert _kinds(text, lang).get(body) is EntityKind.ORG


def test_the_country_of_a_church_is_no_place_there() -> None:
    assert "England" not in _kinds("Auch der Pensionsfonds der Church of England ist dabei.", "de")


def test_a_church_building_is_no_body() -> None:
    kinds = _kinds("The choir sang at the Church of St Mary on Sunday.", "en")
    assert EntityKind.ORG not in kinds.values()

"""Session 41 (issue 15, who's who leftovers): the who's who of a real library listed the "Oval
Office" among the organisations ("Office" is a body's head word: "the Foreign Office"). It is
a room of the White House, where the president receives visitors: a place, in English and
German news alike. Look-alikes keep their reading: a ministry named "Office" stays a body, a
firm whose name runs on past the room is the firm."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str = "en") -> dict[str, EntityKind]:
    return {e.name: e.kind for e in extract(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "room"),
    [
        ("The president met the prime minister in the Oval Office on Wednesday.", "en", "Oval Office"),
        ("Der Präsident empfing den Kanzler im Oval Office.", "de", "Oval Office"),
        ("The Oval Office address lasted ten minutes.", "en", "Oval Office"),
        ("Officials met in the Situation Room overnight.", "en", "Situation Room"),
    ],
)
def test_a_room_of_the_white_house_is_a_place(text: str, lang: str, room: str) -> None:
    assert _kinds(text, lang)[room] is EntityKind.PLACE


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Foreign Office said the talks had failed.", "Foreign Office"),
        ("The Home Office said the rules would change.", "Home Office"),
        ("The Oval Office Group, a consultancy in Leeds, hired five staff.", "Oval Office Group"),
    ],
)
def test_an_office_that_is_a_body_stays_one(text: str, body: str) -> None:
    kinds = _kinds(text)
    assert kinds[body] is EntityKind.ORG
    assert "Oval Office" not in kinds

"""Session 28: a first name and the initial of a withheld surname ("Pavel K.") is a person,
and a middle initial before a surname stays inside the full name (made-up people)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _people(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PERSON}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Am Dienstag wollte Torsten W. nicht mit uns reden.", {"Torsten W."}),
        ("Die Firma gehörte damals Ivana P.. Sie ist heute Rentnerin.", {"Ivana P."}),
        ("Jonas R. und Leonie F. trinken gemeinsam einen Kaffee.", {"Jonas R.", "Leonie F."}),
    ],
)
def test_a_first_name_and_an_initial_are_a_person(text: str, names: set[str]) -> None:
    assert names <= _people(text)


def test_a_middle_initial_stays_in_the_name() -> None:
    assert _people("Gestern sprach Karla T. Brenneke im Rathaus.") == {"Karla T. Brenneke"}


@pytest.mark.parametrize(
    "text", ["Teil B. beginnt im Herbst.", "Dazu gehört Vitamin C. und Eisen."]
)
def test_a_word_and_a_letter_are_no_person(text: str) -> None:
    assert not _people(text)

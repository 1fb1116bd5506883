"""Session 28: a quotation attributed to a name with an office or an age in apposition makes a
person, whatever first name the name opens with (made-up people; hand-written sentences)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


@pytest.mark.parametrize(
    ("text", "lang", "name", "role"),
    [
        (
            "The harvest came in late this year, said Brisk Tolliver, the deputy chair of the growers' league.",
            "en",
            "Brisk Tolliver",
            "deputy chair",
        ),
        (
            "In a memo to staff, Marlo Quenby, the president of the dock workers' union, said the talks had failed.",
            "en",
            "Marlo Quenby",
            "president",
        ),
        (
            '"We will not wait," Tamsin Oakhurst, CEO of the ferry line, adds.',
            "en",
            "Tamsin Oakhurst",
            "CEO",
        ),
        (
            "„Das reicht nicht“, sagte Jorna Vielbrecht, die Sprecherin der Stadtwerke.",
            "de",
            "Jorna Vielbrecht",
            "Sprecherin",
        ),
    ],
)
def test_a_speaker_with_an_office_in_apposition_is_a_person(
    text: str, lang: str, name: str, role: str
) -> None:
    people = _people(text, lang)
    assert name in people
    assert any(role in r for r in people[name])


def test_a_speaker_with_an_age_in_apposition_is_a_person() -> None:
    text = '"It was my third attempt," said Harjot Bainsway, 24, from the north of the state.'
    assert "Harjot Bainsway" in _people(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        '"Rates will fall," said Goldman Sachs, the bank that advised on the deal.',
        "Toll Brothers, the home builder, said orders fell.",
        '"Prices rise," said Ford Motor, the carmaker.',
    ],
)
def test_a_body_said_to_speak_is_no_person(text: str) -> None:
    assert not _people(text, "en")

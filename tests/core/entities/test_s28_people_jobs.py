"""Session 28: what sport, a band and a trade call their people, written before or beside a
person's name, is the person's role; what a company or a team is too (a partner, a member, a
champion) makes no person (made-up people and companies; hand-written sentences)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _roles(text: str, lang: str = "en") -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The clinic is led by show jumping rider Hanna Lorrimer next week.",
            "Hanna Lorrimer",
            "rider",
        ),
        ("The club signed Porto keeper Duarte Vilela on Tuesday.", "Duarte Vilela", "keeper"),
        ("Save first, says financial planner Owen Mabry.", "Owen Mabry", "financial planner"),
        (
            "The multi-instrumentalist Ruth Calloway joined the tour.",
            "Ruth Calloway",
            "multi-instrumentalist",
        ),
        ("The suspect, Dale Hendry, was arrested on Monday.", "Dale Hendry", "suspect"),
    ],
)
def test_a_job_beside_a_name_is_the_role(text: str, name: str, role: str) -> None:
    roles = _roles(text)
    assert any(role in r for r in roles.get(name, ()))


@pytest.mark.parametrize(
    "text",
    [
        "Founding member Zentrobix left the alliance.",
        "The deal with business partner Zentrobix closed.",
        "The defending champion Zentrobix lost on Sunday.",
    ],
)
def test_what_a_company_is_too_makes_no_person(text: str) -> None:
    assert not _roles(text)


def test_an_adjective_is_no_job() -> None:
    text = "Since the removal of official Lightport, repairs have not risen."
    assert not _roles(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Das sagt die Frauenrechtlerin Ines Talbach aus Leipzig.",
            "Ines Talbach",
            "Frauenrechtlerin",
        ),
        (
            "Der Palliativmediziner Gero Wendtland erklärt es.",
            "Gero Wendtland",
            "Palliativmediziner",
        ),
        (
            "Sie folgt dem Soziologen Malte Kirchgäßner in vielem.",
            "Malte Kirchgäßner",
            "Soziologe",
        ),
        ("Die Athletin Jana Osterholt startete als Erste.", "Jana Osterholt", "Athletin"),
    ],
)
def test_a_german_job_before_a_name_is_the_role(text: str, name: str, role: str) -> None:
    roles = _roles(text, "de")
    assert any(role in r for r in roles.get(name, ()))

"""A state university named with its campus is one organisation ("the University of California,
San Francisco", "the University of Texas at Austin"): the town must be a city of that state,
so a list after a comma, a person, another state's city and "in" keep the names apart."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {e.name for e in extract(text, "en") if e.kind is EntityKind.ORG}


def _places(text: str) -> set[str]:
    return {e.name for e in extract(text, "en") if e.kind is EntityKind.PLACE}


@pytest.mark.parametrize(
    ("text", "campus"),
    [
        (
            "Nadia Orlov, a chemist at the University of California, Los Angeles, ran the tests.",
            "University of California, Los Angeles",
        ),
        (
            "Engineers from the University of Texas at Austin built the sensor last spring.",
            "University of Texas at Austin",
        ),
        (
            "A survey by the University of North Carolina at Chapel Hill found little change.",
            "University of North Carolina at Chapel Hill",
        ),
        (
            "Students at the University of Colorado Boulder planted 300 trees on Friday.",
            "University of Colorado Boulder",
        ),
    ],
)
def test_campus_joins_its_state_university(text: str, campus: str) -> None:
    orgs = _orgs(text)
    assert campus in orgs
    town = campus.rsplit(" ", 1)[-1]
    assert town not in orgs and town not in _places(text)


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # a list: Boston is no city of Michigan
        (
            "She applied to the University of Michigan, Boston University and Tufts.",
            "University of Michigan",
        ),
        # "in" says where the university is, not which campus
        (
            "He teaches at the University of Michigan in Ann Arbor, where he grew up.",
            "University of Michigan",
        ),
        # a person after the comma
        (
            "The report came from the University of Oregon, Marcus Hale said on Monday.",
            "University of Oregon",
        ),
    ],
)
def test_no_campus_keeps_the_university(text: str, apart: str) -> None:
    assert apart in _orgs(text)

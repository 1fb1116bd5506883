"""Session 22's role classes, read off session 21's blind pages (s22) and checked on
hand-written sentences (made-up people): an office's field after "for" or "of" belongs to it, a
job in apposition says more than a rank, and
hockey's defensemen and rookies are roles as its goalies and wingers are."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "en") if f.kind is EntityKind.PERSON}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Jim Halvorsen, senior vice president for space and launch at Boeing, said so.",
            "Jim Halvorsen",
            "senior vice president for space and launch",
        ),
        (
            "Dana Kell, former associate administrator for exploration at NASA, agreed.",
            "Dana Kell",
            "former associate administrator for exploration",  # how it is held: session 38
        ),
    ],
)
def test_an_offices_field_after_for_belongs_to_it(text: str, person: str, role: str) -> None:
    assert role in _roles(text)[person]


def test_whom_a_role_speaks_for_is_no_field() -> None:
    roles = _roles("Mara Linde, a spokeswoman for the company, declined to comment.")
    assert roles["Mara Linde"] == ("spokeswoman",)


def test_defensemen_and_rookies_have_their_position_as_a_role() -> None:
    roles = _roles("Anaheim defenseman Erik Voller was hurt, and rookie Emil Brask scored twice.")
    assert roles["Erik Voller"] == ("defenseman",)
    assert roles["Emil Brask"] == ("rookie",)


def test_an_offices_field_after_of_belongs_to_it_but_no_employer() -> None:
    roles = _roles("Joel Amberg, a professor of environmental engineering at the school, said so.")
    assert roles["Joel Amberg"] == ("professor of environmental engineering",)
    assert _roles("Anna Berg, president of the company, said so.")["Anna Berg"] == ("president",)


def test_a_job_in_apposition_says_more_than_a_rank() -> None:
    roles = _roles("Lt. Matt Harlow, a police spokesman, said the men were arrested.")
    assert roles["Matt Harlow"] == ("police spokesman",)
    assert _roles("Lt. Matt Harlow said the men were arrested.")["Matt Harlow"] == ("Lt.",)


def test_an_acronym_before_an_office_is_part_of_it() -> None:
    assert _roles("NASA administrator Jim Brennick said so.")["Jim Brennick"] == (
        "NASA administrator",
    )
    assert _roles("Then THE administrator Jim Brennick said so.")["Jim Brennick"] == (
        "administrator",
    )


def test_a_field_in_ss_is_no_plural() -> None:
    roles = _roles("White House press secretary Stephanie Grimm said so.")
    assert roles["Stephanie Grimm"] == ("press secretary",)

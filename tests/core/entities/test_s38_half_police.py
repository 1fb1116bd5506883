"""Session 38: an American town's police department written with its letters ("the Dallas
P.D.") is a body, as "Police Department" is; it was read as nothing or as the town. Made-up
names and sentences; what a reader would mark."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_police_department_by_its_letters() -> None:
    assert "Zorvex City P.D." in _orgs("A spokesman for the Zorvex City P.D. said it was over.")
    assert "Dallas P.D." in _orgs("The Dallas P.D. said two officers were hurt.")


def test_the_letters_alone_make_no_body() -> None:
    assert not _orgs("He got his P.D. from a small college.")

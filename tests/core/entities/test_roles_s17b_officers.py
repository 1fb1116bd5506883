"""A "Chief … Officer" title is one role: the field between its words ("Strategy",
"Revenue") is no one's name, with or without a name after the title. Sentences written for
these tests."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "en") if f.kind is EntityKind.PERSON}


def test_title_alone_names_no_one() -> None:
    people = _people("The firm hired Tom Hale last week as its first Chief Strategy Officer.")
    assert set(people) == {"Tom Hale"}


def test_title_before_a_name_is_the_persons_role() -> None:
    people = _people("On Monday, Chief Revenue Officer Anna Berg said sales had doubled.")
    assert "Anna Berg" in people
    assert "Chief Revenue Officer" in people["Anna Berg"]


def test_other_fields_of_a_role_still_work() -> None:
    people = _people("Secretary of State Mike Pompeo met the press in the morning.")
    assert "Secretary of State" in people.get("Mike Pompeo", ())

"""An interview's answer line is no headline though its words are capitalised (layout.py): "A:
Nina Simone, Otis Redding, The Kinks, Ella Fitzgerald" names three people and a band, where a
title-case line ("Despite The Fee, You Still Buy The Games") names no one. Hand-written
sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _found(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "en")}


def test_an_answer_line_names_its_people() -> None:
    found = _found(
        "Q: Favorite artists or groups?\n"
        "A: Nina Simone, Otis Redding, The Kinks, Ella Fitzgerald\n"
        "Q: Favorite food?\nA: Pizza."
    )
    people = {name for name, kind in found.items() if kind is EntityKind.PERSON}
    assert people == {"Nina Simone", "Otis Redding", "Ella Fitzgerald"}


def test_a_title_case_line_still_names_no_one() -> None:
    assert not _found("Why The Fans Of Nina Simone Still Buy The Records\nThey do.")

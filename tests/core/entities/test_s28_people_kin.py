"""Session 28: a first name after a friend's or a plural kin word, and the second of two kin
named together, are people, with the kin word for their role (made-up people)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


@pytest.mark.parametrize(
    ("text", "lang", "names", "role"),
    [
        (
            "Den Wein hat er seinen Töchtern Lena und Marie gewidmet.",
            "de",
            {"Lena", "Marie"},
            "Tochter",
        ),
        ("Last winter my friend Harriet lent me a book.", "en", {"Harriet"}, "friend"),
    ],
)
def test_kin_named_by_first_name(text: str, lang: str, names: set[str], role: str) -> None:
    people = _people(text, lang)
    assert names <= set(people)
    assert all(role in people[name] for name in names)


def test_a_first_name_before_and_without_kin_is_no_person() -> None:
    assert not _people("Den Wein gibt es bei Kaufland und Netto im Angebot.", "de")

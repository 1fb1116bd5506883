"""A one-word organisation that is an English word joined by "of" to more of a title-case
name is a piece of that name, no body (session 14): "Handbook of Life Support Systems",
"the Wars of the Roses", "the Laws of Physics". Hand-made sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("See Prospects for Spaceflight, Handbook of Life Support Systems (2018).", "Handbook"),
        (
            "Ford wrote an alternate-history retelling of the Wars of the Roses, full of magic.",
            "Roses",
        ),
        ("I'm here to tell you that the Laws of Physics apply to business too.", "Laws"),
    ],
)
def test_an_english_word_of_a_longer_title_is_no_organisation(text: str, fragment: str) -> None:
    assert fragment not in _orgs(text)


def test_a_listed_company_or_an_acronym_before_of_stays() -> None:
    found = _orgs("Shares of Apple of Cupertino rose, and the CDC of Atlanta warned.")
    assert {"Apple", "CDC"} <= found


def test_of_opening_a_sentence_joins_no_title() -> None:
    text = "It went badly. Most of the Ravens said so on Sunday."
    assert "Ravens" in _orgs(text)

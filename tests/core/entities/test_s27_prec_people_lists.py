"""A list that holds more people than organisations is no list of organisations: one band
in "Nina Simone, Otis Redding, Kestrin, The Wailers, Etta James" does not make the lone name
beside it a company; a list of companies still does. Hand-written sentences; the expected
values read off them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_name_in_a_list_of_people_is_no_organisation() -> None:
    text = (
        "Q: Favorite artists or groups?\n\n"
        "A: Nina Simone, Otis Redding, Kestrin, The Wailers, Etta James, Ray Charles\n\n"
        "Q: Favorite books?"
    )
    assert "Kestrin" not in _orgs(text)


def test_a_name_in_a_list_of_companies_is_one() -> None:
    text = "Advertisers such as Ford, Kestrin, NBC and Comcast signed up, the company said."
    assert "Kestrin" in _orgs(text)

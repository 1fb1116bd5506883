"""A firm's name before its market staff and a person's name ("Jefferies analyst Jonathan
Matuszewski") is an organisation, while a person's before an aide stays out; a brotherhood is
a body ("Muslim Brotherhood"). Expected values read off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import extract


def _kinds(text: str) -> dict[str, str]:
    return {f.name: f.kind.value for f in extract(text, "en")}


def test_a_firm_before_its_analyst_is_an_organisation() -> None:
    found = _kinds("In a note on Tuesday, Kelvane analyst Jonathan Roe said the market was wrong.")
    assert found.get("Kelvane") == "org"
    assert found.get("Jonathan Roe") == "person"


def test_a_person_before_an_aide_is_no_organisation() -> None:
    found = _kinds("On Monday, Trump adviser Stephen Miller said the plan would go ahead.")
    assert found.get("Trump") != "org"


def test_a_brotherhood_is_a_body() -> None:
    found = _kinds("During the call, he asked about the Muslim Brotherhood and its leaders.")
    assert found.get("Muslim Brotherhood") == "org"

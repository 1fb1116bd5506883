"""An outlet that writes its name in capitals, and whose name is an English word ("WIRED",
"GLAMOUR"), is an organisation where somebody tells it something or confirms something to it,
as where a report cites it ("according to WIRED"); elsewhere a dictionary word in capitals
stays a word shouted. Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_an_outlet_in_capitals_that_was_told_something() -> None:
    assert "GLAMOUR" in _orgs("The singer told GLAMOUR that the tour would resume in March.")


def test_an_outlet_in_capitals_that_had_something_confirmed() -> None:
    assert "WIRED" in _orgs("A spokesperson confirmed to WIRED that the feature is gone.")


def test_a_shouted_word_elsewhere_stays_a_word() -> None:
    assert "GLAMOUR" not in _orgs("By midnight the GLAMOUR of the evening had faded.")

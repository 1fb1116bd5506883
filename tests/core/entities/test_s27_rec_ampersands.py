"""Two acronyms joined by " & " are two bodies ("NASA & ESA", "(ETH & EPFL)"), and the second
is no model letters of the first; a firm's initials join without spaces ("AT&T") and names
joined by " & " stay one firm ("Procter & Gamble"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_two_acronyms_joined_by_an_ampersand_are_two_bodies() -> None:
    orgs = _orgs("Forschende der beiden Hochschulen (LMU & RWTH) bauen den Prototyp.", "de")
    assert {"LMU", "RWTH"} <= orgs
    assert "LMU & RWTH" not in orgs


def test_a_firm_of_two_names_stays_one() -> None:
    orgs = _orgs("Shares of Procter & Gamble rose after the report.", "en")
    assert "Procter & Gamble" in orgs

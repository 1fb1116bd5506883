"""An English body named for a purpose keeps the purpose's object in its name: "Society for
the Prevention of Cruelty to Animals", "Institute for the History of Ideas" — not cut at "to"
or "of". A place after it is where something went, no part of it. Hand-written sentences; expected values are
what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_the_purpose_keeps_its_object() -> None:
    orgs = _orgs(
        "Inspectors from the Royal Society for the Prevention of Cruelty to Animals visited "
        "the farm twice. The lecture was hosted by the Institute for the History of Ideas "
        "at the university."
    )
    assert "Royal Society for the Prevention of Cruelty to Animals" in orgs
    assert "Institute for the History of Ideas" in orgs
    assert "Royal Society for the Prevention of Cruelty" not in orgs


def test_no_more_than_the_object() -> None:
    orgs = _orgs(
        "The letter was sent by the Committee for the Protection of Journalists to Washington "
        "on Friday."
    )
    assert "Committee for the Protection of Journalists" in orgs

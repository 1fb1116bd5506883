"""An acronym written with stars in every mention ("a CNX** and CNX*** division", "CNX4*-L")
is a level of competition, no organisation; one the text also writes alone stays a body.
Hand-written sentences; the expected values read off them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_starred_acronym_is_a_level() -> None:
    text = (
        "The three-day show in Fair Hill includes a CNX** and CNX*** division, and riders "
        "move up to the CNX4*-L in spring."
    )
    assert "CNX" not in _orgs(text)


def test_an_acronym_also_written_alone_stays_a_body() -> None:
    text = "The CNX** division is new this year, and the CNX said entries doubled."
    assert "CNX" in _orgs(text)

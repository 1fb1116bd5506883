"""A German office's field after "für" is part of the office ("Fachanwältin für Arbeitsrecht",
"Minister für Wirtschaft und Energie"); where it is held ("bei der Kanzlei …") is not. The first
sentence is from a dev text; its expected role is the gold's."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "de") if f.kind is EntityKind.PERSON}


def test_field_after_fuer_in_apposition() -> None:
    text = (
        "„Das geht“, sagt Kathrin Bürger, Fachanwältin für Arbeitsrecht bei der Kanzlei "
        "Beiten Burkhardt."
    )
    assert _roles(text)["Kathrin Bürger"] == ("Fachanwältin für Arbeitsrecht",)


def test_two_fields_joined_by_und() -> None:
    text = "Das sagte Peter Altmaier, Minister für Wirtschaft und Energie, am Montag in Berlin."
    assert any("Minister für Wirtschaft und Energie" in r for r in _roles(text)["Peter Altmaier"])

"""A German body named once by its town after it and once by the town's adjective before it
is one organisation: "Universität Heidelberg" and "Heidelberger Universität", "Stadtwerke Köln"
and "Kölner Stadtwerke". Another town's body stays apart. Hand-written sentences; expected
values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> list[str]:
    return sorted(f.name for f in extract(text, "de") if f.kind is EntityKind.ORG)


def test_the_town_and_its_adjective_name_one_body() -> None:
    assert _orgs(
        "Er lehrte zwanzig Jahre an der Universität Heidelberg. Die Heidelberger Universität "
        "verlieh ihm zum Abschied die Ehrendoktorwürde."
    ) == ["Universität Heidelberg"]
    assert _orgs(
        "Die Stadtwerke Köln erhöhen zum Januar die Gaspreise. Die Kölner Stadtwerke begründen "
        "das mit den gestiegenen Einkaufskosten."
    ) == ["Stadtwerke Köln"]


def test_another_towns_body_stays_apart() -> None:
    orgs = _orgs(
        "Die Universität Heidelberg und die Hamburger Universität forschen gemeinsam an neuen "
        "Batterien."
    )
    assert "Universität Heidelberg" in orgs and len(orgs) == 2

"""A people or a faith in the plural ("the Uyghurs", "the Kurds") is a group of people, no
organisation, though English writes it as it writes a team; teams stay teams. Hand-written
sentences; the expected values read off them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_people_in_the_plural_is_no_organisation() -> None:
    text = (
        "Critics say the deal comes at the expense of the Uyghurs and of Tibet. The Uyghurs "
        "have long asked for help, and the Chargers beat the Raiders on Sunday."
    )
    orgs = _orgs(text)
    assert "Uyghurs" not in orgs
    assert {"Chargers", "Raiders"} <= orgs

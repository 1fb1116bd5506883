"""A German body whose head is "Ring" (an association: "Ring der Landjugend", "Ring Deutscher
Makler") is named in the nominative, not in the genitive its sentence put it in."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {e.name for e in extract(text, "de") if e.kind is EntityKind.ORG}


def test_the_genitive_of_ring_loses_its_ending() -> None:
    text = (
        "Für Anna Weber, die Vorsitzende des Rings der Landjugend, ist die Prämie ein Fortschritt."
    )
    assert "Ring der Landjugend" in _orgs(text)


def test_an_adjective_before_the_head_stays() -> None:
    assert "Ring Deutscher Makler" in _orgs(
        "Laut dem Sprecher des Rings Deutscher Makler steigen die Mieten."
    )

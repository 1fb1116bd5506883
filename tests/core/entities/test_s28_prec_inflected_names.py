"""A body named in English and declined in German ("das Larkspur Design Institute", "des
Larkspur Design Instituts") is one organisation, not two (inflected_names, asked by
variants). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> list[str]:
    return [f.name for f in extract(text, "de") if f.kind is EntityKind.ORG]


def test_a_declined_english_name_is_one_organisation() -> None:
    orgs = _orgs(
        "Die Farbe des Jahres wählt das Larkspur Design Institute in New York. Laut der "
        "Direktorin des Larkspur Design Institutes steht sie für Stärke."
    )
    assert len(orgs) == 1
    assert orgs[0].startswith("Larkspur Design Institut")


def test_two_names_that_differ_in_more_than_an_ending_stay_two() -> None:
    orgs = _orgs(
        "Das Larkspur Design Institute und die Larkspur Design Group arbeiten zusammen. "
        "Beide sitzen in Hamburg."
    )
    assert sorted(orgs) == ["Larkspur Design Group", "Larkspur Design Institute"]

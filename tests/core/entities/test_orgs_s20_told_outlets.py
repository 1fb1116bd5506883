"""An outlet a report spoke to or drew from is an organisation (outlets.told_outlet): "obtained
by Variety", "told Newsline", "according to analysis from Poynter", though the name is an
everyday word or named once. A person the text names is told things too: "told Halvorsen"
after "Marit Halvorsen", "told Field" after "the economist Laura Field" (where "Field", an
everyday word, is read apart from "Laura"), and a first name alone ("told Maria") name no
outlet. Hand-written sentences; expected values are
what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "en")}


def test_outlets_told_or_quoted_are_organisations() -> None:
    kinds = _kinds(
        "The statement, which was obtained by Variety, claimed the label had refused. A "
        "spokesman told Newsline the talks had ended. Spending on sponsored posts rose "
        "sharply, according to analysis from Poynter."
    )
    assert kinds.get("Variety") is EntityKind.ORG
    assert kinds.get("Newsline") is EntityKind.ORG
    assert kinds.get("Poynter") is EntityKind.ORG


def test_a_person_told_stays_a_person() -> None:
    kinds = _kinds(
        "Dr. Marit Halvorsen runs the clinic. A nurse told Halvorsen about the shortage."
    )
    assert kinds.get("Marit Halvorsen") is EntityKind.PERSON
    assert EntityKind.ORG not in kinds.values()
    kinds = _kinds("The economist Laura Field runs the institute. A trader told Field so.")
    assert EntityKind.ORG not in kinds.values()
    kinds = _kinds("The economist Laura Price runs the institute. A trader told Price so.")
    assert EntityKind.ORG not in kinds.values()
    assert EntityKind.ORG not in _kinds("The head nurse told Maria about the shortage.").values()

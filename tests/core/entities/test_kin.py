"""A lone surname that has kin ("Halvorsen's wife", "Okafor’s mother") is a person's in every
mention, also where the text writes it before what a person leads ("the Halvorsen
administration"); a company written after "the" stays a company. Hand-written sentences;
expected values from what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "en")}


def test_a_name_with_kin_is_a_person_in_every_mention() -> None:
    text = (
        "Critics kept attacking Halvorsen. Halvorsen is weaker than a year ago, and "
        "Halvorsen’s wife spoke at the rally. The Halvorsen administration denied it. "
        "Okafor's mother said Okafor would return. Okafor was in Lagos."
    )
    kinds = _kinds(text)
    assert kinds.get("Halvorsen") is EntityKind.PERSON
    assert kinds.get("Okafor") is EntityKind.PERSON


def test_a_company_after_the_stays_a_company() -> None:
    text = "The Zentrobix platform grew. Zentrobix is hiring, and Zentrobix said so."
    assert _kinds(text).get("Zentrobix") is EntityKind.ORG

"""A listed company and a unit named after it are two organisations however the text orders
them: "Amazon" is not a short form of "Amazon Web Services", whose last word does not end the
name. A German group word is the company itself ("Freenet Gruppe" and "Freenet", "Bayer
Konzern"), as "Group" is in English. Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_listed_company_keeps_apart_from_its_unit() -> None:
    orgs = _orgs(
        "Amazon now lets shoppers return parcels at lockers. Its cloud arm, Amazon Web "
        "Services, grew faster than the shops last quarter.",
        "en",
    )
    assert {"Amazon", "Amazon Web Services"} <= orgs


def test_a_german_group_word_is_the_company_itself() -> None:
    orgs = _orgs(
        "Die Freenet Gruppe hat im Sommer mehr Verträge verkauft. Freenet will nun auch "
        "Fernsehen anbieten.",
        "de",
    )
    assert len(orgs) == 1

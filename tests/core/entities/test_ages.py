"""An age in apposition after a lone name ("Braun, 38 – who …", "Kowalczyk (52)") says it is a
person's, in every mention, where the name alone looked like a company's. Hand-written
sentences; expected values from what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_name_with_an_age_is_a_person_in_every_mention() -> None:
    text = (
        "The singer split from her former label, Big Machine Records, and from Braun, 38 – "
        "who manages other stars. A rep for Braun did not respond, and Braun's company "
        "declined to comment."
    )
    kinds = _kinds(text, "en")
    assert kinds.get("Braun") is EntityKind.PERSON
    assert kinds.get("Big Machine Records") is EntityKind.ORG
    text = "Die Firma gehört Kowalczyk (52). Bei Kowalczyk arbeiten 40 Leute."
    assert _kinds(text, "de").get("Kowalczyk") is EntityKind.PERSON


def test_a_number_after_a_company_that_is_no_age_keeps_it_a_company() -> None:
    text = "Shares of Zentrobix, 12 analysts said, rose. Zentrobix's results beat forecasts."
    assert _kinds(text, "en").get("Zentrobix") is EntityKind.ORG

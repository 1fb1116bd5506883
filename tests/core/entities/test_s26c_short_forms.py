"""An acronym a German text brings in with "kurz" after the words it spells is a term when those
words name a thing ("Extracellular Electron Shuttles, kurz EES"), a body's when they end in a
body's head ("Europäische Zentralbank, kurz EZB"; short_forms.short_terms). Hand-written
sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "de")}


def test_an_english_term_shortened_is_no_organisation() -> None:
    kinds = _kinds(
        "Bakterien nutzen dafür Mineral Electron Carriers, kurz MEC, die Elektronen tragen. "
        "Wie schnell die MEC arbeiten, hing bisher vom Boden ab."
    )
    assert "MEC" not in kinds
    assert "Mineral Electron Carriers" not in kinds


def test_a_german_term_shortened_is_no_organisation() -> None:
    kinds = _kinds(
        "Das Hotel bietet Anwendungen nach Traditioneller Kärntner Heilkunde, kurz „TKH“, an. "
        "Auch die Küche kocht nach TKH-Art."
    )
    assert "TKH" not in kinds


def test_a_body_shortened_stays_an_organisation() -> None:
    text = (
        "Die Europäische Zentralbank, kurz EZB, hebt die Zinsen. Die EZB will die Inflation "
        "senken, sagte die Präsidentin."
    )
    bank = next(f for f in extract(text, "de") if f.name == "Europäische Zentralbank")
    assert bank.kind is EntityKind.ORG
    assert [text[start:end] for start, end in bank.spans].count("EZB") == 2

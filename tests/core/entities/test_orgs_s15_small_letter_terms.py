"""Acronyms a text spells out in small letters are terms, not organisations (small_letter_terms.py):
"a rare lung disease, chronic beryllium disease (CBD)", "glossy tree frogs, or GTF", "der privaten
Krankenversicherung (PKV)". Hand-written sentences; bodies spelt out in capitals stay ("the Food
and Drug Administration (FDA)", "die Europäische Zentralbank (EZB)"), and so do an acronym whose
small words spell other letters and one spelt by a body's head ("the … workers union, or CWU")."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_an_english_acronym_spelt_in_small_letters_is_a_term() -> None:
    orgs = _orgs(
        "Welders may get chronic beryllium disease (CBD), a rare lung illness. CBD is not "
        "curable. Farmers fear glossy tree frogs, or GTF, because GTF eat the crop.",
        "en",
    )
    assert not orgs & {"CBD", "GTF"}


def test_a_body_spelt_in_capitals_or_other_letters_stays() -> None:
    orgs = _orgs(
        "The Food and Drug Administration (FDA) warned on Monday, and the FDA will decide. "
        "Members of the beryllium workers union, or CBX, met. The CBX said no. Members of "
        "the chemical workers union, or CWU, met too. The CWU said yes.",
        "en",
    )
    assert "Food and Drug Administration" in orgs
    assert {"CBX", "CWU"} <= orgs


def test_a_german_adjective_and_noun_spelling_an_acronym_make_a_term() -> None:
    orgs = _orgs(
        "Beamte sind oft in der privaten Krankenversicherung (PKV) versichert. Die PKV "
        "kostet mehr. Die Europäische Zentralbank (EZB) erhöht die Zinsen, sagte die EZB.",
        "de",
    )
    assert "PKV" not in orgs
    assert "Europäische Zentralbank" in orgs

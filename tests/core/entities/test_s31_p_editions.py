"""A name the text numbers by a year ("Nordmesse 2024", "CES 2020") is an event's edition,
no organisation, in every mention; a body's possessive before a year ("GiveWell's 2017 top
charities"), years of what a body did ("des MDR 1997 und 1998") and a listed company in a
dated headline keep theirs."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {e.name for e in extract(text, lang) if e.kind is EntityKind.ORG}


def test_a_fair_numbered_by_its_year_is_no_body() -> None:
    text = (
        "Die Wassersportmesse SEEFEST KREMS 2024 war gut besucht. Aussteller loben die "
        "SEEFEST KREMS für ihre Organisation."
    )
    assert "SEEFEST KREMS" not in _orgs(text, "de")


def test_an_english_trade_show_numbered_by_its_year_is_no_body() -> None:
    text = (
        "Exhibitors at ADTECHX 2019 showed new formats. ADTECHX drew 40,000 visitors, "
        "said Karen Holt of Brightline Media."
    )
    assert "ADTECHX" not in _orgs(text, "en")


def test_a_possessive_before_a_year_keeps_the_body() -> None:
    text = (
        "The fund compared its grants with BrightFund’s 2017 top charities. BrightFund "
        "publishes its list each December."
    )
    assert "BrightFund" in _orgs(text, "en")


def test_years_of_what_a_body_did_keep_it() -> None:
    text = (
        "Der MDR sendet aus Leipzig. Sie leitete während des Vorsitzes des MDR 1997 und 1998 "
        "die Kommission."
    )
    assert "MDR" in _orgs(text, "de")


def test_a_listed_company_in_a_dated_headline_stays() -> None:
    text = "Siemens 2021: Gewinn steigt deutlich. Siemens will weiter investieren."
    assert "Siemens" in _orgs(text, "de")


def test_a_club_with_a_season_after_it_stays() -> None:
    text = "Sie spielte beim SV Lindenau 2018 in der Oberliga und wechselte dann nach Halle."
    assert "SV Lindenau" in _orgs(text, "de")

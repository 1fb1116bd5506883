"""A company's unit named by its line of business is one organisation in German text: "VW
Nutzfahrzeuge", "Volkswagen Nutzfahrzeuge", "Allianz Lebensversicherung", "BMW Bank" — not
the company with a noun cut off, nor a maker and its model. A maker's name before what it
makes stays the maker ("die BMW Fahrzeuge", "Apple Produkte"). Hand-written sentences;
expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_an_acronym_and_its_line_of_business() -> None:
    orgs = _orgs(
        "Der neue Transporter wird bei VW Nutzfahrzeuge in Hannover gebaut. VW Nutzfahrzeuge "
        "will im kommenden Jahr deutlich mehr Fahrzeuge ausliefern, VW selbst schweigt dazu."
    )
    assert "VW Nutzfahrzeuge" in orgs


def test_a_listed_company_and_its_line_of_business() -> None:
    orgs = _orgs(
        "Der Kleinbus kommt von Volkswagen Nutzfahrzeuge aus Hannover. Die Allianz "
        "Lebensversicherung senkt die Überschussbeteiligung, und die BMW Bank vergibt "
        "weniger Kredite."
    )
    assert {"Volkswagen Nutzfahrzeuge", "Allianz Lebensversicherung", "BMW Bank"} <= orgs


def test_a_maker_before_what_it_makes_stays_the_maker() -> None:
    orgs = _orgs("Die BMW Fahrzeuge standen im Hof. Der Händler verkauft vor allem Apple Produkte.")
    assert {"BMW", "Apple"} <= orgs
    assert not orgs & {"BMW Fahrzeuge", "Apple Produkte"}

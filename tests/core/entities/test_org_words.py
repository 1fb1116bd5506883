"""A British company's suffix written "Plc" and a finance house's head ("Equities",
"Investments") end an organisation's name, not a person's. Expected values read off the
hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _kinds(found: list[Found]) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in found}


def test_plc_ends_a_company() -> None:
    text = "Nick Waters, Group CEO bei Ebiquity Plc, schlägt eine Lösung vor."
    kinds = _kinds(extract(text, "de"))
    assert kinds.get("Ebiquity Plc") is EntityKind.ORG


def test_a_finance_house_is_no_person() -> None:
    text = '"Growth will recover," said a report from Kotak Institutional Equities.'
    assert _kinds(extract(text, "en")) == {"Kotak Institutional Equities": EntityKind.ORG}


def test_a_service_opening_a_compound_is_the_service() -> None:
    text = "Die Anzeigen werden in Facebook-Feeds eingefügt. Dazu gibt es einen WhatsApp-Exkurs."
    orgs = {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}
    assert orgs == {"Facebook", "WhatsApp"}


def test_what_a_body_hands_out_is_no_body() -> None:
    text = (
        "The grant was made as part of GiveWell's Incubation Grants program. This GiveWell "
        "Incubation Grant goes to a new charity, and GiveWell will follow its work."
    )
    orgs = {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}
    assert orgs == {"GiveWell"}


def test_a_word_for_a_law_firm_a_chain_or_a_watchdog_opens_a_name() -> None:
    text = (
        "Beraten wurde die Firma von der Kanzlei Gleiss Lutz. Auch die Supermarktkette Edeka "
        "und der Reiseveranstalter TUI wachsen."
    )
    orgs = {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}
    assert orgs == {"Gleiss Lutz", "Edeka", "TUI"}
    text = "The consultancy McKinsey agreed, and the watchdog Ofcom fined the firm."
    orgs = {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}
    assert orgs == {"McKinsey", "Ofcom"}


def test_financial_bancorp_and_advisors_end_a_company() -> None:
    text = (
        "Northwind Financial said it would cut jobs. Harbor Lane Advisors disagreed, and "
        "Riverbend Bancorp rose. The Chief Financial Officer Jane Doe said so."
    )
    orgs = {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}
    assert orgs == {"Northwind Financial", "Harbor Lane Advisors", "Riverbend Bancorp"}


def test_a_medical_or_research_center_is_an_institution_not_a_site() -> None:
    text = "Both were taken to Memorial Medical Center. The game was played at the Staples Center."
    kinds = _kinds(extract(text, "en"))
    assert kinds == {"Memorial Medical Center": EntityKind.ORG, "Staples Center": EntityKind.PLACE}


def test_a_body_named_by_several_things_it_is_for_is_whole() -> None:
    text = "In Tokyo, the Ministry of Economy, Trade and Industry said so. Trade rose."
    assert _kinds(extract(text, "en")) == {
        "Ministry of Economy, Trade and Industry": EntityKind.ORG,
        "Tokyo": EntityKind.PLACE,
    }
    text = "Analysts at the Bank of England, Barclays and HSBC agreed."
    orgs = {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}
    assert orgs == {"Bank of England", "Barclays", "HSBC"}


def test_a_german_noun_after_a_word_for_a_body_is_no_name() -> None:
    text = (
        "Sie leitet die Abteilung des Zentrums Geschichte des Wissens. Wir sparen in unserem "
        "Magazin Papier und lesen die Geschichte der Stadt. Der Chiphersteller Intel wächst."
    )
    orgs = {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}
    assert orgs == {"Intel"}

"""Works, products and terms that read like organisations' names (session 14, from the
unlabelled dev-set bodies): a title introduced by the kind of work ("his first novel, Web of
Angels"), a product by its kind ("die Kryptowährung FairCoin") or by what the text says it is
("VeraCrypt ist ein Verschlüsselungsprogramm"), a device by its last word ("PD Car Charger"),
and an acronym in brackets after a German law's, programme's or system's name. Hand-made
sentences; the expected organisations are what a reader marks."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang", "work"),
    [
        ("He soon wrote his first novel, Web of Angels, a cyberpunk story.", "en", "Web"),
        ("The book was called The Dragon Waiting, and it sold well.", "en", "The Dragon Waiting"),
        ("The new TV series, The Mandalorian, starts today.", "en", "The Mandalorian"),
        (
            "Fairkom engagiert sich für die Kryptowährung FairCoin. FairCoin wächst.",
            "de",
            "FairCoin",
        ),
        (
            "Kostenlos wird die Open-Source-Alternative VeraCrypt angeboten. VeraCrypt ist sicher.",
            "de",
            "VeraCrypt",
        ),
        (
            "2008 begann das Forschungsprojekt ImpulsBauhaus mit der Bauhaus-Universität Weimar.",
            "de",
            "ImpulsBauhaus",
        ),
        ("VeraCrypt ist ein Verschlüsselungsprogramm, das als sicher gilt.", "de", "VeraCrypt"),
        ("Zentrix is a free app for runners. Zentrix counts your steps.", "en", "Zentrix"),
    ],
)
def test_a_work_or_product_introduced_by_its_kind_is_no_organisation(
    text: str, lang: str, work: str
) -> None:
    assert work not in _orgs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "org"),
    [
        # "Developer" ends in the German "Oper" but is no German compound
        ("Developer Valve called the game a flagship title.", "en", "Valve"),
        # a closing quote after a kind of thing opens no title
        ('"We are joining the Artemis program," NASA said on Monday.', "en", "NASA"),
        # what a company is, said of it, keeps it a company
        ("Die Zentrix GmbH ist eine Firma aus Köln, die Apps herstellt.", "de", "Zentrix GmbH"),
        # a German word that only begins with a kind ("Spielplan") says nothing
        ("Im Spielplan der Liga steht der SV Werder Bremen oben.", "de", "SV Werder Bremen"),
        # services people post on stay organisations, whatever the text calls them
        ("Die App Instagram gehört zu Meta. Auf Instagram posten viele.", "de", "Instagram"),
    ],
)
def test_an_organisation_beside_such_words_stays(text: str, lang: str, org: str) -> None:
    assert org in _orgs(text, lang)


def test_a_device_named_by_its_last_word_is_no_organisation() -> None:
    found = _orgs("The deal is on the Satechi 72W USB-C PD Car Charger at Amazon.", "en")
    assert "PD Car Charger" not in found and "Amazon" in found


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Nach der Seeschifffahrtsstraßen-Ordnung (SeeSchStrO) darf man nicht trinken.",
            "SeeSchStrO",
        ),
        ("Im Europäischen Erhaltungszuchtprogramm (EEP) ist ein Jungvogel geschlüpft.", "EEP"),
        ("Die Befunde liegen im Praxisverwaltungssystem (PVS) der Ärzte.", "PVS"),
        ("Labels wie der Responsible Wool Standard (RWS) geben Auskunft.", "RWS"),
    ],
)
def test_an_acronym_of_a_law_a_programme_or_a_system_is_no_organisation(
    text: str, term: str
) -> None:
    assert term not in _orgs(text, "de")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Das Robert-Koch-Institut (RKI) meldet neue Zahlen. Das RKI rät ab.", "RKI"),
        ("Das Forum Waffenrecht (FWR) reagierte auf den Amoklauf. Das FWR trauert.", "FWR"),
        # English words for a body, with no head German knows, stay
        ("Ein Team in der National Ignition Facility (NIF) hat das geschafft.", "NIF"),
    ],
)
def test_a_body_abbreviated_in_brackets_stays(text: str, org: str) -> None:
    # the acronym is an organisation's mention, alone or with the name it abbreviates (session
    # 33: "Forum Waffenrecht" found whole, "FWR" is its short form)
    mentions = {
        text[start:end]
        for f in extract(text, "de")
        if f.kind is EntityKind.ORG
        for start, end in f.spans
    }
    assert org in mentions


def test_a_title_in_angle_brackets_is_a_work() -> None:
    text = (
        "Jeongdong Theater staged <The Palace: Tale of Jang Noksu> at the festival. Tickets "
        "for The Palace are on sale."
    )
    found = _orgs(text, "en")
    assert "The Palace" not in found and "Jeongdong Theater" in found


@pytest.mark.parametrize(
    ("text", "lang", "thing"),
    [
        ("The findings fit a condition called HP. HP is a severe allergic reaction.", "en", "HP"),
        (
            "Dieselautos brauchen eine Harnstofflösung namens Adblue. AdBlue ist teuer.",
            "de",
            "AdBlue",
        ),
    ],
)
def test_a_name_given_to_a_thing_is_no_organisation(text: str, lang: str, thing: str) -> None:
    assert thing.casefold() not in {name.casefold() for name in _orgs(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "org"),
    [
        ("They hired a startup called Zentrix Labs. Zentrix Labs said so.", "en", "Zentrix Labs"),
        ("Er gründete eine Firma namens Zentrix GmbH in Köln.", "de", "Zentrix GmbH"),
        ("It was called Project Titan, and Apple shelved it in 2019.", "en", "Apple"),
    ],
)
def test_a_name_given_to_a_body_stays_one(text: str, lang: str, org: str) -> None:
    assert org in _orgs(text, lang)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "The worst pollution this year occurred during Diwali, the Hindu festival of "
            "lights, celebrated by lighting lamps. Diwali is loud.",
            "Diwali",
        ),
        (
            "He edited novels, including The Eye of the World, the first book in a long series.",
            "The Eye of the World",
        ),
    ],
)
def test_an_apposition_naming_a_work_or_an_occasion(text: str, thing: str) -> None:
    assert thing not in _orgs(text, "en")


def test_an_apposition_naming_a_company_keeps_it() -> None:
    assert "Valve" in _orgs("Valve, a game developer from Bellevue, said so.", "en")

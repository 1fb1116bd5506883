"""Session 33: an apposition that says a name is a programme, a treaty, a standard or another
thing, also in German with the name's case ("mit Horizon Europe, dem Forschungsprogramm der
EU") and with a German compound for its head ("Freihandelsabkommen"), takes the name off the
organisations; an apposition that names a body, or says nothing of a kind ("einem Beispiel
für …"), leaves it. Hand-written sentences, made-up names besides the EU's programme."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang", "thing"),
    [
        (
            "Die Förderung stammt aus Horizon Europe, dem Forschungsprogramm der EU. "
            "Horizon Europe läuft bis 2027.",
            "de",
            "Horizon Europe",
        ),
        (
            "Critics of Northwind, the trade agreement with Canada, protested. "
            "Northwind was signed in 2020.",
            "en",
            "Northwind",
        ),
        (
            "Die Firmen hoffen auf NordTrade, dem Freihandelsabkommen mit Norwegen. "
            "NordTrade soll 2026 gelten.",
            "de",
            "NordTrade",
        ),
        (
            "Die Hersteller setzen auf QuadLink, einen Funkstandard für Sensoren. "
            "QuadLink spart Strom.",
            "de",
            "QuadLink",
        ),
    ],
)
def test_an_apposition_naming_a_thing(text: str, lang: str, thing: str) -> None:
    assert thing not in _orgs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        (
            "Wir arbeiten mit der Zentrolix AG, einem Hersteller von Pumpen. "
            "Die Zentrolix AG stellt ein.",
            "de",
            "Zentrolix AG",
        ),
        (
            "Das Geld kam von der Korvato AG, einem Beispiel für gute Arbeit. "
            "Die Korvato AG wächst.",
            "de",
            "Korvato AG",
        ),
    ],
)
def test_an_apposition_naming_a_body_or_no_kind(text: str, lang: str, body: str) -> None:
    assert body in _orgs(text, lang)

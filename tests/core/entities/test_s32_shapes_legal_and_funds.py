"""Session 32: two shapes of an organisation's name that held-out text has and the rules missed.

A firm named by its partners ("Dunmore & Pike LLP", "Bramwell and Yates Ltd") is one name up to
its legal form, also one written in small letters ("plc", "gGmbH"); and a German fund or police
office ("Kasse", "Inspektion", "Präsidium") is a body like a "Kammer" or an "Amt", named by the
word before it or the town after it. Made-up firms and sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("The merger was advised by Dunmore & Pike LLP, which declined to comment.", "en",
         "Dunmore & Pike LLP"),
        ("Lawyers at Sterling & Hale LLP filed the motion on Tuesday.", "en",
         "Sterling & Hale LLP"),
        ("The deal was struck with Bramwell and Yates Ltd last year.", "en",
         "Bramwell and Yates Ltd"),
        ("Shares of Carrow & Sons plc fell 4 per cent on Monday.", "en", "Carrow & Sons plc"),
        ("Träger ist die Lebenshilfe Oberland gGmbH mit Sitz in Weilheim.", "de",
         "Lebenshilfe Oberland gGmbH"),
        ("Die Kanzlei Brenner & Vogt GmbH vertritt den Kläger.", "de", "Brenner & Vogt GmbH"),
    ],
)  # fmt: skip
def test_a_firm_of_partners_is_one_name_up_to_its_legal_form(
    text: str, lang: str, name: str
) -> None:
    assert name in _orgs(text, lang)


def test_two_bodies_joined_by_and_stay_two() -> None:
    orgs = _orgs("The probe was built by Ceres Robotics and Tyvak Orbital Systems Inc.", "en")
    assert "Ceres Robotics and Tyvak Orbital Systems Inc" not in orgs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Versicherten der Barmer Ersatzkasse zahlen im Herbst mehr.", "Barmer Ersatzkasse"),
        ("Ein Sprecher der Kreissparkasse Ravensburg bestätigte den Vorfall.",
         "Kreissparkasse Ravensburg"),
        ("Die Polizeiinspektion Dachau sucht nach dem Unfall Zeugen.", "Polizeiinspektion Dachau"),
    ],
)  # fmt: skip
def test_a_fund_or_police_office_is_a_body(text: str, name: str) -> None:
    assert name in _orgs(text, "de")


def test_a_noun_after_a_fund_is_what_it_pays_not_its_name() -> None:
    text = "Ist das Kind krank, gilt die Regel, dass die Krankenkasse Krankengeld bezahlt."
    assert not _orgs(text, "de")

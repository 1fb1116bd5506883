"""A body's acronym before what it runs, sells or issues ("the KVB Lounge", "NHL Season Pass",
"the QX Rewards Card") is that body, not a second organisation named for the thing; a body
whose own name ends in a head or a place keeps its whole name. Hand-written sentences; the
expected values read off them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_lounge_or_a_pass_after_an_acronym_is_the_body() -> None:
    text = (
        "Travellers with a first-class ticket may wait in the KVB Lounge at the main station. "
        "Fans who bought the NHL Season Pass can watch every game, and shoppers who pay with "
        "the QX Rewards Card collect points."
    )
    orgs = _orgs(text, "en")
    assert {"KVB", "NHL", "QX"} <= orgs
    assert not orgs & {"KVB Lounge", "NHL Season Pass", "QX Rewards Card"}


def test_a_team_or_a_flight_after_an_acronym_is_the_body() -> None:
    text = (
        "Researchers of the JAXA Lunar Team met on Monday. Investigators studied what "
        "happened to AZL Flight 212 over the sea."
    )
    orgs = _orgs(text, "en")
    assert {"JAXA", "AZL"} <= orgs
    assert not orgs & {"JAXA Lunar Team", "AZL Flight"}


def test_german_text_names_the_body_too() -> None:
    text = "Die Kunden der Bahn dürfen die DB Lounge in Köln nur noch mit einem Flexpreis betreten."
    orgs = _orgs(text, "de")
    assert "DB Lounge" not in orgs


def test_a_body_whose_name_ends_in_a_head_or_a_place_stays_whole() -> None:
    text = (
        "The union IG Metall called a strike, and CNN Business reported it. A professor at "
        "TU Darmstadt and the team at ETH Zürich wrote the study."
    )
    orgs = _orgs(text, "en")
    assert {"IG Metall", "CNN Business"} <= orgs
    assert "TU Darmstadt" in orgs


def test_a_country_before_a_team_is_no_body() -> None:
    text = "The US Team won the relay at the championships in Oslo on Sunday."
    assert "US" not in _orgs(text, "en")

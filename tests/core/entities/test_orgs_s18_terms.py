"""Acronyms and names that are terms, technologies or services rather than bodies, and the
services people post on. Expected values read off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str = "en") -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang", "term"),
    [
        ("The band is writing five songs for an EP it plans to release in spring.", "en", "EP"),
        ("Moderne Dieselautos haben einen SCR-Kat, der Harnstoff braucht.", "de", "SCR"),
        ("Die Chemikalien (PFC oder auf Englisch PFA) bleiben im Boden.", "de", "PFA"),
        ("He had two interceptions and a PBU in coverage on Sunday.", "en", "PBU"),
        ("The lock works with HomeKit via Bluetooth and costs $30.", "en", "HomeKit"),
        ("The tablet has a display with ProMotion and wide color support.", "en", "ProMotion"),
        ("It ships with a cable (USB-A to USB Micro-B) and a case.", "en", "Micro-B"),
    ],
)
def test_a_term_is_no_body(text: str, lang: str, term: str) -> None:
    assert term not in _orgs(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "In a Tumblr post at the time she described the sale as a loss.",
        "He streams every evening on Twitch to a few hundred viewers.",
    ],
)
def test_a_service_people_post_on_is_a_body(text: str) -> None:
    assert _orgs(text) & {"Tumblr", "Twitch"}


def test_a_listed_ngo_opening_a_german_compound_is_that_ngo() -> None:
    text = "Eine Greenpeace-Studie fand Schadstoffe im Schnee der Alpen."
    assert "Greenpeace" in _orgs(text, "de")


def test_a_credit_shared_by_slashes_names_each_body() -> None:
    text = "The watch is on sale today.\n\nImage Source: Mara Quendt / Pixoria Publishing/Stocklane"
    orgs = _orgs(text)
    assert {"Pixoria Publishing", "Stocklane"} <= orgs
    assert "Mara Quendt" not in orgs

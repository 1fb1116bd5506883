"""A name ending in a site's word ("Bridge", "Hub", "Center") that the text says was founded
names a body or a programme, not the site; a bridge that is opened or crossed stays a place,
and a town that was founded stays a town."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str) -> dict[str, EntityKind]:
    return {e.name: e.kind for e in extract(text, lang)}


def test_a_bridge_founded_in_german_is_a_body() -> None:
    text = (
        "Die Marine hat für ihre Stützpunkte eine „Korea Supply Bridge“ gegründet, über die "
        "Hersteller gewonnen werden sollen."
    )
    assert _kinds(text, "de").get("Korea Supply Bridge") is EntityKind.ORG


def test_a_bridge_founded_in_english_is_a_body_in_every_mention() -> None:
    text = (
        "In 2021 the navy founded the Pacific Tech Bridge to win local suppliers. Firms join "
        "the Pacific Tech Bridge for free."
    )
    assert _kinds(text, "en").get("Pacific Tech Bridge") is EntityKind.ORG


def test_an_english_passive_founding_counts() -> None:
    text = "The Pacific Tech Bridge, established in 2021, links the navy with local suppliers."
    assert _kinds(text, "en").get("Pacific Tech Bridge") is EntityKind.ORG


def test_a_bridge_that_was_opened_stays_a_place() -> None:
    text = "The Golden Gate Bridge was opened in 1937. Visitors walk across the Golden Gate Bridge."
    assert _kinds(text, "en").get("Golden Gate Bridge") is EntityKind.PLACE

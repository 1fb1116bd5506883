"""A body's head before a country's genitive is a kind of body there, no name; an agency's
country service in lower case is the agency. Expected values read off hand-written
sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _found(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "de")}


@pytest.mark.parametrize(
    "text",
    [
        "Er gründete die größte rechtsradikale Partei Deutschlands seit dem Krieg.",
        "Sie lehrt an der ältesten Universität Europas und forscht viel.",
    ],
)
def test_a_head_before_a_countrys_genitive_is_no_name(text: str) -> None:
    found = _found(text)
    assert not [n for n, k in found.items() if k is EntityKind.ORG]
    assert EntityKind.PLACE in found.values()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Die Kommunistische Partei Deutschlands wurde verboten.",
            "Kommunistische Partei Deutschlands",
        ),
        ("Er arbeitet bei der Bank Austria in Wien.", "Bank Austria"),
    ],
)
def test_a_name_with_its_adjective_or_a_nominative_place_stays(text: str, body: str) -> None:
    assert _found(text).get(body) is EntityKind.ORG


def test_an_agencys_country_service_is_the_agency() -> None:
    assert _found("Graz (epdÖ) – Die Kirchen bleiben offen.").get("epdÖ") is EntityKind.ORG


def test_a_word_that_opens_with_an_agencys_name_is_no_agency() -> None:
    found = extract("He stood on the other side of the road for an hour.", "en")
    assert not [f for f in found if f.kind is EntityKind.ORG]

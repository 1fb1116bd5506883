"""A stock index named with its word "Index" ("Kospi Index", "Hang Seng Index") is no person,
though its two words read as a first name and a surname: the index rule drops it as it drops
the company a bare index name was read as."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def test_an_index_read_as_a_person_is_dropped() -> None:
    text = (
        "Asian markets were mixed on Friday. Japan's Nikkei 225 rose 0.4%, while South "
        "Korea's Kospi Index (KOSPI) slipped 0.2% as traders waited for the talks."
    )
    found = {e.name: e.kind for e in extract(text, "en")}
    assert found.get("Kospi Index") is not EntityKind.PERSON


def test_a_person_beside_an_index_stays() -> None:
    text = (
        '"Nobody wants to buy before the talks," said Maria Lindqvist, a strategist in '
        "Seoul, as the Kospi Index fell 0.5%."
    )
    people = {e.name for e in extract(text, "en") if e.kind is EntityKind.PERSON}
    assert "Maria Lindqvist" in people
    assert "Kospi Index" not in people

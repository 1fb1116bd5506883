"""The name right before a player's position or school year and the player's name is the side
the player plays for: "Lakeview North sophomore Dana Pruitt", "Harbor State goalkeeper Ines
Vogt". A town alone before a position stays what the rules make of it ("Denver quarterback
…" is the city's team or the city); a school year belongs to a school whatever names it.
Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import extract


def _kinds(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for entity in extract(text, "en"):
        found.setdefault(entity.name, set()).add(entity.kind.name)
    return found


def test_a_school_named_by_town_and_quarter_before_a_school_year() -> None:
    found = _kinds("Lakeview North sophomore Dana Pruitt won the 200 yard backstroke on Friday.")
    assert found.get("Lakeview North") == {"ORG"}
    assert found.get("Dana Pruitt") == {"PERSON"}


def test_a_team_before_a_position() -> None:
    found = _kinds("Harbor State goalkeeper Ines Vogt made nine saves in the final.")
    assert found.get("Harbor State") == {"ORG"}


def test_a_town_alone_before_a_position_is_left_alone() -> None:
    found = _kinds("Denver quarterback Marcus Hale threw for 300 yards on Sunday.")
    assert "ORG" not in found.get("Denver", set())


def test_a_school_by_town_and_quarter_in_the_possessive_before_a_player() -> None:
    found = _kinds("Denver North's Kara Olsen won the 100 yard butterfly ahead of two seniors.")
    assert found.get("Denver North") == {"ORG"}
    assert found.get("Kara Olsen") == {"PERSON"}


def test_a_country_in_the_possessive_before_a_person_stays_a_place() -> None:
    found = _kinds("South Africa's Thandi Mokoena won the 100 metres in Doha.")
    assert found.get("South Africa") == {"PLACE"}


def test_a_sentence_s_first_word_or_a_standing_is_no_side() -> None:
    found = _kinds(
        "The senior Anna Berg won. When Harbor State goalkeeper Ines Vogt retired, nobody "
        "spoke. Former Harbor State goalkeeper Lena Roth came."
    )
    assert not {"The", "When Harbor State", "Former Harbor State"} & set(found)
    assert found.get("Harbor State") == {"ORG"}

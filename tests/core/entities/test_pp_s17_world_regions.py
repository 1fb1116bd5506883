"""Seas, oceans and regions of the world that no gazetteer lists are places, one place in
either language ("the Middle East" is "der Nahe Osten", "the Soviet Union" "die
Sowjetunion"); "Pacific" alone is a word of other names ("Asia-Pacific shares"). Hand-written
sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract
from reader.core.entities.places import lookup


def _places(text: str, lang: str) -> list[str]:
    return sorted(f.name for f in extract(text, lang) if f.kind is EntityKind.PLACE)


def test_english_regions_and_seas_are_places() -> None:
    text = "Shipping from the Middle East through the Mediterranean slowed in May."
    assert _places(text, "en") == ["Mediterranean", "Middle East"]


def test_german_case_forms_name_the_same_places() -> None:
    text = "Die Reederei meidet seit Mai das Mittelmeer und fährt nicht mehr in den Nahen Osten."
    assert _places(text, "de") == ["Mittelmeer", "Naher Osten"]
    assert lookup("Nahen Osten") == lookup("Middle East")


def test_a_former_state_is_a_place_not_a_body() -> None:
    assert _places("Kyiv was part of the Soviet Union until 1991.", "en") == [
        "Kyiv",
        "Soviet Union",
    ]


def test_pacific_alone_is_no_place_in_english() -> None:
    assert "Pacific Ocean" not in _places("Asia-Pacific shares rose on Monday.", "en")

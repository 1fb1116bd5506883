"""A town's name that is the surname of a person the text names in full is that person where it
stands alone ("Hamilton argued" after "Ian Hamilton"; "Kassel betonte" after "Trainer Lars Kassel"),
and the town only where the sentence places it ("in Hamilton", "Hamilton, Ontario", "nach
Kassel"). Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _mentions(text: str, lang: str, kind: EntityKind) -> dict[str, int]:
    return {f.name: len(f.spans) for f in extract(text, lang) if f.kind is kind}


def test_a_lone_surname_that_names_a_town_is_the_person() -> None:
    text = (
        '"The risk is the same," Hamilton argued. Ian Hamilton, a professor, said so. '
        "Hamilton urged people to be cautious. Hamilton, Ontario, is his home town."
    )
    assert _mentions(text, "en", EntityKind.PERSON) == {"Ian Hamilton": 3}
    assert _mentions(text, "en", EntityKind.PLACE).get("Hamilton") == 1


def test_the_same_in_german_text() -> None:
    text = "Trainer Lars Kassel sprach zuerst. Kassel betonte, er fahre morgen nach Kassel."
    assert _mentions(text, "de", EntityKind.PERSON) == {"Lars Kassel": 2}
    assert _mentions(text, "de", EntityKind.PLACE) == {"Kassel": 1}


def test_two_people_of_that_surname_leave_the_word_alone() -> None:
    text = "Ian Hamilton and Ruth Hamilton spoke. Hamilton is a city."
    assert "Hamilton" in _mentions(text, "en", EntityKind.PLACE)


def test_by_or_to_the_person_is_no_preposition_of_place() -> None:
    text = "Trainer Lars Kassel sprach. Die Recherche von Kassel überzeugte."
    assert _mentions(text, "de", EntityKind.PERSON) == {"Lars Kassel": 2}

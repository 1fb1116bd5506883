"""A lone surname spelled with one letter doubled or undoubled is the person whose full name
the text gives ("Volodymyr Zelensky" … "President Zelenskyy"), not a second person; a short
name, or a word not taken for a person, is not respelled. Expected values read off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import extract
from reader.core.entities.spellings import people_named


def _people(text: str) -> list[str]:
    return [f.name for f in extract(text, "en") if f.kind.value == "person"]


def test_a_surname_with_a_letter_doubled_is_the_same_person() -> None:
    text = (
        "The president spoke with Ukrainian President Volodymyr Zelensky on Thursday. "
        "In the call, President Zelenskyy said he would not give in, and Zelenskyy repeated it."
    )
    assert _people(text) == ["Volodymyr Zelensky"]


def test_a_surname_with_a_letter_undoubled_is_the_same_person() -> None:
    text = "Chancellor Markus Hammerl met the press. Later Chancellor Hamerl said no more."
    assert _people(text) == ["Markus Hammerl"]


def test_a_short_name_or_a_word_not_taken_for_a_person_is_not_respelled() -> None:
    parts = {"Bel": {"anna bel"}, "Zelensky": {"volodymyr zelensky"}}
    assert people_named("Bell", parts, respelled=True) is None  # under six letters
    assert people_named("Zelenskyy", parts, respelled=False) is None  # not taken for a person
    assert people_named("Zelenskyy", parts, respelled=True) == {"volodymyr zelensky"}
    assert people_named("Zelenskys", parts, respelled=False) == {"volodymyr zelensky"}  # genitive

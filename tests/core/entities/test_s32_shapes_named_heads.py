"""Session 32: a field's word after a name ends a company's name ("Redfield Health", "Corwin
Therapeutics", "Corvid Analytics said …": no person), and a district that runs schools or
water is a body ("Marlow School District"); after ordinary words, adjectives or a place the
field is what somebody studies ("Predictive Analytics", "Molecular Diagnostics", "Tokyo
Security"). Made-up names and sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _found(text: str) -> dict[str, EntityKind | None]:
    return {f.name: f.kind for f in extract(text, "en")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patients at Redfield Health were notified by mail.", "Redfield Health"),
        ("Corwin Therapeutics raised $40 million in new funding.", "Corwin Therapeutics"),
        ("Corvid Analytics said in a statement that it would appeal.", "Corvid Analytics"),
        ("Kestrel Biosciences said it would cut 40 jobs.", "Kestrel Biosciences"),
        ("Tom Brennan Construction said the bridge would open in May.",
         "Tom Brennan Construction"),
        ("Officials at Marlow School District said classes would resume.",
         "Marlow School District"),
        ("The Sacramento City Unified School District closed schools.",
         "Sacramento City Unified School District"),
        ("The Hartwell Water District raised its rates.", "Hartwell Water District"),
    ],
)  # fmt: skip
def test_a_name_and_a_field_or_district_is_a_body(text: str, name: str) -> None:
    assert _found(text).get(name) is EntityKind.ORG


@pytest.mark.parametrize(
    "text",
    [
        "The course covers Predictive Analytics and Machine Learning.",
        "Global Health experts warned of a new wave.",
        "She said Molecular Diagnostics was a growing field.",
        "Delegates at the Tokyo Security forum met on Monday.",
        "Cyber Security experts warned of new attacks.",
        "She said Local School District budgets would shrink.",
    ],
)
def test_ordinary_words_before_a_field_make_no_body(text: str) -> None:
    assert EntityKind.ORG not in _found(text).values()


def test_a_word_before_a_field_makes_a_firm_not_a_person() -> None:
    # "Kestrel" is a word of English: the firm's shape is in its field, whatever verb follows
    assert _found("Kestrel Analytics said in a statement that it would appeal.") == {
        "Kestrel Analytics": EntityKind.ORG
    }

"""A name a verb of saying stands beside is a person's, unless the English text also writes
it alone after "the", as it writes no person's name ("Audi says", "the Audi e-tron"); a
person's surname keeps its person ("Donald Trump … the Trump administration"). Expected
values read off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _kinds(found: list[Found]) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in found}


def test_a_brand_after_the_is_no_person() -> None:
    text = (
        "That, Audi says, allows more range. Joining the Audi e-tron SUV, the new model "
        "arrives in spring. Inside, Audi is promising space for five."
    )
    assert _kinds(extract(text, "en")).get("Audi") is EntityKind.ORG


def test_a_persons_surname_stays_a_person() -> None:
    text = (
        "Donald Trump spoke on Monday. The Trump administration denied it, Trump said, and "
        "the Trump campaign agreed."
    )
    kinds = _kinds(extract(text, "en"))
    assert kinds.get("Donald Trump") is EntityKind.PERSON
    assert EntityKind.ORG not in kinds.values()


def test_a_surname_after_a_role_or_an_honorific_stays_a_person() -> None:
    """Seen on news pages that never write the full name: "Mr. Trump said …", "President
    Trump …", and "the Trump administration" in between."""
    honorific = (
        "“We’re taking in billions,” Mr. Trump said on Friday. The Trump administration "
        "imposed tariffs on steel. Trump wasn’t satisfied."
    )
    role = (
        "President Trump spoke on Monday. The Trump administration denied it, Trump said, "
        "and the Trump campaign agreed."
    )
    for text in (honorific, role):
        kinds = _kinds(extract(text, "en"))
        assert kinds.get("Trump") is EntityKind.PERSON
        assert EntityKind.ORG not in kinds.values()

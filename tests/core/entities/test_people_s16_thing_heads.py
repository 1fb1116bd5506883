"""A name right before a word for a site or a made thing, in small
letters, names that thing, no person ("the Marla Quint prison", "the Oskar Vale
supercomputer"), when every mention is so written and none has a role; a person's name before
what someone made or leads stays a person ("a Nora Finch novel"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.PERSON}


def test_a_name_before_a_site_or_device_word_is_no_person() -> None:
    people = _people(
        "The visitors toured the Marla Quint prison on Monday, said Peter Holloway. The "
        "model ran on the Oskar Vale supercomputer for a month, and the winners got Lena "
        "Brook cosmetics."
    )
    assert "Peter Holloway" in people
    assert not {"Marla Quint", "Oskar Vale", "Lena Brook"} & people


def test_a_name_before_what_a_person_makes_stays_a_person() -> None:
    people = _people(
        "She had read every Nora Finch novel twice, and the Tom Baxter campaign asked for money."
    )
    assert {"Nora Finch", "Tom Baxter"} <= people


def test_a_name_also_written_elsewhere_or_with_a_role_stays_a_person() -> None:
    people = _people(
        "Visitors walk past the Adam Krell hospital every day. Adam Krell said he was proud. "
        "Patients of the Dr. Ines Marlow clinic were moved."
    )
    assert {"Adam Krell", "Ines Marlow"} <= people


def test_a_surname_before_such_a_word_is_its_persons_mention() -> None:
    found = extract("Donald Trump spoke on Monday. Guests of the Trump hotel were moved.", "en")
    trump = [f for f in found if f.kind is EntityKind.PERSON and f.name == "Donald Trump"]
    assert len(trump) == 1 and len(trump[0].spans) == 2

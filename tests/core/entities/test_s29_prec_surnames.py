"""A carmaker's or a device maker's name alone that is the surname of people the text names in
full ("Lena Porsche and Paul Porsche … Porsche wrote") is no company's, nor, as two people bear
it, a person's of its own; where the text also names the maker's model ("a Porsche Taycan")
the lone word is the maker as before. Expected values read off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_makers_name_that_ends_a_persons_full_name_is_no_company() -> None:
    text = (
        "The novelist Margaret T. Ford spent a decade on the book with her brother Paul Ford. "
        "Ford wrote every chapter by hand, and Ford's publisher said the ending came last."
    )
    assert "Ford" not in _kinds(text, "en")  # one of two people: no company, nobody in particular


def test_a_german_text_names_the_author_and_his_surname_alone() -> None:
    text = (
        "Die Historikerin Amelie Porsche hat mit ihrem Vater Konrad Porsche ein Buch "
        "geschrieben. Porsche erzählt darin von seiner Kindheit, und Porsche liest am Freitag."
    )
    assert _kinds(text, "de").get("Honda") is not EntityKind.ORG


def test_the_maker_stays_where_the_text_names_its_model() -> None:
    text = (
        "Margaret T. Ford and Paul Ford reviewed the new Ford Mustang for a week. Ford has cut "
        "the price of the car, and Ford said deliveries begin in May."
    )
    assert _kinds(text, "en").get("Ford") is EntityKind.ORG


def test_a_maker_alone_with_no_such_person_is_the_company() -> None:
    text = (
        "Shares of Nissan fell on Monday. Nissan said sales in China dropped, and Nissan cut jobs."
    )
    assert _kinds(text, "en").get("Nissan") is EntityKind.ORG

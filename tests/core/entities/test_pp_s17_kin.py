"""A first name alone after a word of kinship is a person, and the kinship is what the text
says of her ("his wife, Kimberly", "Gattin Gisela", "seines Bruders Mischa"); English needs a
possessive before the word, and a brand after "Tochter" (a subsidiary) stays a company.
Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def test_an_english_wife_named_by_first_name_is_a_person() -> None:
    text = "The singer told fans that his wife, Margaret, had been in hospital since May."
    assert _people(text, "en") == {"Margaret": ("wife",)}


def test_an_english_son_without_a_comma_is_a_person() -> None:
    assert "Ethan" in _people("The coach and her son Ethan moved to a farm last year.", "en")


def test_english_kinship_without_a_possessive_names_no_one() -> None:
    assert _people("A grandmother Victoria style dress was on sale in the shop.", "en") == {}


def test_a_german_spouse_opening_a_sentence_is_a_person() -> None:
    text = "Er sammelt alte Steine. Gattin Hildegard (71) sortiert die Briefmarken."
    assert _people(text, "de") == {"Hildegard": ("Gattin",)}


def test_a_german_brother_in_the_genitive_is_a_person() -> None:
    text = "Im Doppel spielte er an der Seite seines Bruders Lukas gegen die Favoriten."
    assert "Lukas" in _people(text, "de")


def test_a_brand_after_tochter_stays_a_company() -> None:
    text = "Die Holding verkauft ihre Tochter Mercedes nicht, heißt es in Stuttgart."
    assert _people(text, "de") == {}


def test_a_brand_s_name_is_no_family_name() -> None:
    from reader.core.entities.kin import family_name

    assert family_name("Kimberly") and not family_name("Mercedes") and not family_name("Nike")

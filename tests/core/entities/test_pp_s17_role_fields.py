"""A role keeps the lower-case words that say which office it is, written before the role
word: a field noun ("art historian", "press secretary") or a field's adjective ("political
scientist"); a free adjective ("new", "former") or the sentence's own words ("said") are no
part of it. Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "en") if f.kind is EntityKind.PERSON}


def test_a_field_noun_before_the_role_word_stays() -> None:
    text = "The exhibition was curated by art historian Marieke Groot in Leiden."
    assert _roles(text) == {"Marieke Groot": ("art historian",)}


def test_a_field_adjective_in_an_apposition_stays() -> None:
    text = "Tariffs will hurt exporters, said Helen Marsh, a political scientist who studies trade."
    assert _roles(text) == {"Helen Marsh": ("political scientist",)}


def test_a_free_adjective_is_no_part_of_the_office() -> None:
    text = "The club hired Daniel Reyes, a former soccer coach, on Monday."
    assert _roles(text) == {"Daniel Reyes": ("soccer coach",)}


def test_a_word_no_dictionary_has_is_no_field() -> None:
    text = "The statement came from zalando spokesman Jonas Whitfield on Monday."
    assert _roles(text) == {"Jonas Whitfield": ("spokesman",)}

"""A party's member named with the party word before the name inside an English sentence
("as Republican Phil Bryant did") is a person; a body whose name goes on after the word stays
one ("Republican Governors Association"). Hand-written sentences; expected values are what a
reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _names(text: str, kind: EntityKind) -> list[str]:
    return sorted(f.name for f in extract(text, "en") if f.kind is kind)


def test_a_party_word_before_a_first_name_and_surname_is_no_company() -> None:
    text = "Four years ago, Republican Hank Morrow won the county in a landslide."
    assert _names(text, EntityKind.PERSON) == ["Hank Morrow"]
    assert _names(text, EntityKind.ORG) == []


def test_a_body_named_with_the_party_word_stays_a_body() -> None:
    text = "The Republican Governors Association spent more on ads this year."
    assert _names(text, EntityKind.ORG) == ["Republican Governors Association"]
    assert _names(text, EntityKind.PERSON) == []

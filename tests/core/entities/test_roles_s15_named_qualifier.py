"""A role in apposition may be qualified by a name of several words, where the role is held
(", the Health and Human Services secretary", ", Hong Kong’s new police commissioner"); a
person's name there makes a list, and a comma ends the apposition. Hand-written sentences; the
expected roles are what a reader writes in a who's who."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "en") if f.kind is EntityKind.PERSON}


def test_a_name_of_several_words_qualifies_the_role() -> None:
    roles = _roles(
        "The letter went to Alex Azzaro, the Health and Human Services secretary, on Monday. "
        "Chris Tanner, Hong Kong’s new police commissioner, said police alone cannot end it."
    )
    assert roles["Alex Azzaro"] == ("secretary",)
    assert roles["Chris Tanner"] == ("police commissioner",)


def test_a_persons_name_or_a_comma_ends_the_apposition() -> None:
    roles = _roles("Alex Azzaro, Maria Lindqvist and the secretary met on Monday.")
    assert roles["Alex Azzaro"] == ()
    roles = _roles("Alex Azzaro, Health and Human Services, the secretary said on Monday.")
    assert roles["Alex Azzaro"] == ()

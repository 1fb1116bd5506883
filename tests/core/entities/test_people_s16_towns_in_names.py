"""A two-word name that opens with no first name and ends with a word the text writes as a
place elsewhere ("mit dem Atelier Lindquist Oberwaldau" and "in Oberwaldau") is a name and the
town of its seat, no person; the town keeps its mentions. A first name at either end keeps the
person ("Toni Oberwaldau", "Kobryn James" beside "in James's career"). Hand-written
sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_name_ending_in_a_town_the_text_places_is_no_person() -> None:
    kinds = _kinds(
        "Seit 2001 arbeitet er mit dem Atelier Lindquist Oberwaldau zusammen. Er lebt in "
        "Oberwaldau, und in Oberwaldau liegt auch sein Büro.",
        "de",
    )
    assert kinds.get("Oberwaldau") is EntityKind.PLACE
    assert not [name for name, kind in kinds.items() if kind is EntityKind.PERSON]


def test_a_first_name_keeps_the_person() -> None:
    kinds = _kinds(
        "Mit Toni Oberwaldau sprach er lange. Das Spiel in Oberwaldau endete spät.", "de"
    )
    assert kinds.get("Toni Oberwaldau") is EntityKind.PERSON
    kinds = _kinds("Kobryn James scored 30. It was the best game in James's career.", "en")
    assert kinds.get("Kobryn James") is EntityKind.PERSON

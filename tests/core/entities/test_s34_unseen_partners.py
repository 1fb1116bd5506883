"""Session 34: a first name alone after a word for a partner or a rival ("Geschäftspartner
Willi", "her business partner Willi") is a person, not a company — people named by first
name were read as organisations in blind batches s22, s23, s25 and s27 while unseen. A
body's name or a shop's possessive after such a word stays a body. Made-up sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_partner_named_by_first_name_is_a_person() -> None:
    found = _kinds("Mit ihrem Tanzpartner Thomas übte sie jeden Abend.", "de")
    assert found.get("Thomas") is EntityKind.PERSON
    found = _kinds("Her business partner Willi runs the bakery in town.", "en")
    assert found.get("Willi") is EntityKind.PERSON


def test_a_body_after_such_a_word_stays_a_body() -> None:
    found = _kinds("Rival Dunmore's was also lower on Friday.", "en")
    assert found.get("Dunmore's") is not EntityKind.PERSON
    found = _kinds("Der Kooperationspartner Quandrix lieferte die Teile.", "de")
    assert found.get("Quandrix") is not EntityKind.PERSON

"""Session 34: a small business named after its owner in the possessive ("Joe's Diner",
"Kalani’s Bar & Grill") is one organisation of both words, in English and in German, which
borrows the shape; eateries and shops of this kind were missed in blind batches s23 and s27
while unseen, and the owner's name alone was read as the company. Made-up names and sentences.
"""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_an_owner_and_the_kind_of_business_are_one_name() -> None:
    assert _orgs("We met at Dunmore's Diner near the old station.", "en") == {"Dunmore's Diner"}
    assert "Kalani’s Bar & Grill" in _orgs("Abends saßen wir in Kalani’s Bar & Grill.", "de")


def test_a_town_or_a_name_after_the_kind_is_no_such_business() -> None:
    assert not _orgs("The crowd filled Toronto's Bar district on Friday night.", "en")
    found = _orgs("Guests of Dunmore's Hotel Belvedere arrived late.", "en")
    assert "Dunmore's Hotel" not in found

"""A lone name written before a word for a public site in every mention ("at Harrowfield
prison", "in Harrowfield jail") is that site, a place; a company's own site ("the Kovatix
factory") and a name also written alone stay what the other rules made them. Hand-written
sentences; the expected values read off them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _found(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "en")}


def test_a_name_before_prison_in_every_mention_is_a_place() -> None:
    text = (
        "He is being held at Harrowfield prison in the north. From behind bars in "
        "Harrowfield jail, he is preparing his appeal, his lawyer said."
    )
    assert _found(text).get("Harrowfield") is EntityKind.PLACE


def test_a_company_before_its_factory_keeps_its_kind() -> None:
    text = (
        "Workers at the Kovatix factory walked out, and shares of Kovatix fell after "
        "Kovatix cut its forecast."
    )
    assert _found(text).get("Kovatix") is EntityKind.ORG


def test_a_name_also_written_without_a_site_word_keeps_its_kind() -> None:
    text = (
        "Shares of Kovatix rose on Monday. Kovatix owns the Kovatix stadium in the city, "
        "and Kovatix said it would expand."
    )
    assert _found(text).get("Kovatix") is EntityKind.ORG

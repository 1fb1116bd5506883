"""A one-word name an English text writes only after an organisation's possessive is what the
organisation owns — a product, event or service — unless it shows itself a body. Expected
values read off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_what_an_organisation_owns_is_no_organisation() -> None:
    text = "Teens love Apple's AirPods, and Microsoft's Azure cloud grew 29% this year."
    assert _orgs(text) == {"Apple", "Microsoft"}


def test_a_body_after_a_possessive_stays_a_body() -> None:
    text = "Shares of Volkswagen's Porsche rose, and Meta's Instagram gained users."
    assert {"Porsche", "Instagram"} <= _orgs(text)


def test_a_name_also_written_on_its_own_keeps_what_it_was() -> None:
    text = "Teens love Apple's AirPods. AirPods sold 10 million units, and AirPods will stay."
    assert "AirPods" in _orgs(text)


def test_a_persons_possessive_owns_no_product_here() -> None:
    text = "Michael Webb rented a desk. A friend found Webb's WeWork office and called 911."
    assert _orgs(text) == {"WeWork"}

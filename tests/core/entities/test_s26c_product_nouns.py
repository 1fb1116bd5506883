"""A brand-shaped name every mention writes before a noun for a kind of device or after a
screen's size ("the PowerPad controllers", "the 13-inch ZenSlate") is a product line, not an
organisation; a company named before its people or its deals stays one
(product_nouns.not_companies). Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str = "en") -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_name_before_its_devices_is_no_organisation() -> None:
    kinds = _kinds(
        "Amazon discounts various ZenSlate models from $600 today. The 13-inch ZenSlate comes "
        "with 256GB of storage, and the PowerPad controllers drop to $39."
    )
    assert "ZenSlate" not in kinds
    assert "PowerPad" not in kinds


def test_a_company_before_its_staff_stays_an_organisation() -> None:
    kinds = _kinds(
        "More than 2,000 HomeNest employees will lose their jobs. HomeNest models its offices "
        "on hotels, and HomeNest said the cuts were final."
    )
    assert kinds.get("HomeNest") is EntityKind.ORG

"""A camel-cased word the text also writes with a small first letter that is no organisation
("thinCASH … ThinCASH") is a coined term; a brand that writes itself small ("eBay") keeps its
capitalised form too. Hand-written sentences; the expected values read off them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_word_spelt_both_ways_is_a_coined_term() -> None:
    text = (
        "Savers talk of three goals: CASH, thinCASH and thickCASH. ThinCASH is when a saver "
        "keeps one month of pay, while someone who reaches ThickCASH keeps a year's."
    )
    assert not _orgs(text) & {"ThinCASH", "ThickCASH"}


def test_a_brand_written_small_keeps_its_capitalised_form() -> None:
    text = (
        "Sellers on eBay complained on Monday. EBay said fees would not rise, and eBay shares fell."
    )
    assert _orgs(text) & {"eBay", "EBay"}

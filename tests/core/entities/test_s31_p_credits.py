"""A photo credit glued to the surname it follows on a copied page is cut off: the person
keeps their name, and a brand written in camel case keeps its shape."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _names(text: str, lang: str, kind: EntityKind) -> set[str]:
    return {e.name for e in extract(text, lang) if e.kind is kind}


def test_a_credit_glued_to_a_surname_is_cut_off() -> None:
    text = (
        "Die Kritik kam von der Opposition. Kultursprecher Karl Wendler nannte die Reisen "
        "teuer.\n\nÜbt Kritik: Kultursprecher Karl WendlerParlamentsdirektion/Anna Berger\n\n"
        "Wendler fordert eine Prüfung durch den Rechnungshof."
    )
    people = _names(text, "de", EntityKind.PERSON)
    assert "Karl Wendler" in people
    assert not any("Parlamentsdirektion" in name for name in people)


def test_an_english_caption_credit_is_cut_off_too() -> None:
    text = (
        "Mayor Linda Farrow opened the new library on Monday.\n\n"
        "Opening day: Mayor Linda FarrowPhoto/Tom Reyes\n\nFarrow said the town had waited years."
    )
    people = _names(text, "en", EntityKind.PERSON)
    assert "Linda Farrow" in people
    assert not any("FarrowPhoto" in name for name in people)


def test_a_camel_case_brand_keeps_its_shape() -> None:
    text = (
        "Die RheinEnergie meldet höhere Gewinne. Der Versorger RheinEnergie investiert in "
        "Köln. Der Rhein führt Hochwasser."
    )
    assert "RheinEnergie" in _names(text, "de", EntityKind.ORG)

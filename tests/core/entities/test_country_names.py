"""Countries under the names papers wrote before CLDR followed their renaming ("Turkey",
"Ivory Coast", "Burma") are the same places as under the new ones. Expected values are the
countries' ISO codes."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract, places


def test_old_names_lead_to_the_renamed_countries() -> None:
    assert places.lookup("Turkey") == places.lookup("Türkiye") == places.lookup("Türkei")
    assert places.lookup("Ivory Coast") == places.lookup("Elfenbeinküste")
    for name, code in [("Turkey", "TR"), ("Ivory Coast", "CI"), ("Burma", "MM")]:
        found = places.lookup(name)
        assert found is not None and found.country == code


def test_an_english_text_names_turkey_so() -> None:
    found = extract("The president spoke about Turkey and Ukraine on Monday.", "en")
    assert {f.name for f in found if f.kind is EntityKind.PLACE} == {"Turkey", "Ukraine"}


def test_england_is_a_region_of_the_united_kingdom() -> None:
    england, britain = places.lookup("England"), places.lookup("Großbritannien")
    assert england is not None and britain is not None
    assert england.key != britain.key and england.country == britain.country == "GB"
    text = "Er spielte mit einem Partner aus England gegen Ben Bartram aus Großbritannien."
    found = {f.name for f in extract(text, "de") if f.kind is EntityKind.PLACE}
    assert found == {"England", "Vereinigtes Königreich"}

"""A hyphenated code opened by one letter ("T-GDI", "E-VTX") names an engine or a format, so
the acronym in it is no organisation; a party's letter before a state ("(D-NY)") is read as
before. Hand-written sentences; the expected values read off them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _found(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_an_acronym_after_one_letter_is_a_code() -> None:
    text = "Der 1,6-Liter T-GDI mit 180 PS arbeitet mit einem Elektromotor zusammen."
    assert "GDI" not in _found(text, "de")
    text = "The E-VTX engine has 200 hp and pairs with a six-speed gearbox."
    assert "VTX" not in _found(text, "en")


def test_a_party_letter_before_a_state_still_gives_the_state() -> None:
    text = "Rep. Maria Ortega (D-NY), who chairs the panel, asked for more money."
    assert _found(text, "en").get("NY") is EntityKind.PLACE

"""A word with a number after it is a name, no market code or model number (extraction._code):
"laut Datix4", "the Women20 summit"; codes mix capitals and digits and stay none ("CLc1",
"US10YT", "CMAL3"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_word_with_a_number_after_it_can_be_a_body() -> None:
    assert "Datix4" in _orgs("Laut Datix4 ergibt dies eine große Menge an Daten.", "de")


def test_capitals_and_digits_stay_codes() -> None:
    orgs = _orgs(
        "Die Rendite von US10YT stieg, und der Kontrakt CMAL3 fiel, sagte die Börse.", "de"
    )
    assert not orgs & {"US10YT", "CMAL3"}

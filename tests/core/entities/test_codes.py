"""Acronyms that are codes, numerals or terms, not bodies: an acronym with a number after its
hyphen ("RS-25" engines, "SARS-CoV-2", "GLP-1", "DMC-FZ100"), a Roman numeral
("Eisen(III)-Oxide"), identifiers and everyday terms ("DOI:", "ISBN", "Flüssiggas (LPG)",
"UV-Licht", "ECG app", "ASAP", "BWL-Studium"). All were organisations on real pages of
several kinds (space news, health advice, chemistry, camera offers, book pages). Sentences
written for the test; expected values from reading them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_an_acronym_with_a_number_after_its_hyphen_is_a_code() -> None:
    english = (
        "At the plant, workers installed the four RS-25 engines. The diet raised levels of "
        "glucagon-like peptide 1 (GLP-1), a hormone. NASA said the test went well."
    )
    german = (
        "Die Erkrankung wird durch das Coronavirus SARS-CoV-2 ausgelöst. Die Panasonic "
        "Lumix DMC-FZ100 wird gebraucht angeboten."
    )
    assert _orgs(english, "en") == {"NASA"}
    assert _orgs(german, "de") == {"Panasonic"}  # the maker named before its model


def test_a_roman_numeral_is_no_body() -> None:
    text = "Die Forschenden haben zwei Eisen(III)-Oxide untersucht. Band II erscheint 2024."
    assert _orgs(text, "de") == set()


def test_identifiers_and_everyday_terms_are_no_bodies() -> None:
    english = (
        "Read the chapter online. DOI: 10.1007/978-3-319-09575-2_199-1. The watch has an "
        "ECG app. They need more games ASAP, says the analyst."
    )
    german = (
        "Das Buch ist erschienen, ISBN: 9783161590412. Ein Haus, das mit Flüssiggas (LPG) "
        "beheizt wird, spart Geld. Der Lack wird mit UV-Licht gehärtet. Sie beginnt ihr "
        "BWL-Studium in Köln."
    )
    assert _orgs(english, "en") == set()
    assert _orgs(german, "de") == set()

"""A bank's one-word name ("Rabobank", "Postbank") is an organisation in any sentence; the kinds
of bank German writes in one word ("Notenbank", "Datenbank", "Hausbank") and English words
("sandbank") are none. Expected values read off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _found(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "bank"),
    [
        ("Die niederländische Rabobank hat ihre Prognose für Milch gesenkt.", "de", "Rabobank"),
        ("Kunden der Postbank klagten am Montag über Ausfälle.", "de", "Postbank"),
        ("Die Targobank schließt im Sommer zwölf Filialen im Ruhrgebiet.", "de", "Targobank"),
        ("Rabobank said on Monday it would cut 2,000 jobs by 2026.", "en", "Rabobank"),
        ("Postbank customers were locked out for a day, the German lender said.", "en", "Postbank"),
    ],
)
def test_a_banks_one_word_name_is_an_organisation(text: str, lang: str, bank: str) -> None:
    assert _found(text, lang).get(bank) is EntityKind.ORG


@pytest.mark.parametrize(
    "text",
    [
        "Die Notenbank hob den Leitzins an, die Zentralbank in Tokio wartet noch ab.",
        "In der Datenbank fehlen Einträge, sagt die Förderbank des Landes.",
        "Er sprach mit seiner Hausbank, die Wissensdatenbank half ihm nicht weiter.",
    ],
)
def test_a_kind_of_bank_is_no_name(text: str) -> None:
    assert not [n for n, k in _found(text, "de").items() if k is EntityKind.ORG]


@pytest.mark.parametrize(
    "text",
    [
        "Riverbank erosion worries farmers along the Elbe.",
        "Sandbank shifts closed the channel twice last year.",
    ],
)
def test_an_english_word_ending_in_bank_opens_no_name(text: str) -> None:
    assert not [n for n, k in _found(text, "en").items() if k is EntityKind.ORG]


def test_an_english_word_and_a_town_ending_in_bank_stay_what_they_are() -> None:
    found = _found("The ferry from Burbank ran onto a sandbank near the riverbank.", "en")
    assert found.get("Burbank") is EntityKind.PLACE
    assert not [n for n, k in found.items() if k is EntityKind.ORG]

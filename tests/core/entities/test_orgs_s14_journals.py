"""Journals and papers named after a word for a periodical are organisations, as the gold
counts them (session 14): "in the journal Nature Astronomy", "in der Fachzeitschrift
Angewandte Chemie" — a title of everyday words that alone would read as a phrase. Hand-made
sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang", "journal"),
    [
        (
            "The study was published online today in the journal Nature Astronomy.",
            "en",
            "Nature Astronomy",
        ),
        ("The paper's editors at the journal Current Opinion printed it.", "en", "Current Opinion"),
        (
            "Ein Team stellt in der Fachzeitschrift Angewandte Chemie ein System vor.",
            "de",
            "Angewandte Chemie",
        ),
        (
            "Die Studie erschien in der Zeitschrift Lancet Neurologie im Mai.",
            "de",
            "Lancet Neurologie",
        ),
    ],
)
def test_a_title_after_a_word_for_a_periodical_is_an_organisation(
    text: str, lang: str, journal: str
) -> None:
    assert journal in _orgs(text, lang)


def test_a_menu_s_list_gives_no_title() -> None:
    text = "Muss man eine MPU machen?  Magazin, Neuigkeiten  Das Wasser schwappt."
    assert "Neuigkeiten" not in _orgs(text, "de")

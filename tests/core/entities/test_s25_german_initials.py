"""A German body's initials that happen to spell a rare English word stay a body in German
text ("die GEZ", "das FEZ": "gez" and "fez" are in the English dictionary, but English all
but never writes them); an English word German text shouts in capitals stays none ("im
SALE"). Expected values read off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("So geschmacklos war bisher nicht einmal die GEZ mit ihren Briefen.", "GEZ"),
        ("Am Wochenende lädt das FEZ in der Wuhlheide zum Familienfest ein.", "FEZ"),
    ],
)
def test_initials_that_spell_a_rare_english_word_are_a_body(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_an_english_word_shouted_in_german_text_is_no_body() -> None:
    assert "SALE" not in _orgs("Jetzt im SALE: Jacken und Schuhe bis zu 50 Prozent günstiger.")

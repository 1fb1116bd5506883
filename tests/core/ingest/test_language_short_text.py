"""The language of a short paste: a sentence, a subject line, a note. The users write German and
English; on a handful of words the classifier took English sentences full of names for Nigerian
Pidgin, Breton or Bikol. German or English is the answer unless another language clearly leads."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest.language import detect_language
from reader.core.ingest.plaintext import parse

PASTES = Path(__file__).parents[2] / "data" / "pastes"


@pytest.mark.parametrize(("name", "lang"), [
    ("short_en_names.txt", "en"),
    ("short_en_breton_names.txt", "en"),
    ("short_de.txt", "de"),
])  # fmt: skip
def test_a_short_paste_in_english_or_german_is_read_as_such(name: str, lang: str) -> None:
    assert parse((PASTES / name).read_text(encoding="utf-8")).lang == lang


@pytest.mark.parametrize(("sample", "lang"), [
    ("Renault and Peugeot report strong sales.", "en"),
    ("Merci beaucoup pour votre aide hier soir.", "fr"),
    ("La reunión se aplaza hasta el lunes.", "es"),
    ("Il consiglio approva la fusione con il rivale.", "it"),
])  # fmt: skip
def test_a_short_text_another_language_clearly_leads_keeps_that_language(sample: str, lang: str) -> None:
    assert detect_language(sample) == lang


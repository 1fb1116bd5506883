"""A text without spaces between its words is still text: one 400-letter word, words run
together. Noise that only decodes as text (base64, hex dumps, random bytes) stays refused."""

from __future__ import annotations

import base64
import random

import pytest

from reader.core.ingest import IngestError
from reader.core.ingest.decode import DecodeError, decode
from reader.core.ingest.prepare import prepare_bytes


def test_a_file_of_one_400_letter_word_is_imported() -> None:
    word = "Donaudampfschifffahrtsgesellschaftskapitän" * 9 + "x" * 22
    assert len(word) == 400
    prepared = prepare_bytes((word + "\n").encode(), "wort.txt")
    assert prepared.reading_text == word
    title = prepared.article.title
    assert title is not None and title.startswith("Donaudampf") and "\n" not in title


def test_words_run_together_are_text() -> None:
    text = "MeetingNotesDienstagBudgetÜberarbeitenUndFreigeben" * 6
    assert decode(text.encode()).text == text


@pytest.mark.parametrize(
    "noise",
    [
        base64.b64encode(random.Random(1).randbytes(600)),  # a base64 blob: letters, digits, + /
        random.Random(2).randbytes(300).hex().encode(),  # a hex dump
        random.Random(3).choices(range(0x41, 0x7F), k=500),  # ASCII noise: letters, [ ] ^ { | } ~
    ],
)
def test_noise_without_spaces_is_still_refused(noise: bytes | list[int]) -> None:
    with pytest.raises(DecodeError, match="no readable text"):
        decode(bytes(noise))


def test_a_word_with_control_characters_is_not_text() -> None:
    # DEL is no control byte to the binary sniff: the text test itself must see it.
    with pytest.raises(IngestError, match="no readable text"):
        prepare_bytes(("Wort\x7f" * 80).encode(), "wort.txt")

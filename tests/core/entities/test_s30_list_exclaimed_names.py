"""Session 30, read off a real library's lists: a lone capital with an exclamation mark opens a
name ("E! News"), not a sentence's end — no sentence ends in one letter — so the name is not
cut to "News" or lost. Sentences of my own."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.names import tokens


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Scooter Braun is said to be unhappy, according to a report by E! News on Friday.", "en"),
        ("She said it in an interview with E! News, adding that the tour goes on.", "en"),
        ("Wie das US-Magazin E! News berichtet, ist die Hochzeit abgesagt.", "de"),
    ],
)
def test_the_exclamation_mark_stays_in_the_name(text: str, lang: str) -> None:
    assert "E! News" in _orgs(text, lang)
    assert "News" not in _orgs(text, lang)


def test_the_word_after_it_does_not_open_a_sentence() -> None:
    words = tokens("A source told E! News so.")
    assert [w.text for w in words][3:5] == ["E!", "News"]
    assert not words[4].sentence_start


def test_a_word_with_an_exclamation_mark_still_ends_a_sentence() -> None:
    words = tokens("We won! Then we left.")
    assert words[2].text == "Then" and words[2].sentence_start

"""A capitalised name glued to an exclamation mark the sentence goes on after is one name with
its mark, an organisation ("Yahoo!"); a cry that ends or opens a sentence is none
(`glued_marks`)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Yahoo! fell by a tenth after the results.",
        "The search engine, much like Yahoo!, sold its mail service.",
        "Analysts said Yahoo!’s new chief had little time.",
        "Die Aktie von Yahoo! fiel am Freitag deutlich.",
    ],
)
def test_an_exclamation_mark_inside_a_sentence_is_part_of_the_name(text: str) -> None:
    orgs = _orgs(text, "de" if "Aktie" in text else "en")
    assert "Yahoo!" in orgs and "Yahoo" not in orgs


@pytest.mark.parametrize(
    "text",
    [
        "Wow! that was close, said the pilot.",
        "He shouted Stop! and ran to the gate.",
        "Nobody expected it to work. Genius! The crowd cheered.",
        "At the party we met Mallory Quint! Nobody had invited her.",
    ],
)
def test_a_cry_is_no_name(text: str) -> None:
    assert not any(name.endswith("!") for name in _orgs(text, "en"))

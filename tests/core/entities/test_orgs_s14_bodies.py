"""Bodies the rules missed or merged on the fresh pages of session 14, by general shapes:
a capitalised dictionary word cited as a source is a body's acronym ("per the WHO"); an
observatory or a laboratory heads an institution's name, and so does a "Space Flight
Center"; an acronym's possessive opening a body's name is another body ("NASA's Goddard
Space Flight Center"); a name of several words before "program" is a programme. Hand-made
sentences; the expected organisations are what a reader marks."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str = "en") -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    "text",
    [
        "The bacterium, per the WHO, is often found in small mammals.",
        "According to WHO, there were 3,248 cases between 2010 and 2015.",
    ],
)
def test_a_word_in_capitals_cited_as_a_source_is_a_body(text: str) -> None:
    assert "WHO" in _orgs(text)


def test_a_word_in_capitals_merely_written_is_none() -> None:
    assert "WHO" not in _orgs("WHO CARES? The fans do, and they sang all night.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The team used the Lick Observatory in California for the study.", "Lick Observatory"),
        (
            "She works at the Brookhaven National Laboratory in New York.",
            "Brookhaven National Laboratory",
        ),
        (
            "A planetary scientist at the Goddard Space Flight Center said so.",
            "Goddard Space Flight Center",
        ),
    ],
)
def test_an_institution_headed_by_its_kind(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_an_acronym_s_possessive_opens_another_body() -> None:
    found = _orgs("A planetary scientist at NASA's Goddard Space Flight Center said so.")
    assert {"NASA", "Goddard Space Flight Center"} <= found
    assert "Moody's Investors Service" in _orgs("Analysts at Moody's Investors Service said so.")


def test_a_name_of_several_words_before_program_is_a_programme() -> None:
    text = (
        "NASA added five firms to its Commercial Lunar Payload Services program. The "
        "Commercial Lunar Payload Services contracts are worth $2.6 billion."
    )
    found = _orgs(text)
    assert "Commercial Lunar Payload Services" not in found and "NASA" in found
    assert "NASA" in _orgs("It is the first NASA mission to the moon since 1972.")

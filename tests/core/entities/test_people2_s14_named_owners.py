"""A German run that opens with a name the text gives elsewhere, written in the genitive, is
that person and the thing they own, whatever the thing is: an English noun ("E-Mails") or a
title ("Tannhäuser"), which no German word list knows. Without the name elsewhere the run is
left as it was. Hand-written sentences with invented people; expected values are what a
reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str) -> dict[str, int]:
    return {f.name: len(f.spans) for f in extract(text, "de") if f.kind is EntityKind.PERSON}


def test_a_genitive_before_an_english_noun_joins_the_named_person() -> None:
    text = (
        "Die Behörde prüfte Helga Wendlins E-Mails monatelang. Am Ende gab es keine "
        "Vorwürfe gegen Helga Wendlin."
    )
    assert _people(text) == {"Helga Wendlin": 2}


def test_a_genitive_before_a_title_joins_the_named_person() -> None:
    text = (
        "Tobias Kranich inszeniert seit Jahren in Bayreuth. In Tobias Kranichs Tannhäuser "
        "tritt eine Dragqueen auf."
    )
    assert _people(text) == {"Tobias Kranich": 2}


def test_without_the_name_elsewhere_the_run_is_left_alone() -> None:
    text = "Die Behörde prüfte Helga Wendlins E-Mails monatelang."
    assert "Helga Wendlin" not in _people(text)

"""A word of the language in capitals at the very start of a text is a call to the reader or
a heading ("DANKE an alle …", "UPDATE: …", "CHEER"), not a dateline's place (datelines.py); a
place in capitals there stays the dateline ("BERLIN - …", "NEW YORK (Reuters)", "ST. JOSEPH,
Mich."). Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.PLACE}


def test_a_shouted_word_at_the_start_is_no_place() -> None:
    assert _places("DANKE an alle Helfer, die beim Sommerfest in Bonn dabei waren.", "de") == {
        "Bonn"
    }
    assert _places("UPDATE: The company said on Monday it would close two plants.", "en") == set()
    assert _places("ACHTUNG: Die Straße nach Kassel ist ab Montag gesperrt.", "de") == {"Kassel"}


def test_a_dateline_in_capitals_stays_a_place() -> None:
    assert "Berlin" in _places("BERLIN - Die Koalition hat sich am Abend geeinigt.", "de")
    assert "New York" in _places("NEW YORK (Reuters) - Stocks fell on Tuesday.", "en")
    assert "St. Joseph" in _places("ST. JOSEPH, Mich. - A man was hurt in a fire.", "en")
    assert "Hanover" in _places("HANOVER - Volkswagen reached a deal with its workers.", "en")

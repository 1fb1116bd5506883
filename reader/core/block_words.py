"""The words a chronology or a who's who writes into a briefing, in each export language.

One table for the blocks' makers (`stories.chronology`, `entities.whos_who`, the window's and
the command line's Insert) and for the export, which puts a block inserted in one language into
the language of the export (`export.block_language`): it has to know every language's words to
find them again. They were the window's translations, which the export could not read, so an
English export of a briefing whose chronology was inserted in German said "Chronologie".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BlockWords:
    chronology: str  # a chronology's heading
    undated: str  # the day of a chronology's line for sources without a date
    also: str  # before a story's other outlets: "; also DWN, FAZ"
    whos_who: str  # a who's who's heading …
    people: str  # … and its two sections
    organisations: str


BLOCK_WORDS = {
    "en": BlockWords("Chronology", "undated", "also", "Who's who", "People", "Organisations"),
    "de": BlockWords("Chronologie", "ohne Datum", "auch", "Wer ist wer", "Personen", "Organisationen"),
}


def block_words(language: str) -> BlockWords:
    """The words for `language` ("de" or "en"; anything else is English, as `export.words`)."""
    return BLOCK_WORDS["de" if language == "de" else "en"]

"""A name the text gives a first name somewhere is a person's, wherever else it stands alone.

"Scooter Braun" once makes "Braun's Ithaca Holdings" and "Big Machine, Braun and The Carlyle
Group" a person's name, not a company listed with companies; "J.J. Abrams" makes "Abrams was a
producer" his. Frequency and lists say a lone capitalised word may be a company; the text
itself, by writing a first name (or initials) before the same word, says whose name it is.
This is evidence from the whole text, as a reader keeps it, not a list of names.

Not a surname: the word inside an organisation's longer name ("Walt Disney Co.", "Henry Ford
Health"), and a word after a first name that is an everyday word too ("Will Apple …" opens a
question), so the first name must be no frequent word of the dictionary: a rare one is a
first name first ("Brock Nelson", "Dusty Rhodes").
"""

from __future__ import annotations

import re
from itertools import pairwise

from reader.core.entities.companies import listed
from reader.core.entities.cues import acronym, bare, camel_case
from reader.core.entities.first_names import known_first_name
from reader.core.entities.lexicon import PLATFORMS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word, english_noun
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf

# Initials before a surname: "J.J. Abrams", "J. Abrams".
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# How often English writes a dictionary word for it to open a question or a phrase before a
# name ("Will", 6.5; "Mark", 5.1) rather than be a first name ("Brock", 3.7; "Dusty", 3.7).
_FREQUENT_WORD = 4.0


def surnames(
    words: list[Token], pieces: list[Piece], text: str, lang: str, candidates: frozenset[str]
) -> frozenset[str]:
    """Which of the candidate words the text writes right after a first name or initials
    (one space between), outside every organisation's name of more than one word."""
    inside = [(p.start, p.end) for p in pieces if p.kind is EntityKind.ORG and len(p.words) > 1]
    found = set()
    for first, word in pairwise(words):
        if bare(word.text) not in candidates or text[first.end : word.start] != " ":
            continue
        if any(start <= word.start < end for start, end in inside):
            continue  # "Walt Disney Co.": a company's name
        name = bare(first.text)
        if _INITIALS.fullmatch(name) or (
            known_first_name(name)
            and not (english_noun(name) and zipf(name.casefold(), "en") >= _FREQUENT_WORD)
            and not common_word(name, lang)
        ):
            found.add(bare(word.text))
    return frozenset(found)


def not_companies(pieces: list[Piece], words: list[Token], text: str, lang: str) -> None:
    """Undo a lone word's organisation when the text gives the word a first name elsewhere
    (it is left undecided, so no organisation is claimed); a listed company, an acronym, a
    brand's camel case or a platform keep theirs ("Ford" of "Harrison Ford" against Ford)."""
    lone = [p for p in pieces if p.kind is EntityKind.ORG and len(p.words) == 1]
    candidates = frozenset(
        word for word in (bare(p.words[0].text) for p in lone)
        if not listed(word) and not acronym(word) and not camel_case(word) and word not in PLATFORMS
    )  # fmt: skip
    if not candidates:
        return
    names = surnames(words, pieces, text, lang, candidates)
    for piece in lone:
        if bare(piece.words[0].text) in names:
            piece.kind = None

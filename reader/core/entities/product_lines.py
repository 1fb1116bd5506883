"""A maker's name before several words of a dictionary is a product line, not a family.

"Yon-Ka Serum", "Yon-Ka Quintessence", "Yon-Ka Gommage": a word the first-name list holds
("Yon") before a word no list of words rules out as a surname reads as a person, once; three
different such words after the same opener in one text are the maker's products. People who
share a first name in one text ("Ryan Blaney", "Ryan Newman", "Ryan Preece") are told apart by
the opener: a first name borne in the countries these texts come from (gender-guesser's
columns for them) opens names, and their surnames are no words of a dictionary ("Abu Bakar",
"Abu Hanifah" stay).
"""

from __future__ import annotations

from collections import defaultdict

from reader.core.entities.cues import bare
from reader.core.entities.first_names import first_name_frequency
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf


def not_people(pieces: list[Piece]) -> list[Piece]:
    """The pieces without the people whose first name is a product line's maker."""
    lines = _product_lines(pieces)
    return [
        p
        for p in pieces
        if not (p.kind is EntityKind.PERSON and bare(p.words[0].text) in lines and len(p.words) > 1)
    ]


_LINE = 3  # things after one maker's name: from here a product line, not a family


def _product_lines(pieces: list[Piece]) -> frozenset[str]:
    """Openers of several people's names that are a product line's maker instead."""
    after: dict[str, set[str]] = defaultdict(set)
    for piece in pieces:
        if piece.kind is EntityKind.PERSON and len(piece.words) >= 2:
            after[bare(piece.words[0].text)].add(bare(piece.words[1].text))
    return frozenset(
        opener
        for opener, nexts in after.items()
        if len(nexts) >= _LINE
        and first_name_frequency(opener) == 0
        and sum(_dictionary_word(w) for w in nexts) >= 2
    )


def _dictionary_word(word: str) -> bool:
    low = word.casefold()
    return max(zipf(low, "de"), zipf(low, "en")) >= 2.0  # "Serum", "Quintessence"

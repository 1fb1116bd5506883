"""A word the text writes after an article is a noun, not the first name of a person's name.

A person's name in a run of capitals takes its first word for a first name, and a word no list
knows passes when nothing says otherwise: "informiert Dokumentar Geicke" gave a person
"Dokumentar Geicke", "Augencreme Phyto Contour" one "Phyto Contour". The text itself often says
otherwise: "der Dokumentar befragt Relotius", "der Phyto 58 Creme" — an article before the
word, with another word after it than the name's second, makes it a common noun or a thing's
name, and first names stand without one. A known first name is left alone: southern German
says "die Laura", and a saint "des Jesus". What stays of the name is undecided: the person of
the text it is part of ("Geicke" of "André Geicke"), or nothing.
"""

from __future__ import annotations

import re

from reader.core.entities.first_names import known_first_name
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

_ARTICLES = {
    "de": r"(?i:der|die|das|des|dem|den|ein|eine|einen|einem|eines|einer)",
    "en": r"(?i:the|a|an)",
}


def articled_first_words(pieces: list[Piece], text: str, lang: str) -> list[Piece]:
    """People whose first word the text writes after an article as a noun, without it and
    undecided."""
    kept = []
    for piece in pieces:
        first = piece.words[0].text if piece.words else ""
        if (
            piece.kind is EntityKind.PERSON
            and len(piece.words) == 2
            and not known_first_name(first)
            and _articled(first, piece.words[1].text, text, lang)
        ):
            kept.append(Piece(None, piece.words[1:]))
        else:
            kept.append(piece)
    return kept


def _articled(word: str, after: str, text: str, lang: str) -> bool:
    """Whether the text writes `word` after an article and not before `after`."""
    article = _ARTICLES["de" if lang == "de" else "en"]
    pattern = rf"\b{article}\s+{re.escape(word)}\b(?!\s+{re.escape(after)}\b)"
    return re.search(pattern, text) is not None

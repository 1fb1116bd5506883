"""A rank is no site: "Platz 38", "Platz sechs", "Rang drei" rank an athlete or a product.

German names squares "…platz" and "… Platz" ("Potsdamer Platz"), so a run ending in "Platz"
reads as a site ("Punkte für Platz", "Karrierebestleistung von Platz"); a number after the
word says it is a place in a ranking instead, and the run names nothing.
"""

from __future__ import annotations

import re

from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

_RANK_WORDS = frozenset(("Platz", "Rang"))
_NUMBER_AFTER = re.compile(
    r"\s+(?:\d+\b|(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b)"
)


def rank_not_place(piece: Piece, text: str) -> bool:
    """Whether the piece is a site only by a rank's word at its end ("für Platz 38")."""
    return (
        piece.kind is EntityKind.PLACE
        and len(piece.words) > 1
        and piece.words[-1].text in _RANK_WORDS
        and _NUMBER_AFTER.match(text, piece.end) is not None
    )

"""A preposition joined with an article before a word: German writes one before a noun or a
body, never before a person's name ("im Forum", "beim Blog", "zum Netzwerk"; "bei Müller"),
so a verb of saying after such a word ("Im Forum schrieb ein Nutzer") makes no person of it.
"""

from __future__ import annotations

from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

_JOINED_ARTICLES = frozenset("im am vom zum zur beim ins ans aufs".split())


def after_joined_article(piece: Piece, words: list[Token], index: dict[int, int]) -> bool:
    """Whether a preposition joined with an article stands right before the piece."""
    at = index.get(piece.start, 0)
    return at > 0 and words[at - 1].text.casefold() in _JOINED_ARTICLES

"""A German body's name that opens with halves of words sharing one end: "Industrie- und
Handelskammer Regensburg", "Forschungs- und Entwicklungszentrum Jena", "Bau-, Wohnungs- und
Verkehrsministerium".

German writes the shared end once, on the last compound, and a hyphen after each half before
it; the halves are part of the name, which the capitals alone began at the last compound
("Handelskammer Regensburg"). A half belongs to the body only when "und", "oder" or "sowie"
joins it to the body's first word, nothing but a hyphen and a space after it.
"""

from __future__ import annotations

from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

_JOINS = frozenset(["und", "oder", "sowie"])


def coordinated(pieces: list[Piece], words: list[Token], text: str) -> list[Piece]:
    """The pieces with each body's name stretched back over the halves coordinated with its
    first word, and no piece left of those halves."""
    at = {w.start: i for i, w in enumerate(words)}
    taken: list[tuple[int, int]] = []
    for piece in pieces:
        if piece.kind is not EntityKind.ORG:
            continue
        first = at.get(piece.words[0].start)
        if first is None or first < 2 or words[first - 1].text not in _JOINS:
            continue
        if not _half(words[first - 2], words[first - 1], text, "- "):
            continue
        begin = first - 2
        while begin > 0 and _half(words[begin - 1], words[begin], text, "-, "):
            begin -= 1  # "Bau-, Wohnungs- und Verkehrsministerium"
        piece.words = [*words[begin:first], *piece.words]
        taken.append((words[begin].start, words[first - 1].end))
    return [p for p in pieces if not any(s <= p.start and p.end <= e for s, e in taken)]


def _half(word: Token, after: Token, text: str, gap: str) -> bool:
    """A half of a compound ("Industrie-", "Forschungs-") and the gap after it: a noun's
    capital and small letters, no acronym ("SPD- und CDU-Politiker": two parties)."""
    return (
        word.capital
        and word.text[1:].isalpha()
        and word.text[1:].islower()
        and text[word.end : after.start] == gap
    )

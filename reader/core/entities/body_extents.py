"""A German body's name reaches past the run of capitals that found it, before and after.

Before: halves of words sharing one end — "Industrie- und Handelskammer Regensburg",
"Forschungs- und Entwicklungszentrum Jena", "Bau-, Wohnungs- und Verkehrsministerium". German
writes the shared end once, on the last compound, and a hyphen after each half before it; the
halves are part of the name, which the capitals alone began at the last compound
("Handelskammer Regensburg"). A half belongs to the body only when "und", "oder" or "sowie"
joins it to the body's first word, nothing but a hyphen and a space after it.

After: the rest of its town's name, when the town is one named by its river or region with
small words inside ("Handelskammer Frankfurt am Main", "Sparkasse Neustadt an der
Weinstraße"): the capitals stopped at "am", and the body serves the whole town, not the river.
"""

from __future__ import annotations

from reader.core.entities import places
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

_JOINS = frozenset(["und", "oder", "sowie"])
# The small words inside a town's name: "Frankfurt am Main", "Freiburg im Breisgau", "Neustadt
# an der Weinstraße", "Rothenburg ob der Tauber", "Bad Homburg vor der Höhe".
_TOWN_JOINS = (("am",), ("im",), ("an", "der"), ("in", "der"), ("ob", "der"), ("vor", "der"))


def extents(
    pieces: list[Piece], words: list[Token], index: dict[int, int], text: str
) -> list[Piece]:
    """The pieces with each body's name stretched over the halves before it and the rest of
    its town's name after it (`index`: each word's position by its start)."""
    return _town_tails(_coordinated(pieces, words, index, text), words, index, text)


def _coordinated(
    pieces: list[Piece], words: list[Token], at: dict[int, int], text: str
) -> list[Piece]:
    """The pieces with each body's name stretched back over the halves coordinated with its
    first word, and no piece left of those halves."""
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
    return _outside(pieces, taken)


def _half(word: Token, after: Token, text: str, gap: str) -> bool:
    """A half of a compound ("Industrie-", "Forschungs-") and the gap after it: a noun's
    capital and small letters, no acronym ("SPD- und CDU-Politiker": two parties)."""
    return (
        word.capital
        and word.text[1:].isalpha()
        and word.text[1:].islower()
        and text[word.end : after.start] == gap
    )


def _town_tails(
    pieces: list[Piece], words: list[Token], at: dict[int, int], text: str
) -> list[Piece]:
    """The pieces with each body ending in a town's first word taking the rest of the town's
    name ("… Frankfurt am Main"), and no piece left of that rest."""
    taken: list[tuple[int, int]] = []
    for piece in pieces:
        last = at.get(piece.words[-1].start)
        if piece.kind is not EntityKind.ORG or len(piece.words) < 2 or last is None:
            continue
        for joins in _TOWN_JOINS:
            end = last + len(joins) + 2
            tail = words[last + 1 : end]
            if len(tail) != len(joins) + 1 or tuple(w.text for w in tail[:-1]) != joins:
                continue
            town = text[piece.words[-1].start : tail[-1].end]
            if tail[-1].capital and places.lookup(town) is not None:
                piece.words = [*piece.words, *tail]
                taken.append((tail[0].start, tail[-1].end))
            break
    return _outside(pieces, taken)


def _outside(pieces: list[Piece], taken: list[tuple[int, int]]) -> list[Piece]:
    """The pieces that lie inside none of the spans `taken`."""
    return [p for p in pieces if not any(s <= p.start and p.end <= e for s, e in taken)]

"""A town written with its river after a slash: "Halle/Saale", "Frankfurt/Main".

German names a town that shares its name with others by the river it lies on, after a slash
(or in brackets, which the gazetteer knows: "Halle (Saale)"). The river there is part of the
town's name, no place the text speaks of, and the word before the slash is the town, though
no list knows it alone ("Halle" is a German noun too).
"""

from __future__ import annotations

import re

from reader.core.entities import places
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

_TOWN_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]+/$")


def towns_on_rivers(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces with each river after "Town/" made that town."""
    out: list[Piece] = []
    for piece in pieces:
        town = _town(piece, text)
        if town is None:
            out.append(piece)
        elif not any(p.start <= town.start < p.end for p in pieces):
            place = places.lookup(town.text) or places.Place(
                f"site:{town.text.casefold()}", town.text, town.text
            )
            out.append(Piece(EntityKind.PLACE, [town], place=place))
    return sorted(out, key=lambda p: p.start)


def _town(piece: Piece, text: str) -> Token | None:
    """The town before the slash when the piece is a river written after one."""
    if (
        piece.kind is not EntityKind.PLACE
        or piece.place is None
        or not piece.place.key.startswith("landmark:")
        or len(piece.words) != 1
    ):
        return None
    match = _TOWN_BEFORE.search(text, max(0, piece.start - 40), piece.start)
    if match is None:
        return None
    return Token(match.group()[:-1], match.start(), piece.start - 1, False)

"""A lone name the text writes before a word for a public site in every mention ("held at
Belmarsh prison", "from behind bars in Belmarsh jail", "flights from Stansted airport") names
that site: a place, no organisation.

English writes what such a name stands for after it in small letters when the reader may not
know it (`thing_heads` reads the same shape for names that look like a person's). Only sites
no company owns by the name count — a prison, an airport, a stadium, a bridge, a canal; a
company's own sites ("the Tesla factory", "an Apple store", "the Google campus") name the
company, which keeps them. Every mention must be so written: "Belmarsh said" would be a body's.
"""

from __future__ import annotations

import re

from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece
from reader.core.entities.places import Place

# Small words for public sites a name stands before.
_SITE_AFTER = re.compile(
    r" (?:prison|jail|gaol|penitentiary|airport|airfield|stadium|racecourse|bridge|canal|"
    r"reservoir|dam|harbour|harbor|cathedral|abbey|monastery)\b"
)


def named_sites(pieces: list[Piece], text: str) -> None:
    """Make each one-word organisation that every mention shows to be a public site a place."""
    lone = [p for p in pieces if p.kind is EntityKind.ORG and len(p.words) == 1]
    sites: dict[str, bool] = {}
    for piece in lone:
        name = piece.text(text)
        sites[name] = sites.get(name, True) and bool(_SITE_AFTER.match(text, piece.end))
    for piece in lone:
        name = piece.text(text)
        if sites[name]:
            piece.kind = EntityKind.PLACE
            piece.place = Place(f"site:{name.casefold()}", name, name)

"""A name with a site's last word that the text says was founded names a body, no site.

Programmes and bodies borrow the words of built sites for their names ("Japan Tech Bridge",
"Climate Hub", "Digital Campus", "Innovation Center"), and the rules read a capitalised name
ending in "Bridge" or "Center" as the bridge or the building. What the sentence does with the
name tells them apart: a bridge is built or opened, a body is founded ("eine „Japan Tech
Bridge“ gegründet", "founded the Pacific Tech Bridge", "the Ocean Hub, established in 2019").
Towns are founded too, so only names that end in a site's word count, never a town's or a
country's.
"""

from __future__ import annotations

import re

from reader.core.entities.cues import bare
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

# The last words of sites' names that bodies and programmes borrow.
_SITE_WORDS = frozenset(
    """Bridge Brücke Center Centre Zentrum Hub Forum Campus Park Tower House Haus Hall Halle
    Gate Garden Square Village Valley Port Harbor Harbour Lab Labs""".split()
)
# The founding verb after the name in German ("eine „Japan Tech Bridge“ gegründet", "… ins
# Leben gerufen") or in an English passive ("the Ocean Hub, established in 2019", "… was set
# up"), within its clause.
_FOUNDED_AFTER = re.compile(
    r"[“”\"'»«]?(?:\s+(?!und\b|and\b)[\w-]+){0,3}?\s+(?:gegründet|ins\s+Leben\s+gerufen)\b"
    r"|[“”\"'»«]?,?\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?"
    r"(?:founded|established|set\s+up|formed)\b"
)
# The founding verb before it: "founded the …", "gründete die …", "set up a new …".
_FOUNDED_BEFORE = re.compile(
    r"\b(?:founded|established|set\s+up|formed|gründete[nt]?|gründen)\s+"
    r"(?:the|a|an|die|das|den|eine[nm]?|ein)\s+(?:new\s+|neue[nsm]?\s+)?[„“\"'»«]?$"
)


def founded_sites(pieces: list[Piece], text: str) -> None:
    """Make each place whose name ends in a site's word an organisation where the text says
    it was founded; every mention of the name goes with it."""
    founded = {p.text(text) for p in pieces if p.kind is EntityKind.PLACE and _founded(p, text)}
    for piece in pieces:
        if piece.kind is EntityKind.PLACE and piece.text(text) in founded:
            piece.kind = EntityKind.ORG
            piece.place = None


def _founded(piece: Piece, text: str) -> bool:
    if len(piece.words) < 2 or bare(piece.words[-1].text) not in _SITE_WORDS:
        return False
    return bool(
        _FOUNDED_AFTER.match(text, piece.end)
        or _FOUNDED_BEFORE.search(text, max(0, piece.start - 40), piece.start)
    )

"""The venue an event listing or an address names before its street: "Ort: Kornhaus Dessau,
Kornhausstr. 146, Dessau", "Ort: Rosi`s Bar & Restaurant, Martha-Brautzsch-Str. 10".

An address opens with who or what is there, then the street and its house number, so the
capitalised words opening the line (or following its label's colon) right before ", <street>"
name a venue — a bar, a hall, a firm — whatever its words are ("Kornhaus", a noun). A street
right after a comma is one by its house number (`streets`), so this is an address; a line of
prose before it ("Wir trafen uns im Kornhaus Dessau, …") has words in small letters, no name.
"""

from __future__ import annotations

import re

from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

# The words between a line's start or its label's colon and the comma before the street.
_VENUE = re.compile(r"(?:^|(?<=: ))(?P<venue>[A-ZÄÖÜ][^\n,:;.!?]{2,60}), $", re.MULTILINE)
# Small words a venue's name may hold: "Therme der Ruhe", "Haus am See", "Bar & Restaurant".
_JOINERS = frozenset("und der die das des am im zum zur von an auf de of and the".split())


def venues(text: str, words: list[Token], streets: list[Piece]) -> list[Piece]:
    """The venues named before the streets among `streets`."""
    found = []
    for street in streets:
        line_start = text.rfind("\n", 0, street.start) + 1
        match = _VENUE.search(text, line_start, street.start)
        if match is None:
            continue
        start, end = match.start("venue"), match.end("venue")
        inside = [w for w in words if start <= w.start and w.end <= end]
        named = all(
            w.capital or w.text in _JOINERS or text[w.start - 1] in "'’`" for w in inside
        )  # "Rosi`s": a possessive's "s"
        if named and inside and inside[0].start == start and inside[-1].end == end:
            found.append(Piece(EntityKind.ORG, inside))
    return found

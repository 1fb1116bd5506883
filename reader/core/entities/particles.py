"""A town whose name is a name's particle: "Van der Bellen", "James Van Der Beek", "Van Buren
County", "Van-de-Graaff-Beschleuniger" — "Van" is a town in Turkey, and the particle that opens
many Dutch and Flemish family names.

Family names of the Low Countries, France, Italy, Spain and Portugal begin with a particle
("van der", "de", "da", "du", "ter"), written with a capital where it opens the name. Such a
word of the gazetteer, directly followed by another particle or by a capitalised word, is the
first word of a name, not the town. Only the particle itself is judged so: after any other
town's name, an article and a noun are German ("in Hamburg den Zutritt").
"""

from __future__ import annotations

import re

from reader.core.entities.cues import bare
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

_PARTICLES = frozenset("van von der den de da di du la le ter ten del della dos das".split())
# What follows the particle inside a name: a space or a hyphen, then a particle or a capital.
_NAME_GOES_ON = re.compile(rf"[ -](?:(?i:{'|'.join(sorted(_PARTICLES))})[ -])?[A-ZÀ-ÖØ-Þ]")


def opening_names(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces without the one-word towns that are a name's particle opening a name."""
    return [
        p
        for p in pieces
        if not (
            p.kind is EntityKind.PLACE
            and len(p.words) == 1
            and bare(p.words[0].text).casefold() in _PARTICLES
            and _NAME_GOES_ON.match(text, p.end)
        )
    ]

"""A German association named by whom it gathers, in the genitive plural without an article,
takes that genitive whole: "Bundesverband mittelständischer Wirtschaft", "Interdisziplinäre
Gruppe unabhängiger Experten", "Bund freier Waldorfschulen".

German names a union of members with its head and a genitive of the members: without an
article the adjective carries the case in its strong ending "-er" ("kommunaler Unternehmen",
"freier Waldorfschulen"). The run of capitals stops at the small adjective and kept only the
head ("Bundesverband"), or the head with an adjective before it. A small word in "-er" and a
noun right after a collective body's head are that body's name still; a determiner or a
quantifier in "-er" ("einer Gruppe mehrerer Firmen", "der Verband dieser Betriebe") speaks of
some members, names none.
"""

from __future__ import annotations

import re

from reader.core.entities.cues import bare
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

# Heads of a body that gathers members: "Verband", "Bund", "Gruppe", "Arbeitsgemeinschaft".
_COLLECTIVE = ("verband", "bund", "vereinigung", "gruppe", "gemeinschaft", "gesellschaft")
# "-er" words that point at members rather than describe them.
_DETERMINERS = frozenset(
    """aller anderer beider dieser einer einiger etlicher jener keiner mancher mehrerer
    meiner deiner seiner ihrer unserer eurer solcher vieler weniger welcher jeder oder
    aber über unter hinter wieder immer weiter bisher daher vorher nachher seither leider
    später früher sicher""".split()
)
_MEMBERS = re.compile(r" ([a-zäöüß]{3,}er) ([A-ZÄÖÜ][\wäöüß-]*)\b")


def member_genitives(pieces: list[Piece], words: list[Token], text: str) -> list[Piece]:
    """The pieces with each collective body taking the genitive of its members after it."""
    starts = {w.start: w for w in words}
    for piece in pieces:
        if piece.kind is not EntityKind.ORG:
            continue
        if not bare(piece.words[-1].text).casefold().endswith(_COLLECTIVE):
            continue
        more = _MEMBERS.match(text, piece.end)
        if more is None or more.group(1) in _DETERMINERS:
            continue
        small, noun = starts.get(more.start(1)), starts.get(more.start(2))
        if small is None or noun is None or noun.end != more.end(2):
            continue
        piece.words = [*piece.words, small, noun]
    return pieces

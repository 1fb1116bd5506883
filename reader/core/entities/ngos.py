"""Campaigning and aid organisations news cites by names that say nothing of what they are.

"Human Rights Watch", "Global Witness", "Save the Children", "Ärzte ohne Grenzen": no body's
head ends them, their words are dictionary words or a German phrase in small letters, and a
text names them without a word for what they are ("Human Rights Watch said …"). The rules
cannot tell them from a heading or a phrase, so the best-known ones of both languages are
listed, as the news agencies are (`outlets`); names with a head of their own ("Amnesty
International", "Deutsche Umwelthilfe") need no entry.
"""

from __future__ import annotations

import re

from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

NGOS = (
    "Human Rights Watch", "Global Witness", "Greenpeace", "Oxfam", "Save the Children",
    "Doctors Without Borders", "Médecins Sans Frontières", "Reporters Without Borders",
    "Friends of the Earth", "Freedom House", "Human Rights First", "Sea Shepherd",
    "Sea-Watch", "Mercy Corps", "Earthjustice", "Extinction Rebellion", "Fridays for Future",
    "Ärzte ohne Grenzen", "Reporter ohne Grenzen", "Brot für die Welt", "Misereor",
    "Foodwatch", "Lobbycontrol", "LobbyControl", "Germanwatch", "Campact", "Attac",
    "Welthungerhilfe", "Terre des Hommes",
)  # fmt: skip
_NGO = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in NGOS) + r")(?![\w])")


def named_ngos(text: str, words: list[Token]) -> list[Piece]:
    """The listed organisations the text names, each as the words of its name, also as the
    first part of a German compound: a "Greenpeace-Studie" is Greenpeace's, and the rules for
    compounds cannot tell a listed name from a German word ("Green" + "peace")."""
    starts = {w.start: at for at, w in enumerate(words)}
    found = []
    for match in _NGO.finditer(text):
        at = starts.get(match.start())
        if at is None:
            continue
        inside = [w for w in words[at:] if w.start < match.end()]
        if inside and inside[-1].end == match.end():
            found.append(Piece(EntityKind.ORG, inside))
        elif len(inside) == 1 and text[match.end() : match.end() + 1] == "-":
            found.append(Piece(EntityKind.ORG, [Token(match[0], match.start(), match.end(), False)]))
    return found

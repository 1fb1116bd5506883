"""Campaigning, aid and religious organisations news cites by names that say nothing of what
they are.

"Human Rights Watch", "Global Witness", "Save the Children", "Ärzte ohne Grenzen", "Zeugen
Jehovas": no body's head ends them, their words are dictionary words or a German phrase in
small letters, and a text names them without a word for what they are ("Human Rights Watch
said …"). The rules cannot tell them from a heading or a phrase, so the best-known ones of
both languages are listed, as the news agencies are (`outlets`); names with a head of their
own ("Amnesty International", "Deutsche Umwelthilfe") need no entry. German writes them as a
compound's first part with hyphens between their words too ("die Fridays-for-Future-Bewegung").
A country's church is named by its country ("Church of England"), which alone is a place.
"""

from __future__ import annotations

import re
from itertools import chain

from reader.core.entities.cues import place_of
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
    # religious communities and orders
    "Zeugen Jehovas", "Jehovas Zeugen", "Jehovah's Witnesses", "Jehovah’s Witnesses",
    "Heilsarmee", "Salvation Army", "Scientology", "Opus Dei",
)  # fmt: skip
_NGO = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(n).replace(r"\ ", "[ -]") for n in NGOS) + r")(?![\w])"
)
# A country's church: "Church of England", "Church of Scotland" (not "Church of St Mary").
_CHURCH = re.compile(r"\bChurch of ([A-Z]\w+)")


def named_ngos(text: str, words: list[Token]) -> list[Piece]:
    """The listed organisations the text names, each as the words of its name, also as the
    first part of a German compound: a "Greenpeace-Studie" is Greenpeace's, and the rules for
    compounds cannot tell a listed name from a German word ("Green" + "peace")."""
    starts = {w.start: at for at, w in enumerate(words)}
    found = []
    churches = (m for m in _CHURCH.finditer(text) if _country(m.group(1)))
    for match in chain(_NGO.finditer(text), churches):
        at = starts.get(match.start())
        if at is None:
            continue
        inside = [w for w in words[at:] if w.start < match.end()]
        if inside and inside[-1].end == match.end():
            found.append(Piece(EntityKind.ORG, inside))
        elif len(inside) == 1 and text[match.end() : match.end() + 1] == "-":
            found.append(Piece(EntityKind.ORG, [Token(match[0], match.start(), match.end(), False)]))
    return found


def _country(word: str) -> bool:
    place = place_of(word)
    return place is not None and place.key.startswith(("country:", "region:"))

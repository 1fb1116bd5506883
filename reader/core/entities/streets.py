"""German streets named in one word: "Rheinstraße", "Kornhausstr.", "Martha-Brautzsch-Str.",
"Waldowallee", "Neubaugasse".

A street is a place a reader looks up as a town, but its name is one compound of a common noun,
so no run of names nor list of towns finds it. The compound alone does not say it is a street's
name — "Autostraße", "Einbahnstraße", "Sackgasse" are kinds of road — so the text must use it
as an address: a house number after it ("Märchenstr. 54", "Kornhausstr. 146") or an article
or contraction before it ("auf der Lückstraße", "In der Rheinstraße", "zur Waldowallee").
Words that name a kind of road rather than one road stay out even so.

The town of an address follows its postcode ("Zum Saaleblick 11, 06114 Halle"): five digits
opening a line or after a comma, then the name of a town some list knows — a German noun
("Halle") is a town there, and a count ("15000 Euro") names no town.
"""

from __future__ import annotations

import re

from reader.core.entities import places
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.entities.towns import town_named

# A capitalised compound ending in a street's head: "straße", "strasse", "str." (also after
# a hyphen, "-Straße", "-Str."), "allee", "gasse". The head alone is no name.
_STREET = re.compile(
    r"(?<![\w.-])(?P<name>[A-ZÄÖÜ][\w-]*?(?:[Ss]traße|[Ss]trasse|[Ss]tr\.|allee|gasse))"
    r"(?![\w-])"
)
_NUMBER = re.compile(r"\s+\d{1,4}[a-z]?\b")
# Articles and contractions a street's name follows: "in der", "auf die", "zur", "die".
_BEFORE = re.compile(r"(?:\b(?:der|die|zur)\s+)$")
# The first parts of compounds that name a kind of road, not one road.
_KINDS = frozenset(
    """auto land bundes haupt seiten neben einbahn schnell quer durchgangs zufahrts umgehungs
    wohn ring kreis staats landes fahr rad sack einkaufs fußgänger wander einfall ausfall
    ortsdurch dorf stadt gemeinde privat anlieger zubringer geschäfts park baum""".split()
)


def streets(text: str, words: list[Token]) -> list[Piece]:
    """The streets the German text names as addresses, each a place of its own."""
    starts = {w.start for w in words}
    found = []
    for match in _STREET.finditer(text):
        name = match.group("name")
        head = re.search(r"(?:[Ss]traße|[Ss]trasse|[Ss]tr\.|allee|gasse)$", name)
        assert head is not None
        stem = name[: head.start()].rstrip("-")
        if len(stem) < 3 or stem.casefold() in _KINDS or match.start() not in starts:
            continue
        numbered = _NUMBER.match(text, match.end()) is not None
        if not numbered and not _BEFORE.search(text, max(0, match.start() - 5), match.start()):
            continue
        place = places.lookup(name) or places.Place(f"site:{name.casefold()}", name, name)
        token = Token(name, match.start(), match.end(), False)
        found.append(Piece(EntityKind.PLACE, [token], place=place))
    return found


_POSTCODE = re.compile(
    r"(?:^|(?<=\n)|(?<=, )|(?<=D-))\d{5} (?P<town>[A-ZÄÖÜ][\w-]+)(?=\s*(?:$|[,.;)/\n]))",
    re.MULTILINE,
)


def postcode_towns(text: str, words: list[Token]) -> list[Piece]:
    """The towns the German text names after a postcode, each a place."""
    starts = {w.start for w in words}
    found = []
    for match in _POSTCODE.finditer(text):
        name, start = match.group("town"), match.start("town")
        if start not in starts or not town_named(name):
            continue
        place = places.lookup(name) or places.Place(f"site:{name.casefold()}", name, name)
        found.append(Piece(EntityKind.PLACE, [Token(name, start, match.end(), False)], place=place))
    return found

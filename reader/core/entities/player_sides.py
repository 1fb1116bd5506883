"""The team or school a sports report names right before a player: "Salina South diver Keetan
Munsell", "Penn State quarterback Sean Clifford", "Wichita West senior David Garcia".

A player's position or school year between a name and a person's name makes the name the
side the player plays for: what news writes as "T-Mobile CEO John Legere" of a company it
writes of a team. The word-by-word rules read a school named by its town and quarter ("Wichita
West") as a place, or nothing at all. A town alone before a position is left as it is: reports
write "Pittsburgh quarterback" of the city's team and of the city alike; a school year
("senior", "junior") belongs to a school, whatever names it. A town and a quarter in the
possessive before a player ("Wichita North's Miguel Bernal") name a school as well: a town's
quarter owns no player.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities import places
from reader.core.entities.cues import bare
from reader.core.entities.lexicon import NEVER_NAME
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

_YEARS = "senior|junior|sophomore|freshman"
_POSITIONS = (
    "quarterback|linebacker|cornerback|running back|wide receiver|tight end|defensive end|"
    "pitcher|catcher|shortstop|goalkeeper|goalie|defenseman|midfielder|striker|winger|"
    "point guard|diver|swimmer|wrestler|golfer|sprinter"
)
# Words for a player's standing that open a sentence before the position: "Former
# quarterback …", "Backup goalie …", "Star striker …".
_STANDING = frozenset(
    """Former Veteran Starting Backup Star Rookie Longtime Injured Redshirt Reserve Fellow
    Standout Top Senior Junior Sophomore Freshman Returning Young""".split()
)
# One to three capitalised words, the player's word, then a first name and a surname.
_SIDE = re.compile(
    rf"(?<![\w’'.-])(?P<side>[A-Z][\w’'.&-]*(?: [A-Z][\w’'.&-]*){{0,2}}) "
    rf"(?P<word>{_YEARS}|{_POSITIONS}) [A-Z][a-z]+ [A-Z][\w’'-]+"
)


# A school named by its town and quarter, in the possessive before a player: "Wichita
# North's Miguel Bernal", "Olathe East’s Dana Pruitt", "Wichita Heights' Aidan Gantenbein".
_QUARTER = re.compile(
    r"(?<![\w’'.-])(?P<side>(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?) "
    r"(?:North|South|East|West|Northwest|Northeast|Southwest|Southeast|Central|Heights))"
    r"(?:['’]s?) [A-Z][a-z]+ [A-Z][\w’'-]+"
)


def player_sides(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The sides named right before a player's position or school year and the player, and
    the schools named by town and quarter whose player follows their possessive."""
    if lang != "en":
        return []
    spans = []
    for match in _SIDE.finditer(text):
        start, end = match.span("side")
        # "The senior …", "Former Penn State quarterback …": a sentence's or a phrase's word
        while (opener := re.match(r"([A-Z][a-z]+) ", text[start:end])) and (
            opener[1] in NEVER_NAME or opener[1] in _STANDING
        ):
            start += opener.end()
        side = text[start:end]
        if side in NEVER_NAME or side in _STANDING:
            continue
        if places.lookup(bare(side)) is None or re.fullmatch(_YEARS, match["word"]):
            spans.append((start, end))  # not "Pittsburgh quarterback": city or team
    for match in _QUARTER.finditer(text):
        if places.lookup(match["town"]) is not None:
            spans.append(match.span("side"))
    starts = [w.start for w in words]
    found = []
    for start, end in sorted(spans):
        inside = words[bisect_left(starts, start) : bisect_left(starts, end)]
        if inside:
            found.append(Piece(EntityKind.ORG, inside))
    return found

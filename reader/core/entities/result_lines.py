"""The teams a round-up of results names in its lines of their own.

A night's results are set out line by line, and the line's shape says who played: a recap
opens with the final score ("Wild 4, Sabres 1: Zach Parise scored twice …"), a list of school
games writes the winner, "d." for "defeated", and the loser ("Palm Bay d. Rockledge 70-44"),
and a box score heads each side's players with its record ("Viera (4-0): K. Hupfer 1 goal").
The sides are named by a nickname the rules take for a word ("Wild", "Blues") or by the
town or school they stand for ("Melbourne", "Space Coast", "Astronaut"), which the gazetteer
takes for a place; only the line's shape says they are teams. A round-up has two such lines
at least; one alone may be something else ("John 3, Acts 2:", a book's chapters). A record
alone ("Apple (2-1):") is no result: it counts only in a text with result lines.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

# A side: one to four capitalised words ("Red Wings", "Palm Bay Magnet", "St. Louis").
_SIDE = r"[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3}"
# "Wild 4, Sabres 1:", "Blues 3, Lightning 2 (OT):" at a line's start.
_RECAP = re.compile(
    rf"^(?P<one>{_SIDE}) \d{{1,3}}, (?P<other>{_SIDE}) \d{{1,3}}(?: \([A-Z0-9]{{2,3}}\))?:",
    re.MULTILINE,
)
# "Cocoa d. West Shore 61-21", "Merritt Island def. Titusville": the whole line.
_DEFEATED = re.compile(
    rf"^(?P<one>{_SIDE}) (?:d\.|def\.) (?P<other>{_SIDE})(?:,? \d{{1,3}}[-–]\d{{1,3}})?[ \t]*$",
    re.MULTILINE,
)
# "Palm Bay (1-0-2):", "Astronaut (NR):" heading a side's players.
_RECORD = re.compile(
    rf"^(?P<one>{_SIDE}) \((?:\d{{1,2}}-\d{{1,2}}(?:-\d{{1,2}})?|NR)\):", re.MULTILINE
)


# Result lines enough to make a round-up.
_ROUND_UP = 2


def result_sides(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The teams named as the sides of a result line, and by their record beside it."""
    if lang != "en":
        return []
    lines = [*_RECAP.finditer(text), *_DEFEATED.finditer(text)]
    if len(lines) < _ROUND_UP:
        return []  # one such line alone may cite a book's chapter and verse ("John 3, Acts 2:")
    starts = [w.start for w in words]
    sides = [m.span(g) for m in lines for g in ("one", "other")]
    sides += [m.span("one") for m in _RECORD.finditer(text)]
    found = []
    for start, end in sorted(sides):
        inside = words[bisect_left(starts, start) : bisect_left(starts, end)]
        if inside:
            found.append(Piece(EntityKind.ORG, inside))
    return found

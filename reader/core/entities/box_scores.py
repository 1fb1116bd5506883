"""The players a results round-up credits with their points, goals and saves.

Local papers close a night of school sports with box scores: "Palm Bay (1-0): Tolivert 25
points. Davis 17 points. Burgher 10 points.", "Viera (4-0): K. Hupfer 1 goal. L. Patikas 1
goal.", "Shaniya Fluellen 6 points." A player is named by surname alone or after an initial,
once, with nothing said of the name but the number; the rules for a lone word never make a
person of "Tolivert". A name right before a count of what players score is a player's, when
its paragraph credits at least two names so — "Apple 3 points higher" in a market report is
one phrase, not a box score.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

_STATS = (
    r"(?:points?|goals?|assists?|rebounds?|saves?|steals?|blocks?|kills?|digs?|aces?|"
    r"strikeouts?|RBIs?|sacks?|tackles?|interceptions?|receptions?|touchdowns?|yards?)"
)
# A name's word, also with a capital inside after an apostrophe or a prefix ("O'Hara",
# "McDowell", "DeBose").
_WORD = r"(?:[A-Z]['’]|Mc|Mac|De|Di|La|Le)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
# A player: an initial and a surname, initials for a first name ("CJ DeBose", "T.J. Carrie"),
# or up to three names ("Kairi Thomas-Brooks"), then a count.
_CREDITED = re.compile(
    rf"(?<![\w.’'-])(?P<name>(?:[A-Z]\.|[A-Z]\.[A-Z]\.|[A-Z]{{2}}) {_WORD}"
    rf"|{_WORD}(?: {_WORD}){{0,2}}) \d{{1,3}} {_STATS}\b"
)


def box_score_players(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The players named before their points, goals or saves in a paragraph of box scores."""
    if lang != "en" or not re.search(rf"\d {_STATS}\b", text):
        return []  # a quick look first: most texts score nothing
    found = []
    starts = [w.start for w in words]
    for paragraph in re.finditer(r"[^\n]+", text):
        credited = list(_CREDITED.finditer(text, paragraph.start(), paragraph.end()))
        if len(credited) < 2:
            continue
        for match in credited:
            inside = words[
                bisect_left(starts, match.start("name")) : bisect_left(starts, match.end("name"))
            ]
            if inside and not (len(inside) == 1 and common_word(inside[0].text, lang)):
                found.append(Piece(EntityKind.PERSON, inside))
    return found

"""Who scored, rushed or saved in a game report: a player, whatever the first name.

Sports reports name their players with the first names of American locker rooms ("Shaq Vann
rushed for 101 yards", "Boone Jenner also scored"), which no list of first names has, and
nothing else is said of them; the rules for runs dropped such a name
or read it as a company. A team scores too, but a team's two-word name is a town and a word
("Blue Jackets", "Real Madrid"): two words that are neither, right before a verb of scoring,
are a player's name (a club's possessive, "Aston Villa's second goal", is left alone).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.companies import listed
from reader.core.entities.cues import bare, place_of
from reader.core.entities.lexicon import NEVER_NAME
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

_WORD = r"[A-Z][a-z]+(?:['’-][A-Z][a-z]+)?"
_SCORED = re.compile(
    rf"(?<![\w.’'-])(?P<name>{_WORD} {_WORD})"
    rf"(?: also| then)? (?:scored|rushed for|ran for|passed for|threw for|netted|"
    rf"stopped \d+ shots|made \d+ saves)\b"
)


def scoring_players(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The players a game report says scored, rushed, passed or saved (English)."""
    if lang != "en" or not re.search(
        r"scored|rushed|saves|netted|passed for|threw for|ran for", text
    ):
        return []
    starts = [w.start for w in words]
    found = []
    for match in _SCORED.finditer(text):
        start, end = match.span("name")
        name = words[bisect_left(starts, start) : bisect_left(starts, end)]
        if len(name) != 2:
            continue
        texts = [bare(w.text) for w in name]
        if any(common_word(t, lang) or place_of(t) or t in NEVER_NAME for t in texts):
            continue  # "Blue Jackets scored", "Real Madrid scored", "The Rangers"
        if listed(" ".join(texts)) or listed(texts[0]):
            continue
        found.append(Piece(EntityKind.PERSON, name))
    return found

"""German clubs whose founding year stands between their kind and their town: "der TSV 1860
München", "beim VfL 1848 Bochum", "der SV 07 Elversberg", "der TSV 1860 München e.V.".

A club's letters ("TSV", "VfL": `clubs.CLUB_PREFIXES`) with a year (four digits from the 1800s
or 1900s, or two: "07") and a capitalised name right after are one club's name, as readers
mark it; the digits break the run of capitals, so the letters alone made no name and the town
stood as a place. The year after the town is `clubs.numbered`'s ("TV Fürth 1860").
"""

from __future__ import annotations

import re

from reader.core.entities.clubs import CLUB_PREFIXES
from reader.core.entities.cues import bare
from reader.core.entities.lexicon import NEVER_NAME
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

_YEAR = re.compile(r"1[89]\d\d|\d\d")
_MOST = 2  # words of the town or name after the year


def club_year(letters: Token, year: Token, text: str) -> bool:
    """Whether a club's letters and its founding year stand here, one space apart."""
    return (
        letters.text in CLUB_PREFIXES
        and _YEAR.fullmatch(year.text) is not None
        and text[letters.end : year.start] == " "
    )


def year_clubs(text: str, words: list[Token]) -> list[Piece]:
    """The clubs named by their letters, their founding year and their town."""
    found = []
    for at, letters in enumerate(words[:-2]):
        year = words[at + 1]
        if not club_year(letters, year, text):
            continue
        name: list[Token] = []
        while len(name) < _MOST and at + 2 + len(name) < len(words):
            word = words[at + 2 + len(name)]
            gap = text[(name[-1] if name else year).end : word.start]
            if gap != " " or not word.capital or word.sentence_start:
                break
            if bare(word.text) in NEVER_NAME:
                break
            name.append(word)
        if name:
            found.append(Piece(EntityKind.ORG, [letters, year, *name]))
    return found

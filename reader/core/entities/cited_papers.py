"""A newspaper cited by a masthead that names no place: "told the Argus Leader", "according
to a report in the Argus Leader of Sioux Falls", "reported by the Daily Sentinel".

A masthead's last word is an everyday word ("Leader", "Star", "Sun", "Sentinel"), and
"Leader" a role besides, so the run came apart ("Argus" alone, or a leader named "Argus");
`masthead` takes such a paper whole only after the place it is published in ("Kansas City
Star"). Without the place, what a sentence does with it says it is a paper: a report cites it
or somebody told it something, and "the" stands before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.cues import bare, role_length
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, english_noun
from reader.core.entities.outlets import masthead_word
from reader.core.entities.pieces import Piece

# One or two capitalised words and the masthead's, after "the" and a phrase that cites or
# tells: "told the", "according to the", "a report in the", "reported by the", "wrote in the".
_CITED = re.compile(
    r"\b(?:told|according to(?: a (?:new )?report in)?|(?:a |the )?report in|reported by|"
    r"reported in|wrote in|published in|interview with|statement to)\s+the\s+"
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\b"
)
# A lower-case word right after the masthead that goes on the sentence, not the name: a noun
# there makes the words its modifier ("told the Rising Star team").
_NEXT = re.compile(r"\s+([a-z]+)")
_GOES_ON = frozenset(
    """on in of at by for to with via that this last about and or but when after before
    earlier recently said says reported wrote it he she they its his her their""".split()
)


def cited_papers(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The papers a citing phrase names by a masthead that ends in such a word."""
    if lang != "en":
        return []
    starts = [w.start for w in words]
    found = []
    for match in _CITED.finditer(text):
        inside = words[bisect_left(starts, match.start("name")) : bisect_left(starts, match.end())]
        after = _NEXT.match(text, match.end())
        if (
            len(inside) >= 2 and masthead_word(inside[-1].text) and inside[-1].capital
            and (after is None or after.group(1) in _GOES_ON)
            and not _office(inside)
        ):  # fmt: skip
            found.append(Piece(EntityKind.ORG, inside))
    return found


def _office(words: list[Token]) -> bool:
    """A role the masthead's word also is, after a noun: "told the Majority Leader", "the
    Opposition Leader" — an office, where "Argus" before it is no word of English."""
    return bool(role_length(words, len(words) - 1)) and any(
        english_noun(bare(w.text)) for w in words[:-1]
    )

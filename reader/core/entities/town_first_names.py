"""A town's name that is a common first name abroad, before a surname: a person.

"Vladimir", "Santiago" and "Sofia" are towns of the gazetteer and common first names where
other languages are spoken, but rare as first names where English and German are, so the
rules for runs, which let a first-name town open a name only when English or German speakers
bear it ("Florence Pugh"), read "Vladimir Putin" as the Russian town and dropped the rest.
Before a surname — a word of no dictionary, no place, no company, no word for a kind of place
("Vladimir Oblast") — and with no article before it ("the Santiago Bernabeu" is a stadium),
such a town is the first name of a person.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.companies import listed
from reader.core.entities.cues import bare, place_of
from reader.core.entities.first_names import first_name_frequency
from reader.core.entities.lexicon import NEVER_NAME, PLACE_HEADS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

# How common the town's name must be as a first name in the most of the list's countries
# ("Vladimir" 10, "Sofia" 9, "Santiago" 7; "Salem" 5, "Aden" 1).
_ABROAD = 6
_WORD = r"[A-ZÄÖÜ][a-zäöüßáéíóúñ]+(?:-[A-ZÄÖÜ][a-zäöüßáéíóúñ]+)?"
_TWO = re.compile(rf"(?<![\w.’'-])(?P<first>{_WORD}) (?P<last>{_WORD})(?![\w-]| [A-ZÄÖÜ])")
# Words for a kind of place a town's name may stand before.
_REGIONS = frozenset("Oblast Krai Province Region District Governorate Prefecture Raion".split())
_ARTICLES = frozenset("the The der die das dem den des im am vom zum beim".split())


def town_first_names(text: str, words: list[Token], lang: str, pieces: list[Piece]) -> list[Piece]:
    """The people whose first name the rules read as a town ("Vladimir Putin")."""
    towns = {
        p.start
        for p in pieces
        if p.kind is EntityKind.PLACE and len(p.words) == 1 and _given_abroad(p.words[0].text)
    }
    if not towns:
        return []
    starts = [w.start for w in words]
    found = []
    for match in _TWO.finditer(text):
        if match.start() not in towns:
            continue
        at = bisect_left(starts, match.start())
        if at and words[at - 1].text in _ARTICLES:
            continue  # "the Santiago Bernabeu": a stadium named after one
        last = bare(match.group("last"))
        if (
            common_word(last, lang) or common_word(last, "de" if lang == "en" else "en")
            or place_of(last) is not None or listed(last)
            or last in PLACE_HEADS or last in _REGIONS or last in NEVER_NAME
        ):  # fmt: skip
            continue
        found.append(Piece(EntityKind.PERSON, words[at : at + 2]))
    return found


def _given_abroad(word: str) -> bool:
    """A town whose name is a common first name where other languages are spoken."""
    place = place_of(word)
    return (
        place is not None
        and place.key.startswith("city:")
        and first_name_frequency(bare(word), anywhere=True) >= _ABROAD
    )

"""Korean names written as three words: "Park Dong Woo", "Lee Ho Jun", "Jeong Hye Jin".

English texts often romanise a Korean given name as two syllables written apart. Each word
alone is a poor witness of a name: "Park" and "Song" are English words, "Jun" a month's
abbreviation, "Dong" a currency, so the rules kept "Dong Woo" of "Park Dong Woo" and "Lee
Ho" of "Lee Ho Jun". Together they are unmistakable: one of the family names most Koreans
bear, then one or two syllables that gender-guesser lists as Korean given names ("Dong",
"Woo", "Hye", "Jin"; "Jae-in" by its first part), make one person's name whatever else the
words may mean.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.entities.cues import bare, role_length
from reader.core.entities.first_names import korean_given_name
from reader.core.entities.lexicon import KOREAN_FAMILY_NAMES
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, everyday
from reader.core.entities.pieces import Piece, role_parts
from reader.core.entities.places import lookup

# A syllable after a hyphen, written in small letters: "Moon Jae-in", "Kim Jong-un".
_HYPHENED = re.compile(r"([A-Z][a-z]{1,5})-([a-z]{1,5})")


def _given(token: Token, last: bool = False) -> bool:
    """A syllable of a Korean given name, or two joined by a hyphen ("Jae-in"); the `last`
    word of the name may be a possessive ("Kim Jong Un's sister": the name ends with it)."""
    word = bare(token.text)
    if (word != token.text and not last) or not word[:1].isupper():
        return False  # a possessive ends the name: "Park's Dong" is two names
    joined = _HYPHENED.fullmatch(word)
    return korean_given_name(joined.group(1) if joined else word) and len(word) <= 11


def korean_name(run: list[Token]) -> int:
    """How many words at the start of `run` are a Korean name: a family name and one or two
    given-name syllables (3 or 2), else 0. Two words need the second to be listed as a
    Korean given name and nowhere an English word ("Kim Hana"; not "Park Min Hotel")."""
    if len(run) < 2 or bare(run[0].text) != run[0].text or run[0].text not in KOREAN_FAMILY_NAMES:
        return 0
    if lookup(f"{run[0].text} {bare(run[1].text)}") is not None:
        return 0  # "Hong Kong": a place's name
    if len(run) >= 3 and _given(run[1]) and _given(run[2], True) and "-" not in run[1].text:
        return 3
    return 2 if _given(run[1], True) and not everyday(bare(run[1].text), "en") else 0


def korean_pieces(
    run: list[Token], lang: str, rest: Callable[[list[Token]], list[Piece]]
) -> list[Piece] | None:
    """The run's pieces when a Korean name stands in it, else None: the words before it (a
    role the name gets: "Art Director Park Dong Woo"), the name, and the words after it,
    which `rest` classifies."""
    for at in range(len(run) - 1):
        size = korean_name(run[at:])
        if not size or (at and _given(run[at - 1])):
            continue  # "Kyeong Min Seon": "Min" is a family name, but not after a syllable
        begin = next((b for b in range(at) if role_length(run, b) == at - b), at)
        role = " ".join(bare(w.text) for w in run[begin:at])
        return [
            *(rest(run[:begin]) if begin else []),
            *role_parts(run[begin:at], lang),
            Piece(EntityKind.PERSON, run[at : at + size], role),
            *(rest(run[at + size :]) if at + size < len(run) else []),
        ]
    return None

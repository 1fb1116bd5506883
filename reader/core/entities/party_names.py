"""Political parties written with "party" in small letters: "the Communist party", "Tsai
Ing-wen of the Democratic Progressive party", "he left the Conservative party".

Some papers write a party's name so (the Guardian's style), and the run of capitals then ends
before the word that says what it is: "Communist" alone is an adjective, no name, and the
party went unfound. A party's name is a political adjective — an "-ist", "-ic", "-ive",
"-al" or "-an" word, or one of the few plain ones ("Labour", "Green") — after "the", so a
party of another kind is none ("the Christmas party", "the birthday party"), nor is a
nationality's ("the American party" says whose party, not which).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.cues import demonym
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

_PARTY = re.compile(r"\b[Tt]he ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) party\b")
_POLITICAL_ENDINGS = ("ist", "ic", "ive", "al", "an")
_PLAIN = frozenset("Labour Labor Green Nazi".split())


def lower_case_parties(text: str, words: list[Token]) -> list[Piece]:
    """The parties named so, as organisations of the adjectives and "party"."""
    if " party" not in text:
        return []  # a quick look first
    found = []
    starts = [w.start for w in words]
    for match in _PARTY.finditer(text):
        adjectives = match.group(1).split()
        last = adjectives[-1]
        if not (last in _PLAIN or last.endswith(_POLITICAL_ENDINGS)):
            continue
        if all(demonym(word) for word in adjectives):
            continue  # "the American party": whose party, not which
        inside = words[bisect_left(starts, match.start(1)) : bisect_left(starts, match.end())]
        found.append(Piece(EntityKind.ORG, inside))
    return found


# German idioms of the countryside, whose noun is the Greens' name: "mit Blick ins Grüne",
# "ein Picknick im Grünen" name no party.
_COUNTRYSIDE = re.compile(r"(?:\bins Grüne|\bim Grünen)(?![\w-])")


def countryside(piece: Piece, text: str) -> bool:
    """Whether an organisation's mention is "Grüne" of "ins Grüne" or "Grünen" of "im
    Grünen": the green outdoors, not the party."""
    if piece.kind is not EntityKind.ORG or len(piece.words) != 1:
        return False
    match = _COUNTRYSIDE.search(text, max(0, piece.start - 4), piece.end + 1)
    return match is not None and match.end() == piece.end

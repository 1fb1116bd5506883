"""Companies that write their names in small letters: "creditshelf plant die Akquisition",
"CEO and founder of my6sense", "eine Kooperation mit finleap".

No capital shows them, so the runs never hold them. The text does: a word of no language
(neither English nor German uses it: wordfreq), written again and again, that opens a sentence
in small letters or stands where names stand — after "of", "von", "bei", "mit", "at" … — is a
name, and one nobody bears: a company's or a product's (its possessive and its compounds,
"my6sense's", "creditshelf-Kunden", are words of their own and not counted). A word written fewer than three times (a typo, a code, a
unit) or known to either language is none.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf

_SHAPE = re.compile(r"[a-z][a-z0-9]{3,}")
# Prepositions names stand after: "of my6sense", "von creditshelf", "bei finleap".
_BEFORE_NAMES = frozenset("of at by with from for von bei mit für durch über".split())
_TIMES = 3  # mentions at least: a brand is the text's subject, a typo is written once


def small_brands(words: list[Token]) -> list[Piece]:
    """One organisation piece for each mention of a name written only in small letters."""
    mentions: dict[str, list[int]] = defaultdict(list)
    for at, word in enumerate(words):
        if _SHAPE.fullmatch(word.text):
            mentions[word.text].append(at)
    found = []
    for name, ats in mentions.items():
        if len(ats) < _TIMES or max(zipf(name, "en"), zipf(name, "de")) > 1.0:
            continue
        if any(_named(words, at) for at in ats):
            found += [Piece(EntityKind.ORG, [words[at]]) for at in ats]
    return found


def _named(words: list[Token], at: int) -> bool:
    return words[at].sentence_start or (at > 0 and words[at - 1].text.casefold() in _BEFORE_NAMES)

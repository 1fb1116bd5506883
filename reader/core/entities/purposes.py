"""An English body named for a purpose, whose name goes on with the purpose's object: "National
Society for the Prevention of Cruelty to Children", "Research Center for the History of
Transformations", "Centre for the Study of Existential Risk". The run of capitals ends at the
small word; after "for the" and a noun of what the body does, "of" or "to" and capitalised
words are that noun's object and the name's end ("the Society for the Prevention of Cruelty"
names nothing).
"""

from __future__ import annotations

import re

from reader.core.entities.cues import place_of
from reader.core.entities.names import Token

# "for the Prevention of Cruelty", "for the History": a purpose whose object may follow.
_PURPOSE = re.compile(r"\bfor the [A-Z][a-z]+(?: of [A-Z][a-z]+)?$")
# The object: "of"/"to" and one to three capitalised words, then no more capitals.
_OBJECT = re.compile(r" (?:of|to)(?: the)? [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?![\w-]| [A-Z])")


def purpose_object(piece_words: list[Token], text: str) -> int:
    """Where a body's name named for a purpose ends: after the purpose's object, when its
    words stop right before one (the end of the piece otherwise)."""
    start, end = piece_words[0].start, piece_words[-1].end
    if not _PURPOSE.search(text, start, end):
        return end
    more = _OBJECT.match(text, end)
    if more is None or any(place_of(w) for w in more.group().split()):
        return end  # "… of Journalists to Washington": where it went, no object
    return more.end()

"""An office written in small letters right before two capitalised words: a person's name,
whatever its words are.

English news puts a person's office before the name: "talent manager Scooter Braun", "retired
aerospace executive Tom Young", "deputy mayor Ilse Winter". The rules for runs take a name by
its words — a known first name, no everyday word after it — and so read "Tom" alone ("Young"
is a word) or nothing ("Scooter" is no first name). An office in small letters (a title in
capitals may open a body's name: "General Motors") before a first and a last name leaves no
doubt. German writes its offices with a capital, and the rules for runs read those already.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.companies import listed
from reader.core.entities.cues import org_head, place_of, role_length
from reader.core.entities.lexicon import NEVER_NAME
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

_LETTERS = r"[a-zäöüßáàâçéèêëíìîïñóòôúùû]"
# An office's last word in small letters, then a first and a last name and no third capital.
_TITLED = re.compile(
    rf"(?<![\w-])(?P<office>[a-z][a-z-]*{_LETTERS}) (?P<name>[A-Z]{_LETTERS}+ [A-Z]{_LETTERS}+)(?![\w’'-]| [A-Z])"
)


def titled_people(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The people named right after their office in small letters (English)."""
    if lang != "en":
        return []
    starts = [w.start for w in words]
    found = []
    for match in _TITLED.finditer(text):
        at = bisect_left(starts, match.start("office"))
        if at >= len(words) or words[at].start != match.start("office"):
            continue
        if role_length(words, at) != 1:
            continue  # "chipmaker Intel": no office
        name = words[at + 1 : at + 3]
        if len(name) < 2 or any(w.text in NEVER_NAME or place_of(w.text) for w in name):
            continue  # "chief executive Tim Cook Monday", "mayor London Breed"
        if org_head(name, lang) or listed(" ".join(w.text for w in name)):
            continue  # "director Warner Bros", "partner Goldman Sachs": a body's name
        found.append(Piece(EntityKind.PERSON, name))
    return found

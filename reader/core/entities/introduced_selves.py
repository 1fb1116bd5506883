"""Who a page's author says they are: "Hi, ich bin David, der Gründer …", "My name is Ann".

Blogs and shop pages open or close with their author introducing themself, by first name and
often by nothing else; a lone first name with no verb of saying is otherwise left undecided
and dropped. After "ich heiße", "mein Name ist", "my name is", a known first name (and a surname)
before a comma, a full stop or a dash is the author's name; after "ich bin", "I'm", "I am",
a first name alone only with an apposition saying what the author is ("ich bin David, der
Gründer"), as "I'm Frank", "I'm Christian" or "ich bin Christ" say what one is. A noun or a
demonym is no first name ("ich bin Mama", "ich bin Berliner").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.first_names import personal_name
from reader.core.entities.german_words import german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

_WORD = r"[A-ZÄÖÜ][a-zäöüßéèáà]+(?:-[A-ZÄÖÜ][a-zäöüßéèáà]+)?"
_INTRODUCED = re.compile(
    r"\b(?:(?P<named>[Ii]ch heiße|[Mm]ein Name ist|[Mm]y name is)|[Ii]ch bin|I['’]m|I am)"
    rf" (?P<name>{_WORD}(?: {_WORD})?)(?=[,.!]| [–—-] )"
)
# An apposition saying what the author is: ", der Gründer", ", the founder", ", your host".
_APPOSED = re.compile(r",? (?:der|die|das|ein|eine|dein|deine|euer|eure|the|a|an|your) [\w-]+")


def introduced_selves(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The authors who introduce themselves by name."""
    starts = [w.start for w in words]
    found = []
    for match in _INTRODUCED.finditer(text):
        start, end = match.span("name")
        name = words[bisect_left(starts, start) : bisect_left(starts, end)]
        first = name[0].text if name else ""
        if not personal_name(first) or common_word(first, lang) or german_word(first):
            continue  # "I'm Will", "ich bin Mama"
        if len(name) == 2 and (common_word(name[1].text, lang) or german_word(name[1].text)):
            continue  # "I'm Frank Honest": a word after it
        if len(name) == 1 and not (match.group("named") or _APPOSED.match(text, end)):
            continue  # "I'm Christian, and I pray", "ich bin Christ": a faith, no name
        found.append(Piece(EntityKind.PERSON, name))
    return found

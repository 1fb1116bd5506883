"""Who took a picture, wrote or tested: the person a credit line names.

A credit names its maker once, at a picture or at the end of a page: "Foto: Kerstin Jordan",
"Text und Fotos: Ole Sommer", "alle Bilder von Eileen Jordan", "Photo by Grace Hill/Getty
Images", "Tested by: John Milbank". Named once, with no verb and no role, the name has only its
words to go by, and a surname that is also a word or a country ("Young", "Sommer", "Jordan")
made it an organisation, a place or nothing. After a credit's label, a known first name and one
or two capitalised words are the maker's name: a body credited there ("Foto: Alfa Romeo F1
Team", "Image: Deep Orbit Weekly") does not open with a first name and stop after two words.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.cues import place_of
from reader.core.entities.first_names import known_first_name
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

_LETTERS = r"[a-zäöüßáàâçéèêëíìîïñóòôúùû]"
_WORD = rf"[A-ZÄÖÜ]{_LETTERS}+(?:[-'’][A-ZÄÖÜ]?{_LETTERS}+)?"
# A credit's label: what was made, then a colon, a copyright sign or "by", "von" ("Foto ©",
# "Text und Fotos:", "Photos by", "alle Bilder von", "Tested by:").
_LABEL = (
    r"(?:\b(?:Text(?: und | & |, )Fotos?|Fotos?|Bilder|Bild|Fotografie|Illustrations?|Photos?"
    r"|Photographs?|Photography|Images?|Pictures?|Words and (?:photos|pictures))"
    r"(?:[ \t]*(?::|©)|[ \t]+(?:by|von):?)|\b(?:Tested|Reviewed|Photographed) by:?|©)"
)
# The name: a first name and one or two more words, up to the line's or the credit's end (a
# slash before the agency, a comma, a bracket, a full stop, a word in capitals: "RRP", a year).
_CREDIT = re.compile(
    rf"{_LABEL}[ \t]*(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,2}})"
    r"(?=[ \t]*(?:$|[,/|)\]–—-]|\.(?:\s|$)|[A-Z]{2,}\b|(?:19|20)\d\d\b))",
    re.MULTILINE,
)


def credited_people(text: str, words: list[Token]) -> list[Piece]:
    """The people a credit line names as a picture's, a text's or a test's maker."""
    if not any(cue in text for cue in ("oto", "ild", "by", "©", "mage", "icture")):
        return []
    starts = [w.start for w in words]
    found = []
    for match in _CREDIT.finditer(text):
        start, end = match.span("name")
        inside = words[bisect_left(starts, start) : bisect_left(starts, end)]
        if inside and photographer(inside):
            found.append(Piece(EntityKind.PERSON, inside))
    return found


def photographer(name: list[Token]) -> bool:
    """A credited name a person's by its looks: a first name (no town's: "Victoria Times")
    and a surname, or two names of no English text ("Anna Lena Brandt", not "Grace Church
    Weekly")."""
    first = name[0].text
    return (
        known_first_name(first) and place_of(first) is None
        and (len(name) == 2 or len(name) == 3 and not any(common_word(w.text, "en") for w in name[1:]))
    )  # fmt: skip

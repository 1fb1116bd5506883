"""Who a picture or a story is credited to: "(Image credit: All About Space)", "Main image
credit: Getty", "Titelbild: Flickr, CC BY 2.0", "Originally published on Live Science.", "This
graphic, provided by Statista, shows …", "Photo courtesy of Brenmark Studios."

A credit names the agency, the library, the service or the outlet a picture or a text comes
from, or the person who made it. Named once at the end of a page, such a name carries no other
evidence, so the rules that want a name to recur or to be said something of never find it. A
credit that opens with a first name before words of no dictionary is a photographer's; any
other name there is the body's, whatever words it is made of ("All About Space" is a
magazine).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.credited_people import photographer
from reader.core.entities.first_names import known_first_name
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

# A credit's label with its colon ("Credit Union" is a bank) and the name after it, up to the
# end of the line, a comma, a bracket, a slash or a sentence's end: capitalised words, "&" and
# small joiners between. A story's origin is credited in words: "Originally published on",
# "This article first appeared in".
_NAME = r"[A-ZÄÖÜ][\w.&'’-]*(?:[ \t]+(?:[A-ZÄÖÜ&][\w.&'’-]*|of|for|and|on))*"
_END = r"(?=[ \t]*(?:$|[,/)\]|;]|\.(?:\s|$)))"
_CREDIT = re.compile(
    r"(?:(?:(?:[Ii]mage|[Pp]hoto|[Pp]icture) (?:[Cc]redits?|[Ss]ource)|[Cc]redits?|Titelbild|Bildquelle|"
    r"Beitragsbild|Fotos?|Bild|Photograph|Photo|Image|Picture):"
    r"|(?:[Oo]riginally|[Ff]irst) (?:published|appeared) (?:on|by|in)|[Pp]rovided by|[Cc]ourtesy of)"
    rf"[ \t]+(?P<name>{_NAME}){_END}",
    re.MULTILINE,
)
# A credit shared out by slashes names each of its makers: "Image Source: Neil Godwin / Future
# Publishing/Shutterstock" credits a photographer, a publisher and an agency.
_SHARED = re.compile(rf"[ \t]*/[ \t]*(?P<name>{_NAME}){_END}")

# Words every credit's label holds, looked for before the pattern is run.
_CUES = (
    "redit", "bild", "Bild", "Foto", "hoto", "mage", "icture", "published", "appeared",
    "provided by", "ourtesy of",
)  # fmt: skip


def credited(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The bodies credited with a picture or a text, as organisations."""
    if not any(cue in text for cue in _CUES):
        return []  # a quick look first: most texts credit nothing
    found = []
    starts = [w.start for w in words]
    for match in _CREDIT.finditer(text):
        names = [match]
        while (more := _SHARED.match(text, names[-1].end())) is not None:
            names.append(more)
        for name in names:
            inside = words[
                bisect_left(starts, name.start("name")) : bisect_left(starts, name.end())
            ]
            if not inside or _person(inside) or photographer(inside):
                continue  # "Photo: Neil Godwin", "Photo: Tom Young": the photographer
            if len(inside) == 1 and common_word(inside[0].text, lang):
                continue  # "Foto: Privat", "Bild: Archiv": no name
            found.append(Piece(EntityKind.ORG, inside))
    return found


def _person(name: list[Token]) -> bool:
    """A first name and words of no English text after it: "Neil Godwin", not "Deep Orbit
    Weekly" (an outlet whose first word is also a first name)."""
    return known_first_name(name[0].text) and not any(
        common_word(word.text, "en") for word in name[1:]
    )

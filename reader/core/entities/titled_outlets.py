"""A publication a text names by its title in quotes right after the word for its kind: "in der
Zeitung „Die Welt“", "laut der Zeitung “Standard”", "the newspaper "Daily Herald"", "their
podcast "Beyond Finances."".

Quotes alone say a title, and a title is a work's as often as a body's ("the show "Pose"", „Das
Parfum“), so English quoted titles are taken for works (`layout.quoted_titles`) and German
quoted words for nothing. The word for a newspaper, a magazine, a journal or a podcast right
before the quotes says which: the title names the paper or the show that publishes, and a
reader marks it as the organisation that puts it out. A title's first word may be an everyday
word or an article („Die Welt“, “Standard”, "The Verge") that no other rule takes for a name.
Words for books, series, shows, blogs or songs are left out: their titles are works.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

# The kind words: German, also ending a compound ("Tageszeitung", "des Nachrichtenmagazins"),
# and English.
_KINDS = (
    r"(?:(?<![\w-])[A-ZÄÖÜ]?[a-zäöüß]*(?i:zeitung|zeitschrift|magazins?)"
    r"|(?<![\w-])(?:newspaper|magazine|journal|podcast|tabloid))"
)
# A title of one to five words, each opening with a capital (or a digit), inside quotes; a
# full stop or comma English puts inside the closing quote is no part of it.
_WORD = r"[A-ZÄÖÜ0-9][\w’'&-]*(?:\.[\w’'&-]+)*"  # "Ground", "T3N", "Spiegel.de"
_TITLED = re.compile(
    rf"{_KINDS},?\s+[„“\"«»‚‘](?P<name>{_WORD}(?: {_WORD}){{0,4}}?)[.,]?[“”\"«»‘’]"
)


def titled_outlets(text: str, words: list[Token]) -> list[Piece]:
    """The publications named by a quoted title after the word for their kind."""
    starts = [w.start for w in words]
    found = []
    for match in _TITLED.finditer(text):
        first, end = (
            bisect_left(starts, match.start("name")),
            bisect_left(starts, match.end("name")),
        )
        inside = words[first:end]
        if inside:
            found.append(Piece(EntityKind.ORG, inside))
    return found

"""German lakes, valleys, bridges, churches and paths named in one word: "am Werbellinsee", "im
Kinzigtal", "auf die Carolinenbrücke", "der Dreifaltigkeitskirche", "den Suezkanal", "des
Poetensteigs", "in die Wuhlheide".

German joins a name to the kind of site ("Werbellin" + "see"), so no run of names finds it and
no list knows the small ones. Such a compound is a site's name when the text uses it as one —
an article or a contraction right before it, as before a place ("am", "im", "der") — and it is
no word German writes often on its own ("Hospital", "Quartal"), no compound of German words
("Stausee", "Steinbrücke", "Christuskirche" too, whose name is two words a dictionary has)
and no kind of such a site ("Normalschanze", "Badesee"). A site the text also names in
English ("the Suez Canal") is that one.
"""

from __future__ import annotations

import re

from reader.core.entities import places
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf

# The kind of site the compound ends in.
_HEADS = ("brücke", "kirche", "see", "tal", "schanze", "kanal", "steig", "pfad", "heide")
_SITE = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ][a-zäöüß]{2,}(?:" + "|".join(_HEADS) + r")s?)(?![\w-])"
)
_ARTICLE = re.compile(
    r"\b(?:der|die|das|den|dem|des|am|im|zum|zur|vom|beim|ins|ans)\s$", re.IGNORECASE
)
# German writes these often, or they name a kind of site, not one: no site's name.
_COMMON = 3.5
_KINDS = frozenset("normal groß gross sprung flug stau berg bade bagger natur".split())


def german_sites(text: str, words: list[Token]) -> list[Piece]:
    """The one-word sites the German text names after an article, each a place."""
    starts = {w.start for w in words}
    found = []
    for match in _SITE.finditer(text):
        name = match.group("name")
        at = match.start()
        if at not in starts or not _ARTICLE.search(text, max(0, at - 6), at):
            continue
        base = name.removesuffix("s") if not name.endswith(_HEADS) else name  # "Poetensteigs"
        head = next(h for h in _HEADS if base.endswith(h))
        stem = base[: -len(head)].casefold()
        if stem in _KINDS or not _name_like(base):
            continue
        place = places.lookup(base) or _site(base, base[: -len(head)], head, text)
        token = Token(base, match.start(), match.start() + len(base), False)
        found.append(Piece(EntityKind.PLACE, [token], place=place))
    return found


# The English word for a kind of site, which a text in German may write as well: "den
# Suezkanal" and "the Suez Canal" are one site.
_ENGLISH = {"kanal": "Canal", "brücke": "Bridge", "tal": "Valley", "kirche": "Church"}


def _site(name: str, stem: str, head: str, text: str) -> places.Place:
    """The site the compound names: the one of its English name, when the text uses that."""
    english = f"{stem} {_ENGLISH[head]}" if head in _ENGLISH else ""
    key = english if english and english in text else name
    return places.Place(f"site:{key.casefold()}", name, name)


def _name_like(word: str) -> bool:
    return (
        zipf(word.casefold(), "de") < _COMMON
        and not german_word(word)
        and not german_compound(word)
    )

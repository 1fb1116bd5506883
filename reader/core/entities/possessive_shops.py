"""A shop, an inn or an eatery named after its owner in the possessive: "Muthu’s Restaurant",
"Joe's Diner", "Maria's Bakery", "Rosi`s Bar & Restaurant", "Toni's Pizzeria".

English names small businesses so, and German borrows the shape with the apostrophe. The
owner's name and the capitalised word for the kind of place together are the business's name
— one organisation, not the person the owner's name alone would read as ("ORG: Joe"). The kind
word must end the name: after it another capitalised name would make it the word before that
name ("Paris's Hotel Lutetia"), and an owner that is a place ("Berlin's Bar Scene") names no
owner. Words for buildings and clubs ("Center", "House", "Club") are left out: a town's
"Moscone Center" is a place, and "Club" names teams and societies alike.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities import places
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

_KINDS = (
    r"(?:Restaurant|Bar|Café|Cafe|Pub|Diner|Grill|Kitchen|Bakery|Pizzeria|Bistro|Tavern|Inn|"
    r"Deli|Shop|Store|Market|Bookshop|Bookstore|Salon|Hotel|Lodge|Brewery|Steakhouse|Eatery|"
    r"Trattoria|Imbiss|Kneipe|Bäckerei|Laden)"
)
_OWNED = re.compile(
    r"(?<![\w'’`])(?P<owner>[A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*)?)['’`]s "
    rf"{_KINDS}(?: (?:&|and|und) {_KINDS})?\b(?! [A-ZÄÖÜ0-9])"
)


def possessive_shops(text: str, words: list[Token]) -> list[Piece]:
    """The businesses named by their owner's possessive and the word for their kind."""
    starts = [w.start for w in words]
    found = []
    for match in _OWNED.finditer(text):
        if places.lookup(match.group("owner")) is not None:
            continue  # "Berlin's Bar Scene": a town's, no owner's
        inside = words[bisect_left(starts, match.start()) : bisect_left(starts, match.end())]
        if inside:
            found.append(Piece(EntityKind.ORG, inside))
    return found

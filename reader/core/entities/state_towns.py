"""The town an English text names before its US state or another country's region or the country:
"his homes in Manhattan and Palm Beach, Florida, and …", "she grew up in Boca Raton, Florida.",
"Martin Taylor of Aberdeenshire, Scotland,".

"Town, State" is how American news places a town, so the capitalised words right before a
state set off by commas are the town, though no gazetteer knows it and its words are common
ones ("Palm", "Beach"). `layout` reads the state's abbreviations (", Fla.") and makes a piece
already standing there a town; this finds the town no rule made a piece of. The state must be
closed by punctuation, as an apposition is: in "On Tuesday, Florida officials said" the state
names officials, no town's state. Words a sentence opens with ("In", "The") and dates stay out.
"""

from __future__ import annotations

import re

from reader.core.entities import places
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

# Up to three capitalised words on one line, ending where the text is searched to.
_TOWN = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*[ ]){0,2}[A-Z][\w'’-]*$")
# What stands before a list's item: a comma or "and" ("Bosnia and Herzegovina, Slovakia").
_LISTED = re.compile(r"(?:, |\b(?:and|und|or) )$")
_CLOSED = re.compile(r"(?:[,;:)]|\.(?:\s|$)|$)")
# Capitalised words that open a sentence or name a time, no part of a town's name.
_NOT_TOWN = frozenset(
    """in at on the a an from to near of and for by with since after before outside inside
    like when while as but or then also his her their its our this that last next early late
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)


def towns_before_states(pieces: list[Piece], text: str, lang: str) -> list[Piece]:
    """The pieces with each town before ", State," that no piece named: a place of its own,
    instead of the unknown fragments of its words."""
    if lang != "en":
        return pieces
    towns = []
    for piece in pieces:
        if not _closed_state(piece, text):
            continue
        town = _town(text, piece.start - 2)
        if town is None or (
            _abroad(piece) and _LISTED.search(text[max(0, town.start - 5) : town.start])
        ):
            continue  # "Bosnia and Herzegovina, Slovakia", "Washington, DC, United States"
        inside = [p for p in pieces if p.start < town.end and p.end > town.start]
        if any(p.kind is not None for p in inside):
            continue  # a person, a body or a place the rules read there: `layout`'s to judge
        towns.append((town, inside))
    if not towns:
        return pieces
    dropped = {id(p) for _town_token, inside in towns for p in inside}
    added = [
        Piece(EntityKind.PLACE, [token], place=_place(token.text)) for token, _inside in towns
    ]
    kept = [p for p in pieces if id(p) not in dropped]
    return sorted([*kept, *added], key=lambda p: p.start)


def _closed_state(piece: Piece, text: str) -> bool:
    """A US state, another country's region or a country written out after a comma and closed
    by punctuation ("of Aberdeenshire, Scotland,", "near Wolfsgrund, Austria.")."""
    return (
        piece.kind is EntityKind.PLACE
        and piece.place is not None
        and piece.place.key.startswith(("region:", "country:"))
        and text[piece.start - 2 : piece.start] == ", "
        and _CLOSED.match(text, piece.end) is not None
    )


def _abroad(piece: Piece) -> bool:
    """A country or a region outside the US: news lists those ("Slovakia, Ireland, …") as
    often as it places a town by them, so the town must be no item of a list."""
    return piece.place is not None and not piece.place.key.startswith("region:US-")


def _town(text: str, end: int) -> Token | None:
    """The capitalised words that end at `end`, without the sentence's opening words."""
    match = _TOWN.search(text, max(0, end - 60), end)
    if match is None:
        return None
    start = match.start()
    words = match.group().split(" ")
    while words and words[0].casefold() in _NOT_TOWN:
        start += len(words.pop(0)) + 1
    if not words:
        return None
    return Token(" ".join(words), start, end, False)


def _place(name: str) -> places.Place:
    return places.lookup(name) or places.Place(f"site:{name.casefold()}", name, name)

"""A name right before a word for a site or a made thing names that thing, no person.

English writes what a name stands for after it in small letters when the reader may not know
it: "Walter Reed hospital", "the Hoa Lo prison", "the Yerba Buena theater", "the Hazel Hen
supercomputer", "Tony Moly cosmetics", "our usual Unigine Heaven benchmark". A first name-like
word opens many such names, and the words look like a person's; the word after them says they
are not. A person's name has other nouns after it — "the Taylor Swift songs", "a John Ford
novel", "the Donald Trump campaign" — what someone made or leads, so only words for a place,
a building, a device or a kind of product count here, and a name that is given a role anywhere
("Dr.", "senator") stays a person. The name must be so written in every mention of all its
words: "the Bill Gates foundation" beside "Bill Gates said" is the man's.
"""

from __future__ import annotations

from reader.core.entities.model import EntityKind
from reader.core.entities.person_names import NAMED_AFTER
from reader.core.entities.pieces import Piece

_OF_PEOPLE_TOO = frozenset("Way Place House Court Foundation Institute Award Prize".split())

# Words for a site, a building, a device or a kind of product, in small letters after a name:
# what is named after someone ("Heinz Field", "Walter Reed Hospital") written as the kind of
# thing it is, and the things a brand's name stands before.
# Not the words English writes after a person's name too ("the Jack Dorsey way", "the Bill
# Gates foundation", "at the Taylor Swift house").
_THING_HEADS = frozenset(w.casefold() for w in NAMED_AFTER if w not in _OF_PEOPLE_TOO) | frozenset(
    """prison jail airport harbour harbor palace castle cathedral temple mosque hotel
    restaurant cafe mall store shop campus complex facility plant factory dam lake river
    mountain valley island beach neighborhood neighbourhood supercomputer computer telescope
    satellite rocket spacecraft vehicle ship vessel aircraft jet engine device smartphone
    laptop console benchmark software browser cosmetics perfume fragrance""".split()
)


def not_people(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces without the people that every mention shows to be a site or a thing by the
    word right after it, unless a mention has a role."""
    things: set[str] = set()
    persons: set[str] = set()
    for piece in pieces:
        if piece.kind is not EntityKind.PERSON:
            continue
        name = piece.text(text)
        if _head_after(piece, text) and not piece.role:
            things.add(name)
        else:
            persons.add(name)
    things -= persons
    return [p for p in pieces if not (p.kind is EntityKind.PERSON and p.text(text) in things)]


def _head_after(piece: Piece, text: str) -> bool:
    """One space after the name, then a word for a thing in small letters that ends there."""
    if text[piece.end : piece.end + 1] != " ":
        return False
    start = piece.end + 1
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[start:end]
    return word.islower() and word in _THING_HEADS and text[end : end + 1] != "-"

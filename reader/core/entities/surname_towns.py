"""A town's name that is a person's surname in the same text is the person.

Gazetteers hold towns named like families ("Hamilton", "Vaughan", "Kennedy"), and a text that
names "Ian Hamilton" once writes "Hamilton argued" after: a reader takes the lone word for the
man, not for a town in Ontario. The town keeps a mention only where the sentence places it: a
preposition of place before it or its state after it ("in Hamilton", "Hamilton, Ontario").
`variants` asks this before it merges each lone word with the full name it is part of.
"""

from __future__ import annotations

import re

from reader.core.entities.cues import bare
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

# Where a town's name stands as the town: after a preposition of place (not "von Moreno",
# "to Hamilton": by him, to him), or before its state.
_PLACED_BEFORE = re.compile(r"\b(?:in|near|from|outside|aus|nach|nahe|im)\s$")
_PLACED_AFTER = re.compile(r",\s[A-Z]")


def surnames_not_towns(pieces: list[Piece], full_names: dict[str, str], text: str) -> None:
    """A lone town's name that is the surname of one person the text names in full is that
    person ("Hamilton argued" after "Ian Hamilton", "Vaughan was studying" after "Roger
    Vaughan", "Morenos Warnungen" after "Juan Moreno"), unless a preposition of place or a
    state after it makes it the town ("in Hamilton", "Hamilton, Ontario")."""
    by_surname: dict[str, set[str]] = {}
    for key, name in full_names.items():
        by_surname.setdefault(name.split()[-1], set()).add(key)
    for piece in pieces:
        if (
            piece.kind is EntityKind.PLACE and len(piece.words) == 1 and piece.place is not None
            and piece.place.key.startswith("city:")
            and len(_people_named(bare(piece.words[0].text), by_surname)) == 1
            and not _PLACED_BEFORE.search(text, max(0, piece.start - 12), piece.start)
            and not _PLACED_AFTER.match(text, piece.end)
        ):  # fmt: skip
            piece.kind, piece.place = EntityKind.PERSON, None


def _people_named(word: str, by_surname: dict[str, set[str]]) -> set[str]:
    """The people whose surname the word is, also in the German genitive ("Morenos
    Warnungen" after "Juan Moreno")."""
    return by_surname.get(word) or (
        by_surname.get(word[:-1], set()) if word.endswith("s") else set()
    )

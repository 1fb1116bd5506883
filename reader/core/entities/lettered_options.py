"""Options a text tells apart by a letter ("Eating Plan A … Eating Plan B", "Path A: Iceland …
Path C: Scotland") are labels, no organisation's name.

A text that writes the same capitalised words before two or more different single capital
letters is lettering a list of choices, groups or stages, as "Plan A" and "Plan B", "Path A"
to "Path D", "Group C" and "Group F" are; a body's name is not written so. The words with or
without their letter are then no organisation in any mention. One lettered name alone ("Plan B
Entertainment", "Studio B") says nothing either way and is left to the other rules.
"""

from __future__ import annotations

import re

from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece


def lettered_options(pieces: list[Piece], text: str) -> list[Piece]:
    """`pieces` without the organisations that name one of a text's lettered options."""
    letters = [(m.start(), m[1]) for m in _LETTER.finditer(text)]
    verdicts: dict[str, bool] = {}
    kept = []
    for piece in pieces:
        if piece.kind is EntityKind.ORG:
            stem = _stem(piece, text)
            if stem not in verdicts:
                verdicts[stem] = _lettered(stem, text, letters)
            if verdicts[stem]:
                continue
        kept.append(piece)
    return kept


def _stem(piece: Piece, text: str) -> str:
    """The piece's words without a last word that is one capital letter ("Path C": "Path")."""
    words = piece.words
    if len(words) > 1 and len(words[-1].text) == 1 and words[-1].text.isupper():
        words = words[:-1]
    return text[words[0].start : words[-1].end]


# A lone capital letter after a space: where a lettered option may end ("Plan B").
_LETTER = re.compile(r"(?<= )([A-Z])(?![\w&'’-])")
_WORDLIKE = re.compile(r"[\w-]")


def _lettered(stem: str, text: str, letters: list[tuple[int, str]]) -> bool:
    """Whether the text writes `stem` before two or more different single capital letters.

    What a search of the whole text for the stem, a space and a lone capital (no word
    character, hyphen or apostrophe before the stem or after the letter) found, read off the
    text's lone letters (`letters`, found once per text) instead: a long page names hundreds
    of organisations. The search's matches of one stem all have the same length, so its
    leftmost, non-overlapping ones are taken in order."""
    found: set[str] = set()
    size = len(stem) + 2  # the stem, a space and the letter
    free = 0  # findall resumes after its last match
    for at, letter in letters:
        begin = at + 1 - size
        if (
            begin >= free
            and text.startswith(stem, begin)
            and not (begin > 0 and _WORDLIKE.match(text, begin - 1))
        ):
            found.add(letter)
            free = at + 1
    return len(found) >= 2

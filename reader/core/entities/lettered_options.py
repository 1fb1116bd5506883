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
    verdicts: dict[str, bool] = {}
    kept = []
    for piece in pieces:
        if piece.kind is EntityKind.ORG:
            stem = _stem(piece, text)
            if stem not in verdicts:
                verdicts[stem] = _lettered(stem, text)
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


def _lettered(stem: str, text: str) -> bool:
    """Whether the text writes `stem` before two or more different single capital letters."""
    pattern = rf"(?<![\w-]){re.escape(stem)} ([A-Z])(?![\w&'’-])"
    return len(set(re.findall(pattern, text))) >= 2

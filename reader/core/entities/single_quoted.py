"""Titles in single curly quotes, as British English writes them: the theme ‘The Medium is the
Message’, the installation ‘Jewels after Jewels’.

A name that opens such a quotation is the title's first words, no organisation, when the
quotation reads as a title: short, on one line, with no comma inside and no stop before its
closing quote. Speech quoted the same way ends in a comma or a stop before the quote (‘Apple
has let us down,’ he said), and a name there keeps what it is. (Double quotes: `layout`.)
"""

from __future__ import annotations

import re

from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

# An opening single quote, a title of up to eight words with no comma or stop inside, a
# letter right before the closing quote and no letter right after it.
_TITLE = re.compile(r"‘([^‘’,.;:!?\n]{1,80}?\w) ?’(?!\w)")
_MAX_WORDS = 8


def single_quoted_titles(pieces: list[Piece], text: str) -> frozenset[str]:
    """The organisations' names that open a title in single quotes."""
    if "‘" not in text:
        return frozenset()  # a quick look first
    openings = {m.start(1) for m in _TITLE.finditer(text) if len(m.group(1).split()) <= _MAX_WORDS}
    return frozenset(
        p.text(text) for p in pieces if p.kind is EntityKind.ORG and p.start in openings
    )

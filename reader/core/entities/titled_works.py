"""A body's name inside the title of a journal or a reference work ("Proceedings of the
National Academy of Sciences", "Handbook of Life Support Systems for Spacecraft", "Journal of
the American Chemical Society") is a word of that title, no mention of the body.

Such titles open with a word for the kind of work and "of": what follows names the subject the
work covers, or the body that publishes it as part of the title the reader cites; the title
(or its abbreviation, "PNAS") is what the text names, and the rules that read bodies' heads
("Academy", "Systems") would take the words after "of" for an organisation of their own.
"""

from __future__ import annotations

import re

from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

# A kind of work and "of" (an article may follow), right before the name.
_TITLE_BEFORE = re.compile(
    r"\b(?:Proceedings|Transactions|Annals|Journal|Handbook|Encyclopedia|Encyclopaedia|"
    r"Dictionary|Atlas|Yearbook) of (?:the )?$"
)


def without_title_words(pieces: list[Piece], text: str) -> list[Piece]:
    """`pieces` without the organisations named right after a work's kind and "of"."""
    return [
        p
        for p in pieces
        if not (
            p.kind is EntityKind.ORG
            and _TITLE_BEFORE.search(text, max(0, p.start - 30), p.start) is not None
        )
    ]

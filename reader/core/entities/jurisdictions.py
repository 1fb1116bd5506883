"""A German body for two places names both: "die Handwerkskammer für München und Oberbayern",
"die Industrie- und Handelskammer für Köln und Bonn".

A body's name goes on after "für" with the place it serves (`german_bodies.bodies_for` keeps
"Handwerkskammer für München" whole), and a chamber, a court or an office that serves a town
and its region names both, joined by "und". The capitals alone stopped at the "und" and made
the second place a place of its own; right after "für" and the first place, "und" and a second
place are the body's name still, and the text does not speak of that place there.
"""

from __future__ import annotations

from reader.core.entities.cues import bare, place_of
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece


def joined_places(pieces: list[Piece], words: list[Token], text: str) -> list[Piece]:
    """The pieces with each body "für" a place taking "und" and a second place after it, and
    without that second place as a place of its own."""
    at = {w.start: i for i, w in enumerate(words)}
    taken: set[int] = set()
    for piece in pieces:
        if piece.kind is not EntityKind.ORG or len(piece.words) < 3:
            continue
        if piece.words[-2].text != "für" or place_of(bare(piece.words[-1].text)) is None:
            continue
        end = at.get(piece.words[-1].start)
        if end is None or end + 2 >= len(words):
            continue
        joiner, second = words[end + 1], words[end + 2]
        if (
            joiner.text == "und"
            and text[piece.end : second.start] == " und "
            and second.capital
            and place_of(second.text) is not None
        ):
            piece.words = [*piece.words, joiner, second]
            taken.add(second.start)
    if not taken:
        return pieces
    return [
        p for p in pieces
        if not (p.kind is EntityKind.PLACE and len(p.words) == 1 and p.start in taken)
    ]  # fmt: skip

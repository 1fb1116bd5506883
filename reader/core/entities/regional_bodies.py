"""A German body named by the several things it is for keeps the state or town it serves
after them: "Stiftung für Technologie, Innovation und Forschung Thüringen", "Ministerium für
Wirtschaft, Arbeit und Tourismus Baden-Württemberg".

German state and city offices are named by their field after "für" and then, without a
preposition, the land or town whose office they are ("Landesamt für Umwelt Brandenburg").
With one field the run of capitals takes the place along; with several, `whole_bodies` takes
the list of fields whole (a run stops at the comma) and ended before the place, which stood as
a place of its own that the text does not speak of there. A place in the nominative right after
the last field, with nothing between, is the body's name still; a genitive ("Thüringens")
speaks of the land and stays apart, and so does a place after a comma or a preposition.
"""

from __future__ import annotations

from reader.core.entities import places
from reader.core.entities.cues import bare
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece


def served_places(pieces: list[Piece], words: list[Token], text: str) -> list[Piece]:
    """The pieces with each body that lists its fields after "für" ending in the place it
    serves, and without that place as a place of its own."""
    at = {w.start: i for i, w in enumerate(words)}
    taken: set[int] = set()
    for piece in pieces:
        if piece.kind is not EntityKind.ORG or "für" not in (w.text for w in piece.words[1:-1]):
            continue
        if "und" not in (w.text for w in piece.words):
            continue  # one field: the run took the place already ("Landesamt für Umwelt Brandenburg")
        last = at.get(piece.words[-1].start)
        if last is None or last + 1 >= len(words):
            continue
        place = words[last + 1]
        if text[piece.end : place.start] != " " or not place.capital:
            continue
        if places.lookup(bare(place.text)) is None:
            continue
        piece.words = [*piece.words, place]
        taken.add(place.start)
    return [p for p in pieces if not (p.kind is EntityKind.PLACE and p.start in taken)]

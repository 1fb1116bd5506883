"""A role's department named before the body it belongs to, joined by "for": the body alone.

"André Neu, Head of Platform Solutions for Ascom", "Senior Vice President of Sales for Dräger,
Inc.": after a role and "of", a capitalised run names the department the role heads and, after
"for", the company that has it. The run is no organisation's name as a whole; the company after
"for" is. Only a name after "for" counts — one or two words no English dictionary lists
("Ascom", "Dräger") — since a body's own name may hold "for" before words of the language:
"Director of the Centers for Disease Control", "Head of the Institute for Health Metrics".
(`workplaces` knows the shape with the body after "at": "Head of Research at ICICI".)
"""

from __future__ import annotations

from reader.core.entities.cues import bare, role_length
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, english_noun
from reader.core.entities.pieces import Piece


def department_bodies(
    pieces: list[Piece], words: list[Token], index: dict[int, int]
) -> list[Piece]:
    """`pieces` with each organisation of the shape "<department> for <company>", after a
    role and "of", cut to the company."""
    out = []
    for piece in pieces:
        cut = _company_after_for(piece) if piece.kind is EntityKind.ORG else None
        if cut is not None and _after_role_of(index.get(piece.start, 0), words):
            out.append(Piece(EntityKind.ORG, piece.words[cut:]))
        else:
            out.append(piece)
    return out


def _company_after_for(piece: Piece) -> int | None:
    """Where the company begins, when the run is capitalised words, "for", then one or two
    words of a name no dictionary lists."""
    names = piece.words
    fors = [i for i, w in enumerate(names) if w.text == "for"]
    if len(fors) != 1 or fors[0] == 0 or not 1 <= len(names) - fors[0] - 1 <= 2:
        return None
    company = names[fors[0] + 1 :]
    if all(w.capital and not english_noun(bare(w.text)) for w in company):
        return fors[0] + 1
    return None


def _after_role_of(at: int, words: list[Token]) -> bool:
    """A role of one to three words, then "of", right before word `at`: "Head of", "Senior
    Vice President of"."""
    if at < 2 or words[at - 1].text != "of":
        return False
    return any(
        at - 1 - size >= 0 and role_length(words[at - 1 - size : at - 1], 0) == size
        for size in (1, 2, 3)
    )

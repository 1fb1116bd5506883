"""Roles a person's run of capitals did not contain, read from the words around the name: a
lower-case role just before it ("works council head Daniela Cavallo") or one in apposition
after it ("Sanae Takaichi, die Vorsitzende der LDP", ", a China scholar").
"""

from __future__ import annotations

import re

from reader.core.entities.cues import bare, role_length
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

_APPOSITION = re.compile(r",\s+(?:(?:der|die|den|dem|des|the|a|an|ein|eine|einer)\s+)?")


def add_roles(pieces: list[Piece], words: list[Token], index: dict[int, int], text: str) -> None:
    """Roles a run did not contain: a lower-case role just before a name ("works council head
    Daniela Cavallo") or one in apposition after it ("Sanae Takaichi, die Vorsitzende der LDP")."""
    for piece in pieces:
        if piece.kind is not EntityKind.PERSON or piece.role:
            continue
        at = index.get(piece.start, 0)
        # Only right before the name: '"… great prime ministers," Trump said' is no role of his.
        adjacent = at > 0 and not text[words[at - 1].end : piece.start].strip()
        for size in (2, 1):
            if adjacent and at - size >= 0 and all(w.text.islower() for w in words[at - size : at]):
                if role_length(words[at - size : at], 0) == size:
                    piece.role = " ".join(w.text for w in words[at - size : at])
                    break
        apposition = _APPOSITION.match(text, piece.end)
        if piece.role or apposition is None:
            continue
        after = index.get(_next_word_start(text, apposition.end()))
        named = (
            0  # one name may qualify the role: ", a China scholar", ", the WikiLeaks co-founder"
        )
        for offset in range(4):
            if after is None or after + offset >= len(words):
                break
            size = role_length(words, after + offset)
            if size:
                piece.role = " ".join(
                    bare(w.text) for w in words[after + offset : after + offset + size]
                )
                break
            if not words[after + offset].text.islower():
                named += 1
                if (
                    named > 1
                    or offset > 1
                    or words[after + offset].text != bare(words[after + offset].text)
                ):
                    break


def _next_word_start(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at

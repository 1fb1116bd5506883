"""A brand-shaped name that every mention writes before a noun for a kind of device, or after
a screen's size ("various MacBook models", "the DualShock controllers", "Apple's 12-inch
MacBook"): a product line, not a company. A company's name comes before its people and its
work ("WeWork employees", "SpaceX engineers", "the SoftBank deal") and stays one, as does a
listed company ("Nintendo consoles")."""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

_DEVICES = re.compile(
    r" (?:models?|controllers?|gamepads?|headphones|earbuds|laptops?|notebooks?|"
    r"keyboards?|chargers?|thermostats?|consoles?|tablets?|smartwatch(?:es)?|"
    r"Controller|Modelle|Kopfhörer|Lautsprecher)\b"
)
# A capital inside the word: "DualShock", also "MacBook", which `camel_case` leaves to surnames.
_INNER_CAPITAL = re.compile(r"[A-Za-z][a-z]+[A-Z][A-Za-z]*")
_SIZE = re.compile(r"\d+(?:[.,]\d+)?[- ](?:inch|Zoll|\")[- ]$")


def not_companies(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces without the product lines taken for organisations."""
    names: dict[str, list[Piece]] = {}
    for piece in pieces:
        if piece.kind is EntityKind.ORG and len(piece.words) == 1:
            names.setdefault(piece.text(text), []).append(piece)
    dropped = {
        id(p)
        for name, mentions in names.items()
        if _INNER_CAPITAL.fullmatch(name)
        and not listed(name)
        and all(_device(text, p) for p in mentions)
        for p in mentions
    }
    return [p for p in pieces if id(p) not in dropped] if dropped else pieces


def _device(text: str, piece: Piece) -> bool:
    return bool(
        _DEVICES.match(text, piece.end) or _SIZE.search(text, max(0, piece.start - 12), piece.start)
    )

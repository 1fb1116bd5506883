"""A company's name before a model's name makes a product, not a person.

Two capitalised words read as a person when nothing says otherwise: "the Ascom Myco 2",
"Linksys Velop Wi-Fi 6". The text says otherwise where it names the first word alone as an
organisation ("Ascom announces …", "released by Ascom", "Ascom Holdings") or as the owner of
the rest ("Ascom's Unite Connect"): a person is not called by the first word of the name alone
as a company is, nor does a first name own a surname; a first name ("Mercedes Schlapp") is
left alone.
Left a person, the product also took the company's own mentions (the lone word joins the one
person whose name holds it), so the company vanished from the lists and a "person" with its
mentions stood near the top; without it the company keeps them.
"""

from __future__ import annotations

from reader.core.entities.cues import bare
from reader.core.entities.first_names import known_first_name
from reader.core.entities.lexicon import ORG_SUFFIXES
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece


def maker_models(pieces: list[Piece], text: str) -> list[Piece]:
    """Without the people whose first word the text names alone as an organisation."""
    makers = {  # "Ascom", and "Ascom" of "Ascom Holdings", "Ascom Inc."
        bare(p.words[0].text)
        for p in pieces
        if p.kind is EntityKind.ORG
        and not p.weak
        and (len(p.words) == 1 or bare(p.words[-1].text) in ORG_SUFFIXES)
    }
    return [
        p
        for p in pieces
        if not (
            p.kind is EntityKind.PERSON
            and len(p.words) > 1
            and (bare(p.words[0].text) in makers or _owned(p, text))
            and not known_first_name(bare(p.words[0].text))
        )
    ]


def _owned(piece: Piece, text: str) -> bool:
    """Whether the text writes the name's first word as the owner of the rest ("Ascom's Unite
    Connect" of "Ascom Unite Connect"): no one's first name owns their surname."""
    first, second = bare(piece.words[0].text), piece.words[1].text
    return any(f"{first}{mark}s {second}" in text for mark in ("'", "’"))

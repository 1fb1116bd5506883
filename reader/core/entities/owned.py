"""What an organisation owns is its product, event or service, not another organisation:
"Apple's AirPods", "Salesforce's Dreamforce conference", "Microsoft's Azure cloud".

English names a thing by its maker's possessive; a one-word name the text writes only so,
after an organisation's "'s" (with a word or two of description between: "SpaceX's towering
Starship"), is that thing — unless something else shows it to be a
body: a head or an acronym ("NASA's Jet Propulsion Laboratory", "Disney's ESPN"), a company of
the main stock indices, a service people post on or a news outlet ("Meta's Instagram").
"""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.cues import acronym, bare, org_head
from reader.core.entities.lexicon import PLATFORMS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.outlets import news_outlet
from reader.core.entities.pieces import Piece


def owned_things(pieces: list[Piece], text: str, lang: str) -> list[Piece]:
    """`pieces` without the one-word organisations named only after an organisation's
    possessive."""
    if lang != "en":
        return pieces
    owners = {
        p.end for p in pieces
        if p.kind is EntityKind.ORG and text[p.end - 2 : p.end] in ("'s", "’s")
    }  # fmt: skip
    if not owners:
        return pieces
    after_owner: dict[str, bool] = {}
    for piece in pieces:
        if piece.kind is EntityKind.ORG and len(piece.words) == 1 and not _body(piece):
            owned = _after_owner(piece.start, owners, text)
            name = piece.text(text)
            after_owner[name] = after_owner.get(name, True) and owned
    return [
        p for p in pieces
        if not (p.kind is EntityKind.ORG and after_owner.get(p.text(text), False))
    ]  # fmt: skip


# Lower-case words between an owner's possessive and its thing: "SpaceX's towering Starship".
_BETWEEN = re.compile(r"(?<![\w'’])(?:[a-z][\w-]* ){0,2}$")


def _after_owner(start: int, owners: set[int], text: str) -> bool:
    """Whether an organisation's possessive stands right before `start`, or with up to two
    lower-case words between ("SpaceX's towering Starship")."""
    between = _BETWEEN.search(text, max(0, start - 40), start)
    return between is not None and between.start() - 1 in owners and text[between.start() - 1] == " "


def _body(piece: Piece) -> bool:
    """Whether the name shows itself a body however it is written."""
    word = bare(piece.words[0].text)
    return (
        acronym(word)
        or org_head(piece.words, "en")
        or listed(word)
        or word in PLATFORMS
        or news_outlet(word)
    )


def owner_apart(pieces: list[Piece]) -> list[Piece]:
    """An organisation's run opened by an acronym's possessive, split into the owner and the
    body it owns: "NASA's Goddard Space Flight Center" is NASA and Goddard Space Flight
    Center (a name whose own first word has the "'s" stays whole: "Moody's Investors
    Service", "McDonald's Corporation")."""
    out: list[Piece] = []
    for piece in pieces:
        first = piece.words[0]
        stem = first.text[:-2]
        if (
            piece.kind is EntityKind.ORG
            and len(piece.words) > 1
            and first.text[-2:] in ("'s", "’s")
            and acronym(stem)
        ):
            owner = Token(stem, first.start, first.start + len(stem), first.sentence_start)
            out += [Piece(EntityKind.ORG, [owner]), Piece(EntityKind.ORG, piece.words[1:])]
        else:
            out.append(piece)
    return out

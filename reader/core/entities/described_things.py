"""A name the text itself says is a thing is no organisation: "MinnesotaCare, a health benefit
for low-income residents", "Calmora, a drug for migraines", "AppleSkin, a faux-leather made
from apple waste", "Sturmlauf, ein Roman über …".

An apposition right after a name says what the name is: `workplaces` reads those that name a
kind of body ("Kosmos, a group co-founded by …"); these name a kind of thing — a work, a
game, a law or a benefit, a drug, a material, a vehicle or a device, an event — whose maker or
owner, not the thing, is the organisation. The apposition's head is its last word before a
word that goes on with what the thing is for, of or by ("a health benefit *for* …"), and only
a word of this list decides: a word the list lacks leaves the name as the other rules read
it. What one apposition shows holds for every mention of the name, unless the name is a body
by its looks ("Cambridge University Press, a book …": a head word) — those stay.
"""

from __future__ import annotations

import re

from reader.core.entities.cues import org_head
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

# Kinds of thing an apposition may name, English and German (folded): works, games, laws and
# benefits, medicines, materials, vehicles and devices, events. Not "service", "platform",
# "site", "network", "magazine": companies and outlets are called so too.
_THINGS = frozenset(
    """book novel film movie album song game app benefit law act bill scheme drug vaccine
    medication material fabric leather textile device gadget car sedan vehicle truck phone
    smartphone console rocket lander spacecraft festival conference series show
    buch roman film spiel gesetz medikament impfstoff material stoff gerät auto fahrzeug
    festival serie""".split()
)
# ", a …" / ", ein …" with up to four words to its head, right after the name.
_APPOSITION = re.compile(
    r"\s*(?:,|–|—| -)\s+(?:a|an|the|ein|eine|einer|der|die|das)\s+((?:[\w-]+\s+){0,4}?[\w-]+)"
    r"(?=\s+(?:for|of|by|from|that|which|who|made|used|based|before|after|with|in|about|"
    r"für|von|aus|über|mit|der|die|das|den|dem)\b|\s*[,.;:)])"
)


def described_things(pieces: list[Piece], text: str, lang: str) -> list[Piece]:
    """`pieces` without the organisations an apposition names as a thing, in every mention."""
    things = {
        piece.text(text)
        for piece in pieces
        if piece.kind is EntityKind.ORG and not org_head(piece.words, lang) and _thing_after(piece, text)
    }  # fmt: skip
    if not things:
        return pieces
    return [p for p in pieces if not (p.kind is EntityKind.ORG and p.text(text) in things)]


def _thing_after(piece: Piece, text: str) -> bool:
    """Whether an apposition right after the piece has a kind of thing for its head."""
    found = _APPOSITION.match(text, piece.end)
    if found is None:
        return False
    head = found.group(1).split()[-1].rsplit("-", 1)[-1]  # "faux-leather": leather
    return head.casefold() in _THINGS

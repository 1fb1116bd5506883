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

A model's generation says the same from before the name: "the eighth-generation Sentra", "the
all-new Juke" (also with its model year between: "all-new 2020 Sentra"). Only a product has
generations; a maker named there has its model's name after it ("the all-new Nissan Sentra"),
so the name must end its phrase (a comma or a full stop after it; not "the next-generation
Zentrix chips": Zentrix makes them), and a company of the main stock indices is left alone.
"""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.cues import org_head
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

# Kinds of thing an apposition may name, English and German (folded): works, games, laws and
# benefits, programmes, treaties and standards, medicines, materials, vehicles and devices,
# events. Not "service", "platform", "site", "network", "magazine", "initiative", "fund":
# companies, outlets and bodies are called so too.
_THINGS_DE = frozenset(
    """buch roman film spiel gesetz medikament impfstoff präparat material stoff gerät auto
    fahrzeug festival serie programm abkommen verordnung richtlinie norm standard protokoll
    format währung ticket smartphone handy""".split()
)
_THINGS = _THINGS_DE | frozenset(
    """book novel film movie album song game app benefit law act bill scheme drug vaccine
    medication material fabric leather textile device gadget car sedan vehicle truck phone
    smartphone console rocket lander spacecraft festival conference series show program
    programme treaty agreement regulation directive standard protocol format currency
    cryptocurrency ticket""".split()
)
# A German compound's last part says what it is ("Forschungsprogramm", "Freihandelsabkommen",
# "Grippeimpfstoff"): a thing word of four letters or more after a first part of four or more
# (not "Beispiel", an example of anything).
_COMPOUND_HEAD = re.compile(
    r"\w{4,}(?:" + "|".join(sorted((w for w in _THINGS_DE if len(w) > 3), key=len)[::-1]) + r")"
)
# ", a …" / ", ein …" with up to four words to its head, right after the name; a German
# apposition in the name's case ("mit Lunaflex, einem Medikament gegen Migräne").
_APPOSITION = re.compile(
    r"\s*(?:,|–|—| -)\s+(?:a|an|the|ein|eine|einer|einem|einen|eines|der|die|das|dem|den|des)"
    r"\s+((?:[\w-]+\s+){0,4}?[\w-]+)"
    r"(?=\s+(?:for|of|by|from|that|which|who|made|used|based|before|after|with|in|about|"
    r"für|von|aus|über|mit|der|die|das|den|dem)\b|\s*[,.;:)])"
)


def described_things(pieces: list[Piece], text: str, lang: str) -> list[Piece]:
    """`pieces` without the organisations an apposition names as a thing, or a model's generation
    as a product, in every mention."""
    things = {
        piece.text(text)
        for piece in pieces
        if piece.kind is EntityKind.ORG
        and not org_head(piece.words, lang)
        and (_thing_after(piece, text) or _new_model(piece, text))
    }
    if not things:
        return pieces
    return [p for p in pieces if not (p.kind is EntityKind.ORG and p.text(text) in things)]


def _thing_after(piece: Piece, text: str) -> bool:
    """Whether an apposition right after the piece has a kind of thing for its head."""
    found = _APPOSITION.match(text, piece.end)
    if found is None:
        return False
    head = found.group(1).split()[-1].rsplit("-", 1)[-1].casefold()  # "faux-leather": leather
    return head in _THINGS or _COMPOUND_HEAD.fullmatch(head) is not None


# A model's generation right before its name: "eighth-generation", "next-generation", "all-new",
# a model year after it ("all-new 2020 Sentra").
_GENERATION = re.compile(r"(?:\b[\w]+-generation|\ball-new)(?: (?:19|20)\d\d)? $", re.IGNORECASE)
# The name ends the phrase: no model's name after it ("all-new Nissan Sentra" names Nissan's
# model) and no noun ("next-generation Zentrix chips": Zentrix makes them).
_PHRASE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


def _new_model(piece: Piece, text: str) -> bool:
    """Whether a model's generation stands right before the piece, which ends the phrase."""
    return (
        _GENERATION.search(text, max(0, piece.start - 40), piece.start) is not None
        and _PHRASE_END.match(text, piece.end) is not None
        and not listed(piece.text(text))
    )

"""Names a text writes in quotation marks are titles, products and venues, not people.

A first name-like word opens many names that are no one's: a child seat („Jané Koos i-Size“),
a bait („Rastafari Scopex“), a bridge (die „San Giorgio“-Brücke), a hotel („Muchele“). Writers
put those in quotation marks, and a person's name hardly ever: it stands in a sentence, or
opens a quotation that goes on as a sentence („Angela Merkel hat recht“, sagte er). So a
person's name the quotes hold tightly — opened right before it and closed a few characters
after it, with no sentence's punctuation and no word in small letters between — is the name of a thing in every mention, when every
mention is so written; a name also written outside quotes stays a person's. A mention right
after a capitalised "The" counts as such a title ("The Dolder Grand", "The Coty-Kylie Jenner
deal"): no one writes a person's name so.

A name the text marks as a trademark ("Don Victor® Orange Blossom Comb Honey", "Uniqz™") is
a product's or a brand's in every mention: no one marks a person's name so.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

_OPENING = frozenset('„“"»«‚‘')
_MARKS = frozenset("®™")
# A closing quote a few characters after the name, no sentence's end or line between: the
# quote holds a title ("Jané Koos i-Size + iPlatform"), not a sentence.
# British English quotes titles in single ones ("‘Quellwerk Nights’"); a possessive's "’s"
# is part of the name's last word, no closing quote.
_CLOSES_SOON = re.compile(r"[^.!?,;:\n„“”\"»«]{0,25}[“”\"«»‘’]")


def not_people(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces without the people whose every mention the quotes hold tightly, or whom
    the text marks as a trademark."""
    mentions: dict[str, list[Piece]] = defaultdict(list)
    for piece in pieces:
        if piece.kind is EntityKind.PERSON:
            mentions[piece.text(text)].append(piece)
    quoted = {
        name for name, group in mentions.items()
        if all(_held(p, text) or _titled(p, text) for p in group)
        or any(text[p.end : p.end + 1] in _MARKS for p in group)
    }  # fmt: skip
    return [p for p in pieces if not (p.kind is EntityKind.PERSON and p.text(text) in quoted)]


def _titled(piece: Piece, text: str) -> bool:
    """Right after a capitalised English article: "The Dolder Grand", "The Coty-Kylie Jenner
    deal" — a title, a hotel, a band or a deal, never how a person is named."""
    return text[piece.start - 4 : piece.start] == "The "


def _held(piece: Piece, text: str) -> bool:
    """Opened right before the name and closed soon after it, with no word in small letters
    between: a model's letters may follow ("i-Size"), a verb may not („Anna Berger lügt“)."""
    closing = _CLOSES_SOON.match(text, piece.end)
    return (
        text[piece.start - 1 : piece.start] in _OPENING
        and closing is not None
        and not any(w.isalpha() and w.islower() for w in closing.group()[:-1].split())
    )

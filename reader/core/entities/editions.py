"""A name the text writes with a year right after it names an event's edition, no body.

Fairs, festivals, conferences and games are numbered by their year ("BOOT TULLN 2022",
"CES 2020", "DMEXCO 2019", "Gamescom 2023"); a body's name takes no year after it — a year
goes before a company's report or model ("the 2020 Lexus", "Siemens' 2021 results") or into a
phrase of its own ("Siemens hat 2021 …", "Apple in 2019"). What the text writes so once, with
a year, is the event in every mention — unless it is a company of the main stock indices,
which a headline may date ("BMW 2021: Rekordabsatz"), or a sports club, whose form says it is
one and after which German puts a season ("spielte beim TV Fürth 2019 in der Landesliga").
"""

from __future__ import annotations

import re

from reader.core.entities.clubs import CLUB_PREFIXES
from reader.core.entities.companies import listed
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

# A year right after a name, not a number that goes on ("2022,5", "2022.3"), nor one of
# several years ("des MDR 1997 und 1998": when the body did something), nor a range.
_YEAR_AFTER = re.compile(
    r" (?:19|20)\d\d(?![\d.,–-]\d)(?!\s*(?:und|and|or|oder|bis|to|,)\s*(?:19|20)\d\d)"
)


def without_editions(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces without the organisations the text numbers by a year."""
    events = {
        p.text(text)
        for p in pieces
        if p.kind is EntityKind.ORG
        and p.words[-1].text == p.text(text).split(" ")[-1]  # "GiveWell’s 2017 top charities"
        and _YEAR_AFTER.match(text, p.end)
        and not listed(p.text(text))
        and not CLUB_PREFIXES.intersection(w.text for w in (p.words[0], p.words[-1]))
    }
    return [p for p in pieces if not (p.kind is EntityKind.ORG and p.text(text) in events)]

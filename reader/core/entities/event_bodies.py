"""The body whose acronym names a competition it runs: "im IBU Cup", "the WTA Tour", "the
UEFA Nations League", "ITF-Jugend-Weltranglistenturnier".

A competition carries its federation's or its league's acronym before the word for what it is
(a cup, a tour, a league, a championship, a tournament), and a reader marks the body, not the
event: the run as a whole named an event, which no rule takes for a name ("IBU Cup") or one
taken for a body ("UEFA Nations League"). The acronym alone is the body. Before a plural
("the ATP Finals", "EIC Accelerator Grants") readers marked neither (`test_org_shapes`), so
plurals are left out. A place's code before the word is a place's championship
("NRW-Meisterschaften", "the US Championship"), a word in capitals is no acronym ("the BIG
League") and letters with digits are an age class ("U18 Cup"). A sponsor's name before the
acronym makes the title one name of its own ("der BMW IBU Weltcup"), left as it is.
"""

from __future__ import annotations

import re

from reader.core.entities.cues import place_of
from reader.core.entities.lexicon import NOT_ORG_ACRONYMS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

# The acronym, then (a word and) the competition: "IBU Cup", "UEFA Nations League",
# "ATP-Tour", "ITF-Jugend-Weltranglistenturnier" (the last word's end: "…turnier").
_EVENT = re.compile(
    r"(?<![\w-])(?P<body>[A-Z]{2,8})(?:[ -][A-Z][a-z]+)?[ -]"
    r"(?:Cup|Weltcup|Tour|Championship|League|Trophy|Tournament|"
    r"Meisterschaft(?:en)?|Weltmeisterschaft|\w*[Tt]urnier)\b"
)

# A capitalised word right before the acronym: a sponsor's name in the title ("BMW IBU Weltcup").
_SPONSOR = re.compile(r"[A-ZÄÖÜ][\w&-]* $")


def event_bodies(text: str) -> list[Piece]:
    """The bodies named by their acronym before a competition they run."""
    found = []
    for match in _EVENT.finditer(text):
        body = match.group("body")
        if (
            place_of(body) is not None
            or body in NOT_ORG_ACRONYMS
            or common_word(body, "en")
            or common_word(body, "de")
        ):
            continue
        start = match.start("body")
        if _SPONSOR.search(text, max(0, start - 30), start):
            continue  # "im BMW IBU Weltcup": the sponsor's name before it, one title
        found.append(Piece(EntityKind.ORG, [Token(body, start, start + len(body), False)]))
    return found

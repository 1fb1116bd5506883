"""A team named by its town or state: "Dallas beat Boston 112-104", "Bayern gewann mit 3:1
gegen Augsburg", "Barcelona soccer player Gerard Pique".

Sports news names clubs by their place, which the gazetteer takes for the place. Only the
sentence's own words say it is a team: a result between two sides (a verb of winning or
losing and, in the same sentence, a score), or a sport's word and a player's or a team's
word right after the name. Countries stay places (a national side is named as the country).
Only the mentions so placed become the team; "in Dallas" elsewhere stays the city.
"""

from __future__ import annotations

import re

from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

_RESULT = {
    "en": re.compile(
        r"\s+(?:beat|beats|defeated|defeats|edged|edges|routed|topped|downed|blanked|stunned|"
        r"upset|outlasted|thrashed|trounced|swept|lost to|fell to|drew with|tied)\s"
    ),
    "de": re.compile(
        r"\s+(?:gewann|gewinnt|siegte|siegt|schlug|besiegte|bezwang|verlor|verliert|unterlag|"
        r"spielte unentschieden)\s"
    ),
}
_SCORE = {"en": re.compile(r"\b\d{1,3}[-–]\d{1,3}\b"), "de": re.compile(r"\b\d{1,2}:\d{1,2}\b")}
_SPORT_PERSON = re.compile(
    r"\s+(?:soccer|football|basketball|baseball|hockey|rugby)\s+"
    r"(?:player|players|star|coach|team|club|fans)\b"
)
_SENTENCE = re.compile(r"[.!?]\s")
# What may stand between the result's verb and the other side: "beat the", "gewann gegen den".
_BEFORE_SIDE = frozenset(["", "the", "against", "against the", "gegen", "gegen den", "gegen die"])


def place_teams(pieces: list[Piece], text: str, lang: str) -> list[Piece]:
    """`pieces` with each town's or state's mention that the sentence shows to be a side made
    a team, with a place right before it in its name ("Bayern München gewann")."""
    sides: set[int] = set()
    for at, piece in enumerate(pieces):
        if not _town_or_state(piece):
            continue
        result = _RESULT[lang].match(text, piece.end)
        if result is not None and _SCORE[lang].search(
            text, piece.end, _sentence_end(text, piece.end)
        ):
            sides.add(at)
            other = next((i for i, p in enumerate(pieces) if p.start >= result.end()), None)
            if (
                other is not None and _town_or_state(pieces[other])
                and text[result.end() : pieces[other].start].strip() in _BEFORE_SIDE
            ):  # fmt: skip
                sides.add(other)
        elif lang == "en" and _SPORT_PERSON.match(text, piece.end):
            sides.add(at)
    merged: set[int] = set()
    for at in sides:
        pieces[at].kind, pieces[at].place = EntityKind.ORG, None
        before = pieces[at - 1] if at > 0 else None
        if before is not None and _town_or_state(before) and before.end + 1 == pieces[at].start:
            pieces[at].words = [*before.words, *pieces[at].words]
            merged.add(at - 1)
    return [p for at, p in enumerate(pieces) if at not in merged]


def _town_or_state(piece: Piece) -> bool:
    return (
        piece.kind is EntityKind.PLACE
        and piece.place is not None
        and piece.place.key.startswith(("city:", "region:"))
    )


def _sentence_end(text: str, start: int) -> int:
    end = _SENTENCE.search(text, start)
    return end.start() if end else len(text)

"""A place joined by hyphens with other names is that whole name: German districts and regions
are named so ("Bad-Tölz-Wolfratshausen", "Weilheim-Schongau", "Dahme-Spreewald",
"Berlin-Brandenburg"), and the town in one part is not what the text names.

The sentence must say it names places — a kind of place in it ("die folgenden Landkreise:
Miesbach, Bad-Tölz-Wolfratshausen, …") or a preposition of place before the compound ("in
Beelitz-Heilstätten") —, since German joins rare nouns to places by hyphens far more often
("Pest-Reglemente", "Ukraine-Hilfspakete").

The hyphenated word is read in parts (`pieces`), which finds "Wolfratshausen" in it as it finds
"Japan" in "Japan-USA-Allianz". When one part is a known place and another a name no list
knows — "Bad", or a word rare in German and English text alike, as the names of small towns
and landscapes are — the compound is one place; a compound with a noun ("Allianz", "Spieler")
stays a thing of the place ("Bayern-Spieler"), and one of two known places is two of them.
"""

from __future__ import annotations

import re

from reader.core.entities import places
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf

_COMPOUND = re.compile(r"[\w.]+(?:-[\w.]+)+")
_INSIDE = re.compile(r"\b(?:de|del|di|da|of|von|la|le) $")
# Endings of German nouns and roles: "Rivers-Vertreterin", "Bayern-Spieler", "Berlin-Besuch".
_NOUN_ENDINGS = ("in", "innen", "er", "ern", "ung", "ungen", "heit", "keit", "schaft", "such")


def compound_places(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces with each place read inside a hyphenated compound of names widened to it."""
    widened: list[Piece] = []
    for piece in pieces:
        whole = _whole(piece, text)
        if whole is None:
            widened.append(piece)
        elif not any(p.start == whole.start for p in widened):  # one place for the compound
            widened.append(whole)
    return widened


def _whole(piece: Piece, text: str) -> Piece | None:
    if piece.kind is not EntityKind.PLACE or len(piece.words) != 1:
        return None
    if text[piece.start - 1 : piece.start] != "-" and text[piece.end : piece.end + 1] != "-":
        return None
    start = piece.start
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-."):
        start -= 1
    match = _COMPOUND.match(text, start)
    if match is None or match.end() < piece.end:
        return None
    name = match.group().rstrip(".")
    parts = name.split("-")
    known = [places.lookup(part) is not None for part in parts]
    if not any(known) or all(known) or not all(_name_part(part) for part in parts):
        return None  # two known places are two ("Qinghai-Tibet", "Berlin-Mitte")
    if _INSIDE.search(text, max(0, start - 6), start):
        return None  # "Circuit de Barcelona-Catalunya": part of a longer name
    if not _placed(text, start):
        return None  # "die frühneuzeitlichen Pest-Reglemente": a noun of German's own
    end = start + len(name)
    place = places.lookup(name) or places.Place(f"site:{name.casefold()}", name, name)
    return Piece(
        EntityKind.PLACE, [Token(name, start, end, piece.words[0].sentence_start)], place=place
    )


def _name_part(part: str) -> bool:
    """A part of a compound that is a name: a known place, "Bad" of a spa town, or a
    capitalised word rare in German and English text alike ("Tölz", "Spreewald"); a noun is
    frequent ("Allianz", "Spieler") or ends as nouns do ("Vertreterin")."""
    if not part[:1].isupper() or part.isupper():
        return False
    if part == "Bad" or places.lookup(part) is not None:
        return True
    low = part.casefold()
    return zipf(low, "de") < 3.5 and zipf(low, "en") < 3.0 and not low.endswith(_NOUN_ENDINGS)


# What says the sentence names places: a kind of place ("Landkreis", "Landkreise: …, …",
# "district") earlier in it, or a preposition of place right before the compound.
_KINDS = re.compile(
    r"\b(?:Landkreis|Landkreise|Landkreisen|Kreis|Kreise|Bezirk|Bezirke|Region|Regionen|Gemeinde|"
    r"Gemeinden|county|counties|district|districts)\b"
)
_PREPOSITION = re.compile(r"\b(?:in|im|aus|nach|bei|nahe|near|from)\s$")
_SENTENCE = re.compile(r"[.!?]\s")


def _placed(text: str, start: int) -> bool:
    if _PREPOSITION.search(text, max(0, start - 6), start):
        return True
    ends = list(_SENTENCE.finditer(text, max(0, start - 300), start))
    begin = ends[-1].end() if ends else max(0, start - 300)
    return _KINDS.search(text, begin, start) is not None

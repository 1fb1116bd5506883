"""People named by the land they ruled, as history writes rulers and saints: "Maria von
Ungarn", "Clemens Wenzeslaus von Sachsen", "Elisabeth von Thüringen" — one person (the land
stays a place the text names). A first name, or first names and a rare name ("Wenzeslaus"),
then "von" and a country or region with no capitalised word after it. Not a town ("mit Anna
von Hamburg nach Berlin" is Anna, from Hamburg), not after a surname ("Thomas Müller von
Bayern") or an office ("der Bürgermeister von Berlin"), and not English "of" ("Xi Jinping of
China" is Xi, from China).
"""

from __future__ import annotations

from reader.core.entities.cues import bare, place_of
from reader.core.entities.first_names import known_first_name
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf as zipf_frequency


def territorial_names(pieces: list[Piece], words: list[Token], text: str) -> list[Piece]:
    """`pieces` with each person named by a land as one person, the pieces inside dropped."""
    found = []
    for at, joiner in enumerate(words[2:-1], start=2):
        land, place = words[at + 1], place_of(words[at + 1].text)
        if joiner.text != "von" or place is None or place.key[:4] == "city":
            continue  # a land, not a town: "Anna von Hamburg" is Anna, from Hamburg
        if text[joiner.end : land.start] != " " or _capital_after(words, at + 1, text):
            continue
        name = _first_names(words, at, text)
        if name:
            found.append(Piece(EntityKind.PERSON, [*name, joiner, land]))
    if not found:
        return pieces
    spans = [(p.start, p.end) for p in found]
    kept = [  # the land stays a place of the text too: "Ungarn" in "Maria von Ungarn"
        p for p in pieces
        if p.kind is EntityKind.PLACE or not any(p.start < end and start < p.end for start, end in spans)
    ]  # fmt: skip
    return sorted([*kept, *found], key=lambda p: p.start)


def _first_names(words: list[Token], at: int, text: str) -> list[Token]:
    """The one to three names right before `words[at]`: first names, or a first name and rare
    names after it."""
    name: list[Token] = []
    for word in reversed(words[max(0, at - 3) : at]):
        if not word.capital or text[word.end : (name[0] if name else words[at]).start] != " ":
            break
        name.insert(0, word)
    while name and not known_first_name(bare(name[0].text)):
        name = name[1:]  # "Statthalterin Maria", "Kurfürst Clemens Wenzeslaus"
    rare = all(
        known_first_name(bare(w.text)) or zipf_frequency(bare(w.text).casefold(), "de") < 3.0
        for w in name[1:]
    )
    return name if name and rare else []


def _capital_after(words: list[Token], at: int, text: str) -> bool:
    nxt = words[at + 1] if at + 1 < len(words) else None
    return nxt is not None and nxt.capital and text[words[at].end : nxt.start] == " "

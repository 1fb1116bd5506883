"""Bodies named by the several things they are for, taken whole once the runs are classified:
"Ministry of Trade, Industry and Energy", "Bundesamt für Ausrüstung, Informationstechnik und
Nutzung der Bundeswehr" (a run of capitals stops at the first comma), and an English body's
purpose with its object ("… for the Prevention of Cruelty to Children"; `purposes`); the pieces
found inside the rest of such a name are dropped. Split from `org_shapes` and `extraction`:
one step of the extraction, which looks past the run a body was found in.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.cues import bare, place_of
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, english_noun
from reader.core.entities.pieces import Piece
from reader.core.entities.purposes import purpose_object


def whole_bodies(pieces: list[Piece], words: list[Token], text: str) -> list[Piece]:
    """Bodies named by the several things they are for, taken whole, and the pieces inside
    the rest of their names dropped."""
    out: list[Piece] = []
    starts = [w.start for w in words]  # in text order: a body's words by binary search
    end = -1
    for piece in pieces:
        if piece.start < end:
            continue  # "Industry", "Energy": inside the body's name
        if piece.kind is EntityKind.ORG:
            stop = max(listed_parts(piece.words, text), purpose_object(piece.words, text))
            if stop > piece.end:
                piece.words = words[bisect_left(starts, piece.start) : bisect_left(starts, stop)]
                end = stop
        out.append(piece)
    return out


# The rest of a body's name that lists what it is for after "of"/"für": ", Industry and Energy",
# ", Informationstechnik und Nutzung der Bundeswehr", " und Landwirtschaft".
_LISTED_PARTS = re.compile(
    r"(?:, [A-ZÄÖÜ][\w-]*)*,? (?:and|und) [A-ZÄÖÜ][\w-]*(?: (?:der|des|of the|of) [A-ZÄÖÜ][\w-]*)?"
)


# An English field's noun after the last listed word, its adjective or kind: "… for Strategic
# and International Studies", "… for Economic and Policy Research"; the name ends there.
_FIELD_AFTER_AND = re.compile(
    r" ((?:Studies|Research|Policy|Development|Affairs|Sciences?))\b(?! [A-Z])"
)


def listed_parts(piece_words: list[Token], text: str) -> int:
    """Where a body's name named by what it is for ends when it lists several things: "Ministry
    of Trade, Industry and Energy", "Bundesamt für Ausrüstung, Informationstechnik und Nutzung
    der Bundeswehr", "Council on Energy, Environment and Water" (the end of the piece when it
    lists nothing)."""
    end = piece_words[-1].end
    if not any(w.text in ("of", "für", "for", "on") for w in piece_words[1:]):
        return end
    more = _LISTED_PARTS.match(text, end)
    if more is None:
        return end
    # "Center for Strategic and International Studies": the fields' noun after "and" ends it.
    longer = _FIELD_AFTER_AND.match(text, more.end())
    fields = longer and " and " in more.group() and _common_noun(longer.group(1))
    return _listed_end(more, piece_words, longer.end() if longer and fields else more.end())


def _listed_end(more: re.Match[str], piece_words: list[Token], stop: int) -> int:
    """Where the listed things end (`stop`), if each is a common noun; else the piece's end."""
    end = piece_words[-1].end
    listed_words = re.findall(r"[A-ZÄÖÜ][\w-]*", more.group().split(" der ")[0].split(" of ")[0])
    if "," not in more.group():  # "für Ernährung und Landwirtschaft": two things, both nouns
        listed_words.append(bare(piece_words[-1].text))  # not "Bank of England and Treasury"
    if not all(_common_noun(w) for w in listed_words):
        return end  # "Bank of England, Barclays and HSBC": three bodies
    return stop


def _common_noun(word: str) -> bool:
    """What a body is for is a common noun of either language, never a place ("Bank of
    England" is England's; "england" splits into two German words); a German compound whose
    first part no dictionary holds counts by its head ("Ausfuhrkontrolle": Kontrolle)."""
    return place_of(word) is None and (
        english_noun(word) or german_word(word) or german_compound(word)
        or any(german_word(word[at:].capitalize()) for at in range(3, len(word) - 5))
    )  # fmt: skip

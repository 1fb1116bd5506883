"""A town written right after a longer name's word is part of that name, no mention of it.

Bodies, clubs and teams carry their town in their names, people carry towns as surnames: "von
der ETH Zürich", "Amelie Hejtmanek (TC RW Gersthofen)", "Helene Schnack (TC Raschke
Taufkirchen)", "Giorgio Colombo". The town there says where the body is, not that the text
speaks of the town, and a reader marks the body, not the place. The word right before the town
in the same run tells it: an acronym ("ETH", "BW"), a first name ("Giorgio") or a word of no
dictionary and no language's everyday use ("Raschke") is a longer name's word. A noun, German
or English, says less: it may name the kind of place the town is ("die Provinz Hebei",
"Hauptstadt Managua", "Wahlheimat Schweiz") or a prize it gives ("Innovationspreis
Thüringen"), and annotators of the development and held-out texts marked the place after an
institution's word as often as not ("Universität Tel Aviv"), so it stays. So does a country or
a region (the text's subject as often: "Takaichi US-Präsident") and a town after another
place ("Paris London Berlin"), a number ("69451 Weinheim"), a word the text writes in small
letters too ("Leaders Gather In Lisbon") or one that opens a sentence ("In Tokyo, …"). Only this mention goes: a text that names the town on its own
elsewhere still names the place.

The same seat read as a person's name breaks up (`towns_in_names`): two words, no first name,
the last one the text writes after a preposition of place ("Atelier Papenfuss Weimar", "in
Weimar").
"""

from __future__ import annotations

import re

from reader.core.entities.cues import bare, place_of
from reader.core.entities.first_names import known_first_name
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, dictionary_word
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf


def not_places(
    pieces: list[Piece],
    words: list[Token],
    index: dict[int, int],
    lower_words: frozenset[str],
    text: str,
) -> list[Piece]:
    """The pieces without the towns written right after a longer name's word."""
    return [p for p in pieces if not _seat(p, words, index, lower_words, text)]


# Where a word stands as a place: after a preposition of place ("in Weimar", "nach Weimar").
_PLACED = r"\b(?:in|nach|aus|near|from|outside)\s+"


def towns_in_names(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces with each person's name of two words that opens with no first name and ends
    with a word the text writes as a place elsewhere ("mit dem Atelier Papenfuss Weimar" and
    "in Weimar") broken into its words, for the other rules to read one by one: a name and
    the town of its seat, no person. "Papenfuss Weimar" read as a person also made every
    lone "Weimar" its mention. A first name at either end keeps the person ("LeBron James",
    whatever "in James's" may say)."""
    out: list[Piece] = []
    for piece in pieces:
        if piece.kind is EntityKind.PERSON and len(piece.words) == 2:
            first, last = (bare(w.text) for w in piece.words)
            if (
                not known_first_name(first)
                and not known_first_name(last)
                and re.search(_PLACED + re.escape(last) + r"\b", text)
            ):
                out += [Piece(None, [word]) for word in piece.words]
                continue
        out.append(piece)
    return out


def _seat(
    piece: Piece, words: list[Token], index: dict[int, int], lower_words: frozenset[str], text: str
) -> bool:
    at = index.get(piece.start)
    if piece.kind is not EntityKind.PLACE or piece.place is None or not at:
        return False
    if not piece.place.key.startswith("city:"):
        return False  # a country's or a region's name in a body's is the text's subject too
    before = words[at - 1]
    if text[before.end : piece.start] != " " or not before.capital or before.sentence_start:
        return False  # "69451 Weinheim", "the 2020 Bangkok show", "In Tokyo, …"
    word = bare(before.text)
    if word.casefold() in lower_words or place_of(word) is not None:
        return False  # "Leaders Gather In Lisbon"; "Paris London Berlin": a list
    return _name_word(word)


def _name_word(word: str) -> bool:
    """An acronym ("ETH", "TC BW"), a first name ("Giorgio") or a word of no dictionary and
    no language's everyday use ("Raschke"): a longer name's word. A noun, German or English,
    may name the kind of place the town is ("Provinz", "Hauptstadt", "Wahlheimat") or a prize
    it gives ("Innovationspreis"), so it takes no town into a name."""
    if len(word) > 1 and word.isupper():
        return True
    if known_first_name(word):
        return True
    low = word.casefold()
    return not (
        dictionary_word(word)
        or german_word(word)
        or german_compound(word)
        or max(zipf(low, "de"), zipf(low, "en")) >= 3.5
    )

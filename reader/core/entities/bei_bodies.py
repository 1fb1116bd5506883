"""A German name after "bei" that is no place, no person and no word is the organisation where
something is had, bought or done: "im Fachhandel bei Fressnapf, dem …", "bei Readly
erhältlich", "Bei Patagonia kann man …", "steht bei Glenmorangie im Mittelpunkt".

German "bei" before a name says at whose: near a town ("bei Hochfilzen", which `towns` reads
as the place), at a person's ("bei Anna"), or at a company, a shop or a body. Once the town
and the person are ruled out — a place the gazetteer or the town list knows, a first name, a
surname the text gives a first name (a person by the time this rule reads) — a name that is no word of German or English is the body.
A town the lists lack is ruled out by
its name's shape — a city's name in any language GeoNames gives ("bei Pokrowsk", "bei
Saporischschja"), or the ending of a German or Slavic place name ("bei Kleinwaldau", "bei
Lützerath", "bei Wuhledar" stay out though no list has them). What may pass for a name and is
none stays out: a German word or compound ("bei
Thermalwasser"), a noun in the dative plural, which "bei" governs ("bei Hobbysportlern", "bei
Sitzerhöhungen"), a plural in -s ("bei Laubpellets"), an acronym (left to its own rules), a
word frequent in German text, and a name that goes on with other capitalised words or a
preposition of place ("bei Kleinbrunn in Tirol" is a village's).
"""

from __future__ import annotations

import re

from reader.core.entities.cues import place_of
from reader.core.entities.first_names import known_first_name
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word, dictionary_word
from reader.core.entities.pieces import Piece
from reader.core.entities.town_names import PLACE_ENDINGS, city_names
from reader.core.word_frequency import zipf

# One name in mixed case, then what ends the phrase: a punctuation mark, a conjunction, a
# verb of the clause, a preposition of time or manner ("bei Readly erhältlich"; `von_bodies`
# reads the same after "von").
NAME_THEN_END = (
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß][\w’'&-]*[\w])"
    r"(?=\s*[,.;:!?)]|\s+(?:und|oder|sowie|im|am|zu|für|mit|ist|sind|war|kann|können|gibt|gab|"
    r"hat|haben|hatte|wird|werden|wurde|erhältlich|bestellen|bestellt|kaufen|gekauft|arbeitet|"
    r"arbeiten|gearbeitet|bietet|bieten|steht|stehen)\b)"
)
_AT = re.compile(r"\b[Bb]ei " + NAME_THEN_END)
# How often German text may write the name: places and surnames of a few thousand people
# and everyday words are written more ("Kork" 2.9); brands of a page less ("Readly").
_RARE = 2.5
# A dative plural, which "bei" governs: "bei Hobbysportlern", "bei Imagebroschüren".
_DATIVE_PLURAL = ("en", "ern", "eln")
_WORD_END = 5  # letters of a German word closing a compound ("Thermal|wasser")
# The endings German makes abstract nouns and fields with, which no list need hold to be words:
# "Podologie", "Achtsamkeit", "Fotografie" (a brand ends so seldom; "-ie" alone ends
# "Glenmorangie" too, and "-ion" without its "t" the listed "Kion", "Allegion", "Materion").
_NOUN_SUFFIXES = tuple("ung heit keit schaft tät tion ismus logie grafie graphie".split())


def bei_bodies(text: str, words: list[Token], pieces: list[Piece]) -> list[Piece]:
    """The organisations German text names after "bei", where no other rule found a name (a
    word the rules left undecided is no finding; a surname alone is a person by then)."""
    taken = {w.start for p in pieces if p.kind is not None for w in p.words}
    at = {w.start: w for w in words}
    found = []
    for match in _AT.finditer(text):
        name = match.group("name")
        word = at.get(match.start("name"))
        if word is None or word.text != name or word.start in taken:
            continue
        if body_name(name):
            found.append(Piece(EntityKind.ORG, [word]))
    return found


def body_name(name: str) -> bool:
    """Whether a name after "bei" (or "von", `von_bodies`) can be nothing but a body's: no
    place, person or word."""
    low = name.casefold()
    return not (
        place_of(name) is not None
        or name in city_names()
        or low.endswith(PLACE_ENDINGS)
        or known_first_name(name)
        or german_word(name)
        or german_compound(name)
        or common_word(name, "de")
        or dictionary_word(name)
        or zipf(low, "de") >= _RARE
        or low.endswith(_DATIVE_PLURAL)
        or low.endswith(_NOUN_SUFFIXES)
        or low.endswith("s")
        or any(german_word(name[cut:].capitalize()) for cut in range(2, len(name) - _WORD_END + 1))
    )

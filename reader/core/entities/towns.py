"""Smaller towns, read as places where a preposition of place stands before them: "beim
Weltcup in Hochfilzen", "die Verfolgung von Östersund", "weiter nach Tarbes".

The gazetteer (`places`) takes a town's name for a place wherever it stands only from 100,000
people (in German-speaking lands from 15,000), since a smaller town's name is as often a
surname, a word or part of a longer name. After "in", "aus", "nach", "bei", "von" ("in",
"from", "near" in English) a name that is nothing else yet is where something happens, and
the town of that name is the likely reading: towns of GeoNames' cities of 15,000 people the
gazetteer leaves out, and towns of German-speaking lands from 1,000 people (`town_list`,
written by tools/make_towns.py). Not a name that goes on ("in Nove Mesto na Morave"), no
German noun ("aus Kork"), no word or name texts write more often.
"""

from __future__ import annotations

from functools import cache, lru_cache

from reader.core.entities import places
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import WORDS_REMEMBERED, zipf

# Zipf in German from which a small town's name is more often something else: the towns of
# a few thousand people are rarely written ("Hochfilzen" 2.5, "Willingen" 2.8), nouns and
# surnames more often ("Kork" 2.9, "Tanne" 3.3).
_WRITTEN = 2.9
_BEFORE = {
    "de": frozenset("in aus nach bei von nahe zwischen".split()),
    "en": frozenset("in from near outside".split()),
}


def plausible(name: str, country: str) -> bool:
    """Whether a town's name may be read as the town after a preposition: one the gazetteer
    does not know, no German noun and no word or first name texts write more often."""
    return (
        name[:1].isupper()
        and len(name) >= 4
        and places.lookup(name) is None
        and not places.word_or_name(name)
        and zipf(name.casefold(), "de") < _WRITTEN
        and not german_word(name)
        and not german_compound(name)
    )


@cache
def _listed() -> dict[str, places.Place]:
    """The towns of German-speaking lands `tools/make_towns.py` found plausible."""
    from reader.core.entities.town_list import TOWNS

    found = {}
    for line in TOWNS.splitlines():
        name, geonameid, country = line.split("\t")
        found[name] = places.Place(f"city:{geonameid}", name, name, country)
    return found


@cache
def _cities() -> dict[str, places.Place]:
    """The cities of 15,000 people the gazetteer read and left out, each judged only when a
    text names it (`_town`): judging all 33,000 at once cost a second at the first text."""
    found: dict[str, places.Place] = {}
    for city in places.cities():
        name = city["name"]
        found.setdefault(
            name, places.Place(f"city:{city['geonameid']}", name, name, city["countrycode"])
        )
    return found


def town_named(name: str) -> bool:
    """Whether a town of that name is known at all: to the gazetteer, to the list of small
    towns or among the cities the gazetteer left out (as "Halle", a German noun too)."""
    return places.lookup(name) is not None or name in _listed() or name in _cities()


@lru_cache(maxsize=WORDS_REMEMBERED)
def _town(name: str) -> places.Place | None:
    if (listed := _listed().get(name)) is not None:
        return listed
    city = _cities().get(name)
    return city if city is not None and plausible(name, city.country) else None


def towns(
    pieces: list[Piece], words: list[Token], index: dict[int, int], text: str, lang: str
) -> None:
    """Make a place of each undecided name right after a preposition of place that names a
    smaller town, and give a dateline's town (a place already, named as written) its key, so
    that "CALDEN –" and "in Calden" are one place."""
    before = _BEFORE.get(lang, _BEFORE["en"])
    for piece in pieces:
        if piece.kind is EntityKind.PLACE and piece.place and piece.place.key.startswith("site:"):
            piece.place = _town(piece.place.en) or piece.place  # a dateline's "CALDEN"
        at = index.get(piece.start)
        if piece.kind is not None or not at or len(piece.words) > 3:
            continue
        following = at + len(piece.words)
        if (
            words[at - 1].text not in before
            or text[words[at - 1].end : piece.start] != " "
            or (following < len(words) and words[following].capital
                and text[piece.end : words[following].start] == " ")
        ):  # fmt: skip
            continue
        town = _town(piece.text(text))
        if town is not None:
            piece.kind, piece.place = EntityKind.PLACE, town

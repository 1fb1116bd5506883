"""A whole capitalised run as a place, and the place or chamber a party's members sit for.

`classify` asks here first of every run, before any word of it is read as a role or a
name: "New York City", "South China Sea", "Yobe North", "Schloss Bellevue" are places whole,
and "Kentucky Democrats" names where a party's members sit.
"""

from __future__ import annotations

from reader.core.entities import places
from reader.core.entities.cues import bare, org_head
from reader.core.entities.first_names import known_first_name
from reader.core.entities.lexicon import (
    NEVER_NAME,
    PLACE_HEADS,
    PLACE_PREFIXES,
    PLACE_QUALIFIERS,
    PLATFORMS,
)
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.person_names import site_opener
from reader.core.entities.pieces import Piece

_DIRECTIONS = frozenset("North South East West Nord Süd Ost West Central".split())
_CHAMBERS = frozenset("House Senate Assembly".split())
_JOINED = frozenset(("und", "and", "oder", "or"))
# An article inside a run ends what stands before a name: a site named by its head begins
# after it ("Einsturz der Francis Scott Key Bridge", "Traffic on the Pacific Coast Bridge":
# the bridge). A name in the gazetteer, asked first, is taken whole with its article.
_ARTICLES = frozenset("the der die das des dem den".split())


def whole_place(run: list[Token], lang: str) -> Piece | None:
    """The whole run as a place: in the gazetteer, or a named site ("Francis Scott Key
    Bridge", "Schloss Bellevue"); not a body named after a place ("Fort Worth Police
    Department", "Mount Sinai Hospital")."""
    if not run:
        return None
    name = " ".join(bare(w.text) for w in run)
    place = places.lookup(name)
    if place is not None:
        return Piece(EntityKind.PLACE, run, place=place)
    direction = len(run) > 1 and bool(
        (run[-1].text in _DIRECTIONS and places.lookup(name.rsplit(" ", 1)[0]))
        or (run[0].text in PLACE_QUALIFIERS and places.lookup(name.split(" ", 1)[1]))
    )  # "Yobe North", "Inner Mongolia", "West Michigan"
    if (
        direction
        or len(run) > 1
        and (bare(run[-1].text) in PLACE_HEADS or run[0].text in PLACE_PREFIXES or _named_site(run))
    ) and not org_head(run, lang):
        if (
            not any(w.text.islower() for w in (run[0], run[-1]))
            and bare(run[0].text) not in NEVER_NAME  # "In der Südtirol Arena": the arena
            and bare(run[0].text) not in PLATFORMS  # "YouTube Kanal": a channel, no canal
            and all(bare(w.text) == w.text for w in run[:-1])  # "San Francisco's Moscone …"
            and run[-2].text not in _JOINED  # "Sonne und Meer": the head alone, a noun
            and not any(w.text in _ARTICLES for w in run)
        ):
            return Piece(
                EntityKind.PLACE, run, place=places.Place(f"site:{name.casefold()}", name, name)
            )
    return None


# A park or a marina after words that are no first name: "Tinley Park", "Marronnier Park",
# "Guardavalle Marina"; "Grace Park" and "Linda Park" are women.
_SITE_ENDS = frozenset("Park Marina".split())


def _named_site(run: list[Token]) -> bool:
    """Two or three words that name a place by their first or last word alone."""
    if not 1 < len(run) <= 3 or not all(w.capital and bare(w.text) == w.text for w in run):
        return False
    if site_opener(run[0].text):
        return len(run) == 2  # "San Diego Union-Tribune": a paper named after the city
    return run[-1].text in _SITE_ENDS and not any(known_first_name(w.text) for w in run[:-1])


def party_seat(front: list[Token], lang: str) -> bool:
    """Whether the words before a party's name say where its members sit: a place or a
    chamber ("Kentucky Democrats", "Senate Republicans"), not a name of its own ("Liberal
    Democrats")."""
    return whole_place(front, lang) is not None or (len(front) == 1 and front[0].text in _CHAMBERS)

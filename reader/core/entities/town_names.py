"""A German town's name that German text writes as often as a noun: "Kempten", "Erding",
"Ebersberg" — frequent in German, rare in English, so `german_word` takes them for nouns.

After a body's head ("Hochschule Kempten", "Landratsamt Ebersberg") a noun is what the body
does or pays ("die Krankenkasse Krankengeld bezahlt") and a town is where it sits; a name
GeoNames gives a city in any language, or a word ending as German villages end ("-berg",
"-hausen", "-stein"), even one made of two German words ("Kornheim"), is the town. The endings are the ones no
German noun of its own ends in often ("-ing" is "Training"'s, "-tal" "Kapital"'s).
"""

from __future__ import annotations

from functools import cache

from reader.core.entities import places

# Endings of German place names (and of Slavic ones German writes): a village's, whatever list
# lacks it.
PLACE_ENDINGS = (
    "dorf", "hausen", "heim", "ingen", "ing", "bach", "berg", "burg", "feld", "felde", "stadt",
    "stedt", "leben", "rode", "hagen", "kirchen", "hofen", "au", "ach", "itz", "ow", "sk",
    "wald", "walde", "brück", "brücken", "furt", "weiler", "zell", "see", "tal", "thal",
    "reuth", "ried", "stein", "rath", "ich", "dar", "iw", "jiwka", "owka",
)  # fmt: skip
# The endings of `PLACE_ENDINGS` German nouns seldom have.
_TOWN_ONLY_ENDINGS = (
    "dorf", "hausen", "heim", "ingen", "bach", "berg", "burg", "stedt", "leben", "rode",
    "hofen", "reuth", "stein", "weiler",
)  # fmt: skip


@cache
def city_names() -> frozenset[str]:
    """Every name GeoNames gives its cities of 15,000 people, in any language ("Pokrowsk")."""
    return frozenset(
        alias for city in places.cities() for alias in city.get("alternatenames") or ()
    )


def town_name(word: str) -> bool:
    """Whether a capitalised word is a town's name rather than a German noun."""
    if word in city_names():
        return True
    return word.casefold().endswith(_TOWN_ONLY_ENDINGS)

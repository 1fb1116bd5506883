"""Seas, oceans and regions of the world that news names as places but no gazetteer used
here lists: CLDR has continents and their parts ("Southeast Asia"), ISO 3166-2 a country's
provinces and GeoNames towns, while "the Middle East", "das Mittelmeer", "the Pacific", "der
Indopazifik", "the Soviet Union" or "the Bay Area" are none of these.

Each is one place under its English and German names and the German case forms papers write
("im Nahen Osten", "des Mittelmeeres"), so that an English and a German source name the same
place. The list is short and general on purpose: regions every paper names, not a
geography's.
"""

from __future__ import annotations

# key: (English name, German name, further surface forms in either language)
WORLD_REGIONS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "middle-east": (
        "Middle East", "Naher Osten",
        ("Mideast", "Nahost", "Nahen Osten", "Nahen Ostens", "Mittlerer Osten", "Mittleren Osten"),
    ),
    "mediterranean": (
        "Mediterranean", "Mittelmeer",
        ("Mediterranean Sea", "Mittelmeers", "Mittelmeeres", "Mittelmeerraum"),
    ),
    # "Pacific" and "Atlantic" alone are the words of "Asia-Pacific shares", "Trans-Atlantic"
    "pacific": ("Pacific Ocean", "Pazifik", ("Pazifiks", "Pazifischer Ozean")),
    "atlantic": ("Atlantic Ocean", "Atlantik", ("Atlantiks",)),
    "indian-ocean": ("Indian Ocean", "Indischer Ozean", ("Indischen Ozean", "Indischen Ozeans")),
    "indo-pacific": ("Indo-Pacific", "Indopazifik", ("Indo-Pazifik", "Indopazifiks")),
    "arctic": ("Arctic", "Arktis", ("Arctic Ocean", "Nordpolarmeer")),
    "baltic-sea": ("Baltic Sea", "Ostsee", ()),
    "north-sea": ("North Sea", "Nordsee", ()),
    "black-sea": ("Black Sea", "Schwarzes Meer", ("Schwarzen Meer", "Schwarzen Meeres")),
    "caspian-sea": ("Caspian Sea", "Kaspisches Meer", ("Kaspischen Meer", "Kaspischen Meeres")),
    "south-china-sea": (
        "South China Sea", "Südchinesisches Meer",
        ("Südchinesischen Meer", "Südchinesischen Meeres"),
    ),
    "persian-gulf": ("Persian Gulf", "Persischer Golf", ("Persischen Golf", "Persischen Golfs")),
    "gulf-of-mexico": ("Gulf of Mexico", "Golf von Mexiko", ()),
    "aegean": ("Aegean Sea", "Ägäis", ("Aegean",)),
    "scandinavia": ("Scandinavia", "Skandinavien", ()),
    "balkans": ("Balkans", "Balkan", ("Western Balkans", "Westbalkan")),
    "west-indies": ("West Indies", "West Indies", ("Westindien",)),  # German papers say both
    "soviet-union": ("Soviet Union", "Sowjetunion", ("USSR", "UdSSR")),
    "sahara": ("Sahara", "Sahara", ()),
    "alps": ("Alps", "Alpen", ()),
    "himalayas": ("Himalayas", "Himalaya", ()),
    "tibetan-plateau": ("Tibetan Plateau", "Hochland von Tibet", ("Tibet-Plateau",)),
    "gaza-strip": ("Gaza Strip", "Gazastreifen", ("Gazastreifens",)),
    "west-bank": ("West Bank", "Westjordanland", ("Westjordanlands",)),
    "crimea": ("Crimea", "Krim", ()),
    "donbas": ("Donbas", "Donbass", ()),
    "kashmir": ("Kashmir", "Kaschmir", ()),
    "bay-area": ("Bay Area", "Bay Area", ("San Francisco Bay Area",)),
}  # fmt: skip

"""Units of measure a key figure may end in ("670 Gramm", "355 horsepower", "50 km/h").

No dependency of the project knows units (pint and the like are not installed), so this is a
short list: the SI units and their common multiples, spelt out in German and English and as
symbols, and the imperial units news about cars, weather and space use ("55 mph", "16 feet",
"230 million light-years"), and the pixels of screens and cameras ("1080 pixels", "12MP": no
dictionary lists "pixel", so no count would find them). Metres and tonnes count by their symbols
too ("27 m", "11,2 t", "1,7 g/cm³"); watts only joined to the number ("60W"): "3170 W." is a
street's number and "West". A symbol of one or two letters ("g", "l", "kW", "PS") only counts
right after a number, where nothing else reads that way. Tesla is left out: after a number it
is the car maker more often than the unit ("2 Tesla Autos", "Model 3 Tesla"). Sizes are also written with a hyphen
("20-inch", "80-percent"): those units are in `HYPHENED` (German joins such a size to its noun,
"28-Zoll-Felgen", which is no figure of its own); English also leaves the hyphen out and
keeps the singular ("the 200 yard freestyle", "4 meter lengths"), so some singulars are here.
"""

from __future__ import annotations

import re

_SPELT = """
    Gramm, Kilogramm, Milligramm, grams, gram, kilograms, kilogram, milligrams,
    Liter, Litern, Milliliter, Kubikmeter, Kubikmetern, litres, liters, litre, liter,
    cubic metres, cubic meters, cubic feet, cubic foot, Quadratmeter, Quadratmetern,
    square metres, square meters, square feet, square miles, acres, Zentimeter, Millimeter,
    Meilen, centimetres, centimeters, millimetres, millimeters, miles, feet, foot, inches, Zoll,
    yards, yard, meter, metre, mile, inch, gallon, ounce, light-years, light years, Lichtjahre, Lichtjahren, Megajoule, Kilojoule, Joule,
    megajoules, joules, Kilowatt, kilowatts, Watt, watts, megawatts, gigawatts,
    Kilowattstunden, kilowatt-hours, kilowatt hours, Volt, volts, Ampere, amps,
    Newtonmeter, horsepower, Pferdestärken, PS, Kilobit, Megabit, Gigabit, Bit, Byte, Kilobyte,
    Megabyte, Gigabyte, Terabyte, bits, bytes, megabytes, gigabytes, terabytes,
    Kilometer pro Stunde, Stundenkilometer, kilometres per hour, miles per hour,
    Grad Celsius, degrees Celsius, degrees Fahrenheit, ° C, ° F, Kilometern, Metern, Zentimetern,
    Millimetern, Quadratkilometern, square kilometres, square kilometers, Kubikzentimeter,
    Kalorien, Kilokalorien, calories, kilocalories, Dezibel, decibels, knots,
    pixels, Pixel, megapixels, Megapixel, Meter, metres, meters, Tonnen, Tonne, tonnes, tons,
    cups, cup, tablespoons, teaspoons, Esslöffel, Esslöffeln, Teelöffel, Tassen
"""
_SYMBOLS = """
    g kg mg l ml hl m³ m² qm cm mm km² km/h kph mph ft cu.ft. sq.ft. lb-ft lbs lb oz
    kJ MJ kW MW GW kWh MWh GWh TWh Nm hp bhp kbit Mbit Gbit MB GB TB Mbit/s Gbit/s
    Hz kHz MHz GHz °C °F ° kcal dB sq km MP m t cm³ cm² cm2 dm³ mm² kg/m³ g/cm³ kg/dm³
    kg/l g/l kWh/kg kWh/l kWh/m² tsp tbsp Tsp Tbsp EL TL
"""
# Longest first: "km/h" before "km", "cubic feet" before "feet".
UNITS: tuple[str, ...] = tuple(
    sorted({" ".join(u.split()) for u in _SPELT.split(",")} | set(_SYMBOLS.split()),
           key=len, reverse=True)
)  # fmt: skip
HYPHENED = (
    "inches", "inch", "percent", "per cent", "foot", "feet", "megapixel", "liter", "litre",
    "horsepower", "mile", "meter", "metre", "kilometer", "kilometre", "pound", "ounce", "gallon",
    "ton", "watt", "megawatt", "gigawatt", "yard", "piece",
)  # fmt: skip


def alternation(words: tuple[str, ...]) -> str:
    """A regex group matching any of `words` as written, a space standing for any space."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s") for w in words) + ")"

"""Key figures: amounts with a currency, percentages, quantities with a unit — as written; durations ("70 Stunden") are no key figure.

"550 Milliarden Dollar", "$550bn", "47 Prozent", "35.000 Stellen", "zehn Prozentpunkte": a
number (digits with German or English separators, or a small number word) with a scale word
and a currency or unit after it, or a currency sign before it. A bare number or a year is no
figure: without its unit nobody knows what it counts.

Measures end in a unit of `units.py` ("670 Gramm", "355 horsepower", "20-inch"); a range is one
figure ("0-62 mph", "100 bis 120 kg", "$40-50 billion"); counts name what they count with an
English plural or a German noun, also the last noun of a compound ("23 Millionen
Privathaushalte"); a code or sign may stand before or after an amount ("CHF 80 000", "60,000₩").
"""

from __future__ import annotations

import re

from reader.core.entities.counts import counts
from reader.core.entities.model import EntityKind, Found
from reader.core.entities.numerals import (
    FUNCTION,
    NUMBER,
    NUMBER_WORDS,
    ONE,
    SCALE,
    SCALE_WORD,
    SIMPLE_NUMBERS,
    YEAR,
)
from reader.core.entities.units import HYPHENED, UNITS, alternation

_SPELT_NUMBERS = frozenset(SIMPLE_NUMBERS.split("|"))
# A fraction, with its whole number ("1/4 cup", "1 1/2 cups", "½ TL"): before a unit only, as
# "9/11" or "24/7" are no amounts.
_FRACTION = r"(?:(?:\d+\s)?\d/\d{1,2}|(?:\d+\s?)?[½¼¾⅓⅔])"
_CURRENCY = (
    r"(?:US-Dollar|Dollar|dollars|dollar|Euro|euros|euro|Yen|yen|Yuan|yuan|Renminbi|Pfund|"
    r"pounds|pound|Franken|francs|Rubel|roubles|rubles|Rupien|rupees|Won|won|Kronen|"
    r"USD|EUR|JPY|GBP|CHF|CNY|RUB|INR|KRW|DM|D-Mark|Hong\sKong\sdollars)"
)
_UNIT = (
    r"(?:Prozentpunkte|Prozentpunkten|Prozent|percentage points|percentage point|per cent|"
    r"percent|Basispunkte|basis points|%|Tonnen|tonnes|tons|Kilometer|kilometres|kilometers|"
    r"km|Meter|metres|meters|Barrel|barrels|Einwohner|inhabitants|Mitarbeiter|Beschäftigte|"
    r"employees|workers|Arbeitsplätze|Stellen|jobs|Stimmen|votes|Sitze|seats|Menschen|people|"
    r"Soldaten|troops|soldiers|Abgeordnete|Abgeordneten|lawmakers|legislators|Staaten|countries|"
    r"states|Länder|Mitglieder|members|Mitgliedstaaten|Unternehmen|companies|Kunden|customers|"
    r"Passagiere|passengers|Besucher|visitors|Flüchtlinge|refugees|Opfer|victims|Fahrzeuge|vehicles|cars|Autos|Grad|degrees|Gigawatt|GW|"
    r"Megawatt|MW|Kilowattstunden|kWh|Terawattstunden|TWh|Hektar|hectares|Quadratkilometer|"
    r"Schiffe|ships|Flugzeuge|"
    r"aircraft|Punkte|points|Tote|dead|Verletzte|injured)"
)
# What else is counted in news ("10 human cases", "500 Mitarbeitern"), after up to two words
# that describe it; not after a word that begins a phrase of its own ("2 of the people").
_COUNTED = (
    r"(?:Fälle|Fällen|cases|Personen|persons|Kinder|Kindern|children|Erwachsene|Erwachsenen|adults|Projekte|"
    r"Projekten|projects|Branchen|sectors|industries|Mitarbeitern|Beschäftigten|Zivilisten|"
    r"civilians|Patienten|patients|Haushalte|households|Schüler|students|Wohnungen|homes|"
    r"Filialen|stores|branches|Einwohnern|Menschen|people|troops|Soldaten|Unternehmen|companies|"
    r"Betriebe|Betrieben|Fahrzeugen|Arbeitsplätzen|"
    r"Genossenschaften|cooperatives|Mitglieder|members|Tote|deaths|Infektionen|infections)"
)
_DESCRIBING = (
    rf"(?:\s(?!{FUNCTION}\b)(?:[a-zäöüß]{{3,}}|US|U\.S\.|[A-Z][a-z]+(?:an|ese|ish))){{0,2}}"
)
# A sign or a code before the amount: "$300M", "Rs 24 lakh", "CHF 80 000".
_SIGN = r"(?:US\$|HK\$|\$|€|£|¥|₩|₹|\b(?:Rs\.?|CHF|EUR|USD|GBP))"
# A size before a capitalised name is part of the name ("the 13-inch MacBook Pro").
# Measures ("670 Gramm", "55 mph", "230 million light-years") and sizes with a hyphen ("20-inch").
_MEASURE = alternation(UNITS)
_HYPHENED = alternation(HYPHENED)
# The first end of a range ("0-62 mph", "30-60 per cent", "97%–98%", "100 bis 120 kg", "vier
# bis sechs Prozent": else the upper end alone would stand for the range).
_FROM = rf"(?:{NUMBER}(?:%?[-–]|\s(?:bis|to)\s)|\b(?:{SIMPLE_NUMBERS})\s(?:bis|to)\s(?=(?:{NUMBER_WORDS})\s))"

# A German price without cents marks them with a dash ("68.490,- Euro", "EUR 800,–").
_NO_CENTS = r"(?:,[-–]{1,2})?"

# "237 von 465 Stimmen", "53 der 69 Stimmen", "two of three votes": one figure, not two.
_PART_OF = rf"(?:{NUMBER}\s(?:von|der|of|out of)\s)?"

FIGURE = re.compile(
    rf"(?<![\w.,])(?:"
    rf"{_SIGN}\s?{NUMBER}{_NO_CENTS}(?:[-–]{NUMBER}|\s(?:to|bis)\s{_SIGN}\s?{NUMBER})?(?:\s?{SCALE}\b|K\b)?"  # "$449K"
    rf"(?:/(?:mo|month|yr|year)\b)?"
    rf"|{NUMBER}{_NO_CENTS}(?:\s{SCALE})?\s?(?:€|\$|£|₩)"
    rf"|{_FROM}?(?:{_FRACTION}\s|{NUMBER}(?:\s{SCALE})??\s?|\b(?!{ONE}\b)(?:{NUMBER_WORDS})\s){_MEASURE}(?!-)"
    rf"|{NUMBER}-{_HYPHENED}(?!-|\s[A-Z])"
    rf"|{NUMBER}-Liter(?!\w)"  # "1,6-Liter T-GDI", "1,89-Liter-Flasche": German has capitals
    rf"|{NUMBER}W"  # "a 60W charger"; "3170 W. 53rd Street" is an address
    rf"|{_PART_OF}{_FROM}?(?:{NUMBER}{_NO_CENTS}|\b(?:{NUMBER_WORDS}))(?:\s{SCALE}|(?<=\d){SCALE})?\s?(?:{_CURRENCY}|{_UNIT})"
    rf"|(?:{NUMBER}|\b(?:{NUMBER_WORDS}))(?:\s{SCALE})?{_DESCRIBING}\s{_COUNTED}"
    rf")(?![\w])",
)
# "%" ends a figure though no word character follows it; the look-ahead above lets it through.
# A definite article or demonstrative before a number word: what the text has named already.
_REFERENCE = re.compile(r"\b(?:the|these|those|die|der|den|dem|des|diese|dieser|diesen)\s+$", re.I)
_UPPER_END = re.compile(r"\s(?:bis|to)\s")
# A year after "seit"/"since" is when, whatever noun follows ("seit 2020 Unternehmen"); not
# after "ab" or "bis", which also open a price ("ab 2025 Euro").
_SINCE = re.compile(r"\b(?:[Ss]eit|[Ss]ince)\s$")
# One of a unit of money, of a share or of a measure is an amount ("einem Euro", "einem
# Prozent", "einem Meter"); one of what a count counts is an article ("einem Unternehmen").
_ONE_WORDS = frozenset(ONE.split("|"))
_AMOUNT_OF_ONE = re.compile(
    rf"\s(?:{_CURRENCY}|{SCALE}|{_MEASURE}|Prozent\w*|percent\w*|per cent|%|Grad|degrees|"
    r"Basispunkt\w*|basis points?|Tonnen|tonnes|tons|Kilometer|kilometres|kilometers|km|Meter|"
    r"metres|meters|Barrel|barrels|Gigawatt|Megawatt|Terawattstunden|Hektar|hectares)(?!\w)"
)
# A year before a unit is a measure after all ("1920 pixels", "2000 Meter").
_UNIT_AFTER = re.compile(rf"\s(?:{_CURRENCY}|{_UNIT}|{_MEASURE})(?!\w)")


def figure_entities(text: str, lang: str = "") -> list[Found]:
    """Each figure the text writes once, with every span where it is written so (any case)."""
    groups: dict[str, list[tuple[int, int, str]]] = {}
    for figure in figures(text, lang):
        groups.setdefault(_figure_key(figure[2], lang == "de"), []).append(figure)
    return [
        Found(EntityKind.FIGURE, group[0][2], key, (), tuple((s, e) for s, e, _ in group))
        for key, group in groups.items()
    ]


# What sets two writings of one figure apart and no reader reads: a space before "%" ("80 %",
# "80%"), a hyphen between the number and its unit ("275-horsepower", "275 horsepower").
_SPELLING = re.compile(r"(?<=\d)\s+(?=%)|(?<=\d)-(?=[^\W\d_])")


# A number written with separators: groups of three digits after the first ("1.000", "1,000",
# "80 000", "2.500.000,50"), or a decimal part ("2,5", "2.5").
_SEPARATED = re.compile(r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?!\d)|\d+[.,]\d+")


def _figure_key(written: str, german: bool = False) -> str:
    """One key for the writings of one figure, so the library lists it once; the name stays
    as a source writes it. A number is keyed by its value, read in the notation of the text's
    language (`_number`): German "2,5 %" and English "2.5 %" are one figure, "1.000 km" in
    German and "1,000 km" in English too; "1.5 %" and "15 %" never."""
    spelled = _SPELLING.sub(lambda m: "" if m.group().isspace() else " ", written).casefold()
    return _SEPARATED.sub(lambda m: _number(m.group(), german), spelled)


def _number(written: str, german: bool) -> str:
    """A number's value, digits with a decimal point ("2,5" is "2.5", "1.000.000" "1000000").
    Which mark separates thousands and which the decimals: the last mark is the decimal one
    when both stand in the number, or when one stands once before other than three digits;
    a mark standing more than once, or a space, groups thousands; one mark standing once
    before three digits is what the language writes there — a German "1.000" is a thousand,
    an English one one, as "1,000" in English is a thousand."""
    marks = [c for c in written if not c.isdigit()]
    last = marks[-1]
    tail = len(written) - written.rfind(last) - 1
    if last in ".," and (len(set(marks)) > 1 or len(marks) == 1 and (tail != 3 or (last == ",") == german)):
        whole, _mark, decimals = written.rpartition(last)
        return "".join(c for c in whole if c.isdigit()) + "." + decimals
    return "".join(c for c in written if c.isdigit())


def figures(text: str, lang: str = "") -> list[tuple[int, int, str]]:
    """(start, end, figure as written, whitespace made single spaces) for each figure; `lang`
    "de" lets a capitalised plural in "-s" be counted ("3000 Fans"), which in English text
    is a name or a heading's word ("10 Democrats", "7 Plus")."""
    found = _figures(text)
    found += counts(text, lang, found)
    found = [(a, b, words) for a, b, words in found if not _labelled(text, a, words)]
    found += _inches(text)
    return sorted(_edged(text, a, b) for a, b, _ in found)


# A number after the noun it labels ("im Feld 2", "Level 2", "Type 1 diabetes", "Series 3")
# or joined to a name by a hyphen ("RS-25 engines", "IL-25 also helps", "Covid-19
# Verstorbene") counts nothing: the words after it are the sentence going on ("Im Feld 2
# leisten Mitglieder …", "the Series 3 features …"). Amounts and measures after one stay.
_LABEL = re.compile(
    r"(?<![\w-])(?:Feld|Zone|Stufe|Kapitel|Abschnitt|Artikel|Absatz|Paragraf|Seite|Teil|Phase|"
    r"Schritt|Typ|Klasse|Kategorie|Gruppe|Staffel|Folge|Version|Raum|Zimmer|Halle|Gleis|Linie|"
    r"Etage|Tabelle|Abbildung|Level|Type|Series|Stage|Step|Chapter|Section|Part|Article|Page|"
    r"Figure|Table|Room|Gate|Platform|Grade|Class|Category|Tier|Season|Episode|Generation|"
    r"level|type|stage|step|chapter|section|page|zone|room|gate|platform|grade|class|category|"
    r"tier|season|episode|generation|group|Group)\s$|(?<=[^\W\d_])-$"
)


# A number with a leading zero is a postcode or a telephone number ("06114 Halle", "0151"), and
# so are five digits ungrouped after another number ("Mobil: 0151 15662000 Schreiben Sie");
# so is the emergency number before what is made of it ("911 calls", "911 dispatchers").
_CODE = re.compile(r"0\d|911\s(?:call|dispatch|operator)")
_TELEPHONE = re.compile(r"(?<=\d\s)\d{5,}\s")


def _labelled(text: str, start: int, words: str) -> bool:
    """A count whose number is a label's or a code's; `_AMOUNT_OF_ONE` tells the amounts,
    which stay."""
    return (
        words[0].isdigit()
        and (
            _LABEL.search(text, max(0, start - 12), start) is not None
            or _CODE.match(words) is not None
            or _TELEPHONE.match(text, start) is not None
        )
        and "%" not in words
        and not _AMOUNT_OF_ONE.search(words)
    )


# A screen's or a model's size in inches, written with the inch mark ('a 34" monitor', '65"
# LG 65UM7300'); not a number closing a quotation ('"… in 1999" he said'): the line's double
# quotes before it must be balanced. Joined to its noun by a hyphen, the size may take any
# double quote for the mark ('27"-Monitor', "ein 10,25“-Touchscreen"): no quotation closes
# into a compound.
_INCH = re.compile(r'(?<![\w.,"“])\d{1,3}(?:[.,]\d{1,2})?(?:["″](?=[\s,)])|(["″“”])(?=-[^\W\d_]))')


def _inches(text: str) -> list[tuple[int, int, str]]:
    if not any(mark in text for mark in '"″“”'):
        return []
    found = []
    for match in _INCH.finditer(text):
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        quotes = len(re.findall(r'(?<!\d)"', line))  # an inch mark is none
        if match[1] or quotes % 2 == 0 and line.count("“") == line.count("”"):
            found.append((match.start(), match.end(), match.group()))
    return found


# A rate is one figure with both its units ("90 miles per gallon", "60 frames per second").
_RATE = re.compile(
    r"\s(?:per|pro|je)\s(?:gallon|litre|liter|Liter|inch|Zoll|second|Sekunde|hour|Stunde|"
    r"kilowatt-hour|kWh|kilogram|Kilogramm|kg|pound)(?!\w)"
)
# A minus before a temperature is part of its value ("-11,5 Grad Celsius"); before a change
# of price or share a reader writes it apart ("Home Depot -5.44%"), so only temperatures.
_MINUS = re.compile(r"(?:^|(?<=[\s(]))[-−–]$")
_TEMPERATURE = re.compile(r"(?:Grad|Grad Celsius|degrees(?: Celsius| Fahrenheit)?|°\s?[CF]?)$")
# Columns of a table side by side ("74 100%") read like a number grouped by a space; a share
# is the last column alone.
_COLUMNS = re.compile(r"\d{1,3}(?: \d{3})+(?=\s?%$)")


# English measures abbreviated with a full stop, which is part of the unit as written ("1 tsp.
# olive oil", "4 oz. cooked chicken"): a reader marks it with the figure, unless a sentence
# begins after it.
_ABBREVIATED = re.compile(r"(?<=\s)(?:oz|tsp|tbsp|Tsp|Tbsp|lbs?)$")


# A part of a counted whole is one figure with it ("Ten of the 18 staffers", "11 of the 12
# cities", "drei der 20 Teams"), as "237 von 465 Stimmen" is; "one of two people" is a way of
# speaking of one of them.
_PART_WORDS = "|".join(w for w in SIMPLE_NUMBERS.split("|") if w not in _ONE_WORDS)
_PART = re.compile(
    rf"(?<![\w.,])(?:{NUMBER}|(?i:{_PART_WORDS}))\s(?:of|out of|von|der)\s"
    r"(?:(?:the|these|those|their|den)\s)?$"
)


def _edged(text: str, start: int, end: int) -> tuple[int, int, str]:
    """The figure at `start`:`end` with what its edges leave out or take in too much."""
    if rate := _RATE.match(text, end):
        end = rate.end()
    elif (
        text[end : end + 1] == "."
        and _ABBREVIATED.search(text, start, end)
        and not re.match(r" [A-Z]", text[end + 1 : end + 3])  # "weighs 5 lbs. The box …"
    ):
        end += 1
    if _MINUS.search(text, max(0, start - 2), start) and _TEMPERATURE.search(text, start, end):
        start -= 1
    if columns := _COLUMNS.match(text, start, end):
        start = columns.end() - 3
    elif part := _PART.search(text, max(0, start - 24), start):
        start = part.start()
    return start, end, " ".join(text[start:end].split())


def _figures(text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in FIGURE.finditer(text):
        words = " ".join(match.group().split())
        first = words.split(" ", 1)[0]
        spelt = first.casefold() in _SPELT_NUMBERS
        if spelt and not first.islower():
            continue  # "Ten" at a sentence start is rarely a figure; "One" even less
        before = text[max(0, match.start() - 12) : match.start()]
        if spelt and _REFERENCE.search(before):
            continue  # "the two countries", "die zwei Unternehmen": named before, not counted
        if first.casefold() in _ONE_WORDS and not _AMOUNT_OF_ONE.search(words):
            continue  # "mit einem Unternehmen", "one member": one of a kind is no count
        if YEAR.fullmatch(first) and " " in words and not _UNIT_AFTER.match(words[len(first) :]):
            continue  # "2019 many people", "seit 2019 Menschen": a year, then words
        if YEAR.fullmatch(first) and _SINCE.search(before):
            continue  # "seit 2020 Unternehmen bei der Umsiedlung …": a year before a counted noun
        start, end = match.span()
        upper = _UPPER_END.search(match.group())
        if upper and SCALE_WORD.search(match.group(), upper.end()):
            start += upper.end()  # "100.000 bis 5 Mio. EUR": the reader marks the upper end
            words = " ".join(text[start:end].split())
        found.append((start, end, words))
    return found

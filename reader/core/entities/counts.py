"""Counts of anything a number counts ("7.300 Schusswaffen", "25 senior trophies", "three
rifles, two shotguns"), found by the shape of a plural noun after the number rather than by a
list of nouns: the word lists say whether the noun may be a plural, and time is no count
("drei Monate")."""

from __future__ import annotations

import re

from reader.core.entities.names import english_headword
from reader.core.entities.numerals import FUNCTION, NUMBER, REFERENCE, SCALE, SCALE_WORD, YEAR
from reader.core.word_frequency import zipf

Span = tuple[int, int, str]

# Counts of anything else: a number in digits or a small number word in lower case (which
# counts only in a series, below), up to two lower-case words describing it (also joined by
# hyphens: "2 hard-boiled eggs", "195,600 full-time-equivalent jobs"), and a plural
# noun — an English one in lower case ("25 senior trophies", "five matches") or a German one
# with its capital ("7.300 Schusswaffen", "1.246 unerlaubte Einreisen"); the noun is checked
# against the word lists, and time is no count ("five years", "drei Monate").
# The noun may join a prefix with a hyphen ("86 triple-doubles", "7 TV-Haushalte"): its last
# part is checked. Each number tries no, one, then two describing words, and the first counted
# noun ends the figure ("208,560 new vehicles this year", "18 teams playing in").
_WORDED = (
    "zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|fünfzig|"
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty"
)
_COUNTS = tuple(
    re.compile(
        rf"(?:{NUMBER}|{_WORDED})(?:\s{SCALE})?((?:\s(?!{FUNCTION}\b)[a-zäöüß]{{3,}}(?:-[a-zäöüß]+)*){{{describing}}})"
        rf"\s(?:[A-Za-zÄÖÜäöüß0-9]+-)*([A-Za-zÄÖÜäöüß][a-zäöüß]{{2,}})(?:[*:]innen)?(?![\w-])"
    )
    for describing in range(3)
)
_COUNT_START = re.compile(rf"(?<![\w.,])(?:\d|(?:{_WORDED})\s)")
_TIME = frozenset(
    """years days months weeks hours minutes seconds times decades centuries nights mornings
    evenings games rounds innings jahre jahren tage tagen monate monaten wochen stunden minuten
    sekunden jahrzehnte jahrzehnten jahrhunderte nächte nächten uhr mal male""".split()
)
# A unit of time among the describing words makes a duration of it ("48 hour holds",
# "10 year bonds"): the number counts hours, not holds.
_TIME_WORDS = frozenset("year day month week hour minute second".split())


_IRREGULAR = frozenset("women men mice geese".split())


def _counted(noun: str, lang: str = "") -> bool:
    low = noun.casefold()
    if low in _TIME or SCALE_WORD.fullmatch(noun) or re.fullmatch(FUNCTION, low):
        return False  # "25,5 Millionen" is an amount waiting for its noun
    plural_s = low.endswith("s") and not low.endswith("ss")
    if noun in _IRREGULAR:
        return True  # "103 women": English plurals with no "-s"
    if noun[0].islower():  # "10 airbags": a plural newer than the dictionary
        rare = len(low) > 5 and not low.endswith("us") and zipf(low, "en") >= 2.0  # "status"
        return plural_s and (_english_plural(low) or rare)
    # A compound counts by its last noun ("Privathaushalte", "Wärmeerzeuger", "Kinosäle"),
    # and time stays no count in one ("Arbeitsstunden", "Lebensjahre").
    tails = [low[at:] for at in (0, *range(3, len(low) - 3))]
    if _TIME.intersection(tails):
        return False
    if lang == "de" and plural_s:
        return zipf(low, "de") >= 3.0  # "3000 Fans", "4 Tipps": German plurals in -s
    return any(_german_plural(tail, rare=tail == low) for tail in tails)


def _english_plural(low: str) -> bool:
    """The plural of a word the dictionary lists ("points" of "point", "menus" of "menu"), not
    a word in "-s" listed itself ("plus" is no plural of "plu")."""
    return (
        (low.endswith("ies") and english_headword(low[:-3] + "y"))
        or (low.endswith("es") and english_headword(low[:-2]))
        or english_headword(low[:-1])
    )


def _german_plural(low: str, rare: bool) -> bool:
    """A common German word that may be a plural, or (`rare`) a rarer one English never writes
    ("Werbeeinblendungen") — only as a whole word: as a tail, many syllables are ("-nchen")."""
    if not low.endswith(("en", "er", "e", "n")):
        return False
    german, english = zipf(low, "de"), zipf(low, "en")
    return german >= 3.0 and german - english >= 1.0 or rare and german >= 2.0 and english == 0


def counts(text: str, lang: str, taken: list[Span]) -> list[Span]:
    """The counts of `text` that overlap none of the figures `taken` already, and then the
    singulars of a stat line whose plural is among them."""
    spans = [(a, b) for a, b, _ in taken]
    found: list[Span] = []
    worded: list[Span] = []
    for start in _COUNT_START.finditer(text):
        match = next(
            (
                m
                for p in _COUNTS
                if (m := p.match(text, start.start()))
                and _counted(m[2], lang)
                and not (len(m[2]) <= 3 and text[m.end() : m.end() + 1] == ".")  # "449 Abs."
                and not _TIME_WORDS.intersection(m[1].split())
            ),
            None,
        )
        if match is None or YEAR.fullmatch(match.group().split(" ", 1)[0]):
            continue
        if any(a < match.end() and match.start() < b for a, b in spans):
            continue
        count = (match.start(), match.end(), " ".join(match.group().split()))
        (found if count[2][0].isdigit() else worded).append(count)
    found += _in_series(text, worded, taken + found)
    return found + _single(text, taken + found)


# Small counts in words are key figures to a reader in a series of counts ("three rifles, two
# shotguns", "10 assists and five rebounds", "mit acht Herstellern und drei Energieversorgern"),
# alone rarely ("zwei Sitzungen", "two films").
_SERIES = re.compile(r",?\s(?:und|and|or|oder|sowie)\s|,\s")


def _in_series(text: str, worded: list[Span], found: list[Span]) -> list[Span]:
    spans = sorted([(a, b) for a, b, _ in worded + found])
    series = set()
    for (start, end), (next_start, _) in zip(spans, spans[1:], strict=False):
        if _SERIES.fullmatch(text, end, next_start):
            series |= {start, next_start}
    return [
        (start, end, words)
        for start, end, words in worded
        if start in series and not REFERENCE.search(text, max(0, start - 12), start)
    ]


# "1 assist" where the text counts "6 tackles, 2 assists": a stat line's singular is a figure
# like its plural (sport results, tallies); elsewhere "1 thing" is rarely one.
_ONE_THING = re.compile(r"(?<![\w.,])1\s([a-z]{3,})(?![\w-])")


def _single(text: str, found: list[Span]) -> list[Span]:
    nouns = {words.rsplit(" ", 1)[-1] for _, _, words in found if words[0].isdigit()}
    plurals = {n[:-3] + "y" for n in nouns if n.endswith("ies")} | {
        n[: -len(end)] for n in nouns for end in ("s", "es") if n.endswith(end)
    }
    return [
        (m.start(), m.end(), m.group())
        for m in _ONE_THING.finditer(text)
        if m[1] in plurals and m[1] not in _TIME_WORDS
    ]

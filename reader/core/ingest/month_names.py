"""Month names of other languages, read from the Unicode CLDR data that `babel` ships.

The importer reads German and English dates with its own small table (`date_lines.MONTHS`); pages
in other languages print "24 сентября 2018", "Maret 30, 2015", "21 de junho de 2015",
"15 במרץ 2024", "15 มีนาคม 2567". Their month names come from CLDR as data (wide and
abbreviated, format and stand-alone forms, so the Russian and Polish genitives are there), loaded
once and only when a page shows a day-word-year pattern whose word the small table lacks.
Without babel installed the table is empty and such dates are simply not read.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from reader.core.ingest.run_cache import kept

# Languages whose month names are read: the European and Asian languages of the pages users
# copy, written in alphabets (Chinese, Japanese and Korean dates are numeric). Arabic twice:
# Egypt and the Gulf print "مارس", the Levant and Iraq "آذار".
LANGUAGES = (
    "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "sr-Latn", "ro", "hu", "sv",
    "da", "nb", "fi", "et", "lv", "lt", "tr", "ru", "uk", "bg", "el", "id", "ms", "ca",
    "he", "ar", "ar-SY", "fa", "ur", "hi", "mr", "bn", "th",
)  # fmt: skip
_MIN_CHARS = 3
# Hebrew writes "in" as a prefix of the month: "15 במרץ 2024" (the month is "מרץ").
_HEBREW_IN = "ב"
# Thai pages count years in the Buddhist era: 2567 BE is 2024 CE.
BUDDHIST_ERA_OFFSET = 543
_THAI = ("\u0e00", "\u0e7f")


@lru_cache(maxsize=1)
def foreign_months() -> dict[str, int]:
    """Lower-case month name (without a final dot) → month number, for LANGUAGES.

    Reading them from CLDR cost each import worker 0.16 s of CPU on its first such line: the
    table is kept between runs (`run_cache.kept`), read again while babel's install (its
    `__init__.py`, which names its version), LANGUAGES and this code are unchanged.
    """
    babel = find_spec("babel")
    if babel is None or babel.origin is None:  # babel is optional: only German and English dates
        return {}
    return kept("foreign_months", Path(babel.origin), _read_foreign_months, (LANGUAGES, _MIN_CHARS))


def _read_foreign_months() -> dict[str, int]:
    """`foreign_months` from CLDR. A name two languages give to different months is left out
    rather than guessed."""
    try:
        from babel import Locale  # type: ignore[import-not-found, unused-ignore]
    except ImportError:  # pragma: no cover - found by `find_spec` a moment ago
        return {}
    found: dict[str, int] = {}
    clashes: set[str] = set()
    for code in LANGUAGES:
        months = Locale.parse(code, sep="-").months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    key = name.lower().rstrip(".")
                    if len(key) < _MIN_CHARS:
                        continue
                    if found.get(key, number) != number:
                        clashes.add(key)
                    found[key] = number
    for key in clashes:
        del found[key]
    return found


def month_number(word: str) -> int:
    """The month a word of another language names (0 for none): the CLDR name, or a Hebrew
    name behind the prefix "in"."""
    key = word.lower()
    months = foreign_months()
    number = months.get(key, 0)
    if not number and key.startswith(_HEBREW_IN):
        number = months.get(key[1:], 0)
    return number


def is_thai(word: str) -> bool:
    """The word is written in Thai script (its year is then a Buddhist-era year)."""
    return _THAI[0] <= word[:1] <= _THAI[1]


# The languages whose weekdays CLDR writes as two capitalised words, the shape of a name (of
# LANGUAGES and Vietnamese, only Vietnamese; Hebrew's two words have no capitals): one locale
# loads in milliseconds, all of them in 0.2 s of every worker's first page.
_TWO_WORD_WEEKDAYS = ("vi",)


@lru_cache(maxsize=1)
def foreign_weekdays() -> frozenset[str]:
    """Lower-case weekday names (wide forms) of two capitalised words, from CLDR.

    Vietnamese pages print the weekday before the date in two capitalised words ("Thứ Sáu,
    15/3/2024"), which have a person's name's shape.
    """
    try:
        from babel import Locale  # type: ignore[import-not-found, unused-ignore]
    except ImportError:  # babel is optional
        return frozenset()
    found: set[str] = set()
    for code in _TWO_WORD_WEEKDAYS:
        days = Locale.parse(code, sep="-").days
        for context in ("format", "stand-alone"):
            found.update(name.lower() for name in days[context]["wide"].values())
    return frozenset(found)

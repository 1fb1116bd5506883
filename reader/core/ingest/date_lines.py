"""Publication dates as German and English pages print them, turned into ISO 8601.

Only the line-level reading lives here ("28. Oktober 2025", "Mar. 3, 2025, 5:04 PM ET",
"11.04.2024 - 11:46 Uhr" …); which line of a page holds *the* publication date is decided in
`metadata.py`, because related-article lists further down carry dates too. The time printed
beside a date is read by `clock_times`.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reader.core.ingest.clock_times import time_near
from reader.core.ingest.month_names import BUDDHIST_ERA_OFFSET, is_thai, month_number

# Month names and the abbreviations pages use, both languages (lower case, without dots).
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "januar": 1, "jänner": 1, "jän": 1,
    "february": 2, "feb": 2, "februar": 2, "febr": 2,
    "march": 3, "mar": 3, "märz": 3, "maerz": 3, "mär": 3, "mrz": 3,
    "april": 4, "apr": 4,
    "may": 5, "mai": 5,
    "june": 6, "jun": 6, "juni": 6,
    "july": 7, "jul": 7, "juli": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12, "dezember": 12, "dez": 12,
}  # fmt: skip

# Weekday names, both languages, printed beside a date. Some are names too (the surnames
# Freitag and Sonntag, the first name Tuesday): `meta_names.opens_date` weighs what follows.
WEEKDAYS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
)  # fmt: skip
# Days a meta line names instead of a date ("today 5:30PM", "Gestern, 18:05").
RELATIVE_DAYS = ("today", "yesterday", "heute", "gestern")

# Words that announce a date line ("Updated 5:04 PM EST, March 3, 2025", "Stand: …").
DATE_LEADS = (
    "published", "updated", "posted", "last updated", "last modified", "first published",
    "veröffentlicht", "aktualisiert", "stand", "erschienen", "zuletzt aktualisiert",
    "erstellt", "geändert", "gepostet", "datum", "erscheinungsdatum", "publiziert",
    "erstveröffentlichung", "letzte änderung", "letzte aktualisierung", "zuletzt geändert",
    "seite zuletzt geändert", "artikel vom", "pressemitteilung vom", "last reviewed",
    "page last reviewed", "page last updated", "date published", "publication date",
    # French, Spanish, Portuguese, Italian, Dutch ("Publié le …", "Actualizado el …")
    "publié", "mis à jour", "date de publication", "publicado", "actualizado", "atualizado",
    "pubblicato", "aggiornato", "gepubliceerd", "bijgewerkt",
)  # fmt: skip


def _alternation(words: list[str]) -> str:
    """A regex matching any of `words`, written as a trie ("jan(?:uar(?:y)?)?|jän(?:ner)?|…").

    Python's regex engine tries a flat alternation word by word at every position, so a trie
    that rejects most positions at the first letter is several times faster. It matches what
    the longest-first flat alternation matches: the words that fit at one position are
    prefixes of each other, and the trie tries the longer continuation before stopping.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


# Every form we read has a four-digit year or a numeric day.month.year with a short one;
# most lines have neither, and this one search settles them. The rare form with a short year
# after an apostrophe ("14 Feb ’20") is let through by its own search, asked only of lines
# with an apostrophe, so the common search stays this simple.
_YEAR = re.compile(r"(?:19|20)\d\d|\d[./]\d{1,2}[./]\d\d")
_SHORT_YEAR = re.compile(r"[’'‘]\d\d(?!\d)")
_MONTH_ALT = _alternation(list(MONTHS))
# A lead word as a whole word at the start ("Stand: …", not "Standort").
_DATE_LEAD = re.compile(r"\s*(?:" + _alternation(list(DATE_LEADS)) + r")(?!\w)", re.IGNORECASE)
# A four-digit year, also with the time glued to it ("Nov 20, 20194:29 AM": two elements).
_YEAR4 = r"(\d{4})(?:(?!\d)|(?=\d{1,2}(?::\d\d|\.)))"
# After a day and a month name, blog themes may shorten the year to two digits behind an
# apostrophe ("14 Feb ’20", "Feb 14, '20"); without the day and month it is a decade ("the
# ’90s") or a season ("Summer ’20"), which no pattern here reads. Its own patterns are asked
# only in `_rare_forms`: an alternative year in the common ones would slow every dated line.
_APOSTROPHE_YEAR = r"[’'‘](\d{2})(?!\d)"
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
# The first day of a range before a date, with its full stop: "14. - ", "14.–". (Without
# it, "10-12 November 2019" is read from the date after the dash, as it was.)
_RANGE_START = re.compile(r"(?<![\d.])(\d{1,2})\.\s*[-–]\s*$")
_RANGE_START_CHARS = 8
_DMY_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?" + _YEAR4)
# "01.01.23": a two-digit year only without spaces, where a version number is the risk.
_DMY_SHORT = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])")
# "11/19/19", "11/19/2019 5:45 AM": month first unless the first number cannot be a month.
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
# "19-11-2019" (Dutch, Italian, Indian sites): day first, like the dotted form, unless the
# second number cannot be a month ("11-19-2019"); only with a four-digit year, because two
# short numbers and a dash are a score or a range.
_DASHED = re.compile(r"(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])")
_DASHED_MARK = re.compile(r"\d-\d{1,2}-\d{4}")  # the shape alone, cheap: most lines fail it
# Day, month and year set apart by spaced bars or slashes: "26 | 01 | 2022",
# "29 / Dezember / 2022".
_SPACED = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s+[|/]\s+(\d{{1,2}}|{_MONTH_ALT})\s+[|/]\s+{_YEAR4}", re.IGNORECASE
)
# Year first: "2016.12.01", "2019. 11. 20.", "2013年04月09日", "2019년 11월 20일".
_YEAR_FIRST = re.compile(
    r"(?<![\d.])(\d{4})(?:\.\s?|/|\s*[年년]\s*)(\d{1,2})(?:\.\s?|/|\s*[月월]\s*)(\d{1,2})(?![\d/])"
)
_YEAR_FIRST_MARKS = re.compile(r"\d{4}(?:\.|/|\s*[年년])")
# A blog theme may print the weekday between the day and the month ("31 Donnerstag Okt 2019").
_WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r"),?\s+"
# The day may carry an English ordinal ("Wednesday, 20th November 2019", "1st of March
# 2020"), as British sites print it; in the compact form dashes or dots stand between all three
# ("19-Nov-2019", "19.Nov.2019").
_DAY_MONTH = (
    rf"(?<!\d)(\d{{1,2}})(?:\.\s*|(?:st|nd|rd|th)?\s+(?:of\s+)?|-)(?:{_WEEKDAY})?"
    rf"({_MONTH_ALT})(?:\.?,?\s+|[-.])"
)
_MONTH_DAY = rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
_DAY_MONTH_YEAR = re.compile(_DAY_MONTH + _YEAR4, re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(_MONTH_DAY + _YEAR4, re.IGNORECASE)
_DAY_MONTH_SHORT_YEAR = re.compile(_DAY_MONTH + _APOSTROPHE_YEAR, re.IGNORECASE)
_MONTH_DAY_SHORT_YEAR = re.compile(_MONTH_DAY + _APOSTROPHE_YEAR, re.IGNORECASE)
# A letter of a month name: a letter, or one of the vowel signs and marks that Hebrew, Arabic,
# Devanagari, Bengali and Thai write as their own characters (Unicode marks, which `\w`
# leaves out: "मार्च" and "มีนาคม" are words only with them).
_LETTER = (
    r"(?:[^\W\d_]|[\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0903\u093a-\u094f\u0951-\u0957"
    r"\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])"
)
# Day, a word (or two: "كانون الثاني"), year in any alphabet; the word is looked up in
# `month_names` only then. Thai pages may name the era before the year ("พ.ศ. 2567").
_WORD_DMY = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:\.\s*|\s+)(?:de\s+)?({_LETTER}{{3,12}})\.?,?\s+(?:de\s+|พ\.ศ\.\s*)?"
    + _YEAR4
)
_WORD2_DMY = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s+({_LETTER}{{3,12}}\s{_LETTER}{{3,12}}),?\s+" + _YEAR4
)
_WORD_MDY = re.compile(rf"(?<!{_LETTER})({_LETTER}{{3,12}})\.?\s+(\d{{1,2}}),?\s+" + _YEAR4)
# What every match of `_WORD_MDY` holds, the day right before the year: searched first, since
# that pattern tries every word of the line as a month (a third of the cost of a dated line of
# prose, where no date of the common forms was found).
_DAY_BEFORE_YEAR = re.compile(r"\d,?\s+\d{4}")
# Vietnamese numbers its months: "15 tháng 3 năm 2024", "ngày 15 tháng 3, 2024".
_VIETNAMESE = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?" + _YEAR4, re.I)
# Japanese era years: "令和6年3月15日" (Reiwa began in 2019, Heisei in 1989; year one is "元年").
_JAPANESE_ERA = re.compile(r"(令和|平成)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ERA_START = {"令和": 2019, "平成": 1989}
# Digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width), read
# as ASCII digits: one character for one, so positions in the line stay where they were.
_DIGIT_ZEROS = (0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0xFF10)
_DIGITS = {zero + n: ord("0") + n for zero in _DIGIT_ZEROS for n in range(10)}
# Any of those digits: looked for first, since `str.translate` with a table runs a look-up per
# character of a non-ASCII line (6.5 µs a dev-set line, against 0.5 for this search), and
# nearly no line has one.
_OTHER_DIGIT = re.compile(
    "[" + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in _DIGIT_ZEROS) + "]"
)
# A Buddhist-era year (2540-2699 BE is 1997-2156 CE), for Thai dates.
_BE_YEAR = re.compile(r"25[4-9]\d|26\d\d")


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found in a line: ISO text, whether it carries a time, and where it stood."""

    iso: str
    has_time: bool
    start: int
    end: int


@lru_cache(maxsize=8192)
def find_date(line: str) -> DateHit | None:
    """Return the first calendar date in `line` (with the time next to it, if any)."""
    # Cached: a parse asks about the same date line several times (head dates, byline
    # cleaning, byline repeats), and a line with a year costs four regex searches. As many
    # lines as the parser's other line caches: 256 held too few of a long page's lines to
    # last until they were asked again (33,781 of 67,536 questions on the dev sets' pages
    # were misses; 23,436 now).
    if not line.isascii() and _OTHER_DIGIT.search(line):
        line = line.translate(_DIGITS)
    if (
        not _YEAR.search(line)
        and not _has_short_year(line)
        and not _BE_YEAR.search(line)
        and "年" not in line
    ):
        return None  # every form we read has a year; most lines have none
    found = _first_date(line)
    if found is None:
        return None
    date, start, end, iso_time = found
    clock = iso_time or time_near(line, start, end)
    iso = date.isoformat() + (f"T{clock}" if clock else "")
    return DateHit(iso, clock is not None, start, end)


def starts_with_date_lead(line: str) -> bool:
    """True for lines that announce a publication date ("Updated …", "Stand: …")."""
    return _DATE_LEAD.match(line) is not None


def _first_date(line: str) -> tuple[_dt.date, int, int, str | None] | None:
    candidates: list[tuple[int, int, _dt.date, str | None]] = []
    # The numeric forms need their separator; skipping the search when it is missing is cheap.
    for match in _ISO.finditer(line) if "-" in line else ():
        day = _make_date(match[1], match[2], match[3])
        clock = f"{match[4]}:{match[5]}" if match[4] and int(match[4]) < 24 else None
        if day:
            candidates.append((match.start(), match.end(), day, clock))
    for match in _DMY_NUMERIC.finditer(line) if "." in line else ():
        month, dom = _day_first(int(match[1]), int(match[2]))
        day = _make_date(match[3], month, dom)
        if day:
            candidates.append((match.start(), match.end(), day, None))
            candidates.extend(_range_start(line, match.start(), match.end(), day))
    for match in _SPACED.finditer(line) if (" | " in line or " / " in line) else ():
        month_text = match[2].lower()
        month_number = int(month_text) if month_text.isdigit() else MONTHS.get(month_text, 0)
        day = _make_date(match[3], month_number, match[1])
        if day:
            candidates.append((match.start(), match.end(), day, None))
    for match in _DMY_SHORT.finditer(line) if "." in line else ():
        day = _make_date(2000 + int(match[3]), match[2], match[1])
        if day:
            candidates.append((match.start(), match.end(), day, None))
    for match in _SLASHED.finditer(line) if "/" in line else ():
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        year += 2000 if year < 100 else 0
        month, dom = (second, first) if first > 12 else (first, second)
        day = _make_date(year, month, dom)
        if day:
            candidates.append((match.start(), match.end(), day, None))
    for match in _YEAR_FIRST.finditer(line) if _YEAR_FIRST_MARKS.search(line) else ():
        day = _make_date(match[1], match[2], match[3])
        if day:
            candidates.append((match.start(), match.end(), day, None))
    for match in _DAY_MONTH_YEAR.finditer(line):
        day = _make_date(match[3], MONTHS.get(match[2].lower(), 0), match[1])
        if day:
            candidates.append((match.start(), match.end(), day, None))
            candidates.extend(_range_start(line, match.start(), match.end(), day))
    for match in _MONTH_DAY_YEAR.finditer(line):
        day = _make_date(match[3], MONTHS.get(match[1].lower(), 0), match[2])
        if day:
            candidates.append((match.start(), match.end(), day, None))
    if not candidates:
        candidates = _rare_forms(line)
    if not candidates:
        candidates = _foreign_word_dates(line)
    if not candidates:
        return None
    start, end, day, clock = min(candidates, key=lambda c: c[0])
    return day, start, end, clock


def _range_start(
    line: str, start: int, end: int, day: _dt.date
) -> list[tuple[int, int, _dt.date, str | None]]:
    """The first day of a range of days printed before the date at `start` ("14. - 20. Januar
    2022", "14.-20.01.2022"): the range's first date is the line's first date. Only with the
    first day's full stop ("Teil 2 - 20. Januar" is no range)."""
    match = _RANGE_START.search(line, max(0, start - _RANGE_START_CHARS), start)
    if match is None or int(match[1]) >= day.day:
        return []
    return [(match.start(), end, day.replace(day=int(match[1])), None)]


def _rare_forms(line: str) -> list[tuple[int, int, _dt.date, str | None]]:
    """Dates in forms few pages print, looked for only when no common form is in the line:
    day-month-year with dashes ("19-11-2019") and a short year after an apostrophe ("14 Feb
    ’20", "Feb 14, '20")."""
    found: list[tuple[int, int, _dt.date, str | None]] = []
    for match in _DASHED.finditer(line) if "-" in line and _DASHED_MARK.search(line) else ():
        month, dom = _day_first(int(match[1]), int(match[2]))
        day = _make_date(match[3], month, dom)
        if day:
            found.append((match.start(), match.end(), day, None))
    if not _has_short_year(line):
        return found
    # Two digits after the apostrophe: the century _make_date accepts (1990 to 2089).
    for pattern, month_at, day_at in ((_DAY_MONTH_SHORT_YEAR, 2, 1), (_MONTH_DAY_SHORT_YEAR, 1, 2)):
        for match in pattern.finditer(line):
            short = int(match[3])
            year = short + (2000 if short < 90 else 1900)
            day = _make_date(year, MONTHS.get(match[month_at].lower(), 0), match[day_at])
            if day:
                found.append((match.start(), match.end(), day, None))
    return found


def _has_short_year(line: str) -> bool:
    """Two digits after an apostrophe ("’20"); the characters first, since most lines have no
    apostrophe and most apostrophes are in words ("don’t")."""
    return ("’" in line or "'" in line or "‘" in line) and _SHORT_YEAR.search(line) is not None


def _foreign_word_dates(line: str) -> list[tuple[int, int, _dt.date, str | None]]:
    """Dates with a month name of another language ("24 сентября 2018", "Maret 30, 2015",
    "21 de junho de 2015"), looked up in `month_names` only when the line has the shape."""
    found: list[tuple[int, int, _dt.date, str | None]] = []
    for match in _WORD_DMY.finditer(line):
        day = _word_date(match[3], match[2], match[1])
        if day:
            found.append((match.start(), match.end(), day, None))
    for match in _WORD_MDY.finditer(line) if _DAY_BEFORE_YEAR.search(line) else ():
        day = _word_date(match[3], match[1], match[2])
        if day:
            found.append((match.start(), match.end(), day, None))
    for match in _JAPANESE_ERA.finditer(line) if "和" in line or "成" in line else ():
        year = _ERA_START[match[1]] + (0 if match[2] == "元" else int(match[2]) - 1)
        day = _make_date(year, match[3], match[4])
        if day:
            found.append((match.start(), match.end(), day, None))
    for match in _VIETNAMESE.finditer(line) if "áng" in line else ():
        day = _make_date(match[3], match[2], match[1])
        if day:
            found.append((match.start(), match.end(), day, None))
    if not found and not line.isascii():
        for match in _WORD2_DMY.finditer(line):
            day = _word_date(match[3], match[2], match[1])
            if day:
                found.append((match.start(), match.end(), day, None))
    return found


def _word_date(year: str, word: str, day: str) -> _dt.date | None:
    """The date of a day, a month word of another language and a year (a Thai month's year
    counted in the Buddhist era)."""
    month = month_number(word)
    if not month:
        return None
    number = int(year)
    if number > 2400 and is_thai(word):
        number -= BUDDHIST_ERA_OFFSET
    return _make_date(number, month, day)


def _day_first(first: int, second: int) -> tuple[int, int]:
    """Month and day of two numbers written day first ("19.11.2019", "19-11-2019"), unless
    the second cannot be a month ("11.14.2019", "11-19-2019": month first)."""
    return (first, second) if second > 12 >= first else (second, first)


def _make_date(year: str | int, month: str | int, day: str | int) -> _dt.date | None:
    # Month 0 stands for a name the case-insensitive pattern accepted but the table lacks
    # ("ſept", "Maı": Unicode case folding), which is no date; date() rejects it below.
    try:
        found = _dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    # Page furniture also holds numbers shaped like dates (version strings, prices).
    return found if 1990 <= found.year <= 2100 else None

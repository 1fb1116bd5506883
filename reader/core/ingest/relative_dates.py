"""A story's age instead of its date ("3 hours ago", "vor 3 Stunden", "Yesterday 2:45PM",
"gestern, 14:45 Uhr"), read against the moment the page was read.

Many news pages print only how old a story is. That says nothing without the moment it was
said: a pasted or dropped selection gives it (the page is open in the browser while it is
copied), a file does not — its modification time is when it was saved, synced or unpacked,
not when the page was read — so a file's age line gives no date. The phrase is read in the
reader's local time zone: "3 hours ago" pasted at 01:30 on 5 December is 4 December. Only
ages that name a day well are read: seconds, minutes, hours and days ("2 days ago", floored
as sites print it, is the right day or the one before), today, yesterday and the day before;
"3 weeks ago" or "2 months ago" would give a day up to a week or a month wrong, and a wrong
date looks like a right one in the library. An age in minutes or hours gives the day alone,
since the time it would give is only as exact as the phrase; "Yesterday 2:45PM" gives its
time.

English and German phrases are written here, with the forms sites print beyond CLDR's ("an
hour ago", "3h ago", "vor einer Stunde"); those of the page's own language come from the CLDR
data `babel` ships ("il y a 3 heures", "hace 2 días", "ieri 14:30"), loaded only when a pasted
page is in that language. Which line of the head is the age line is decided in `head_ages`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from reader.core.ingest.date_lines import DATE_LEADS

# The units whose age names a day, as `timedelta` keywords.
_UNITS = ("seconds", "minutes", "hours", "days")
_NUMBER = r"(\d{1,3})"
_EN_NUMBER = r"(\d{1,3}|an?|one)"
_DE_NUMBER = r"(\d{1,3}|eine[rm]?|ein)"
_EN_UNITS = {
    "seconds": r"seconds?|secs?\.?|s", "minutes": r"minutes?|mins?\.?|m",
    "hours": r"hours?|hrs?\.?|h", "days": r"days?|d",
}  # fmt: skip
_DE_UNITS = {
    "seconds": r"sekunden?|sek\.?", "minutes": r"minuten?|min\.?",
    "hours": r"stunden?|std\.?", "days": r"tagen?|tag",
}  # fmt: skip
# English and German days by name, and how many days back each is.
_DAY_WORDS = {"today": 0, "yesterday": -1, "heute": 0, "gestern": -1, "vorgestern": -2}
# A time of day after a day's name ("2:45PM", "14:45 Uhr", "14.45", "14h45"), with up to two
# short words between ("at", "um", "à", "a las", "alle", "às", "в").
_DAY_TIME = (
    r"(?:,\s*|\s+)(?:[^\W\d]{1,5}\.?\s+){0,2}?"
    r"(?P<hour>\d{1,2})[:.h](?P<minute>\d\d)(?:\s*(?:uhr|h)\b|\s*(?P<ampm>[ap])\.?\s?m\b\.?)?"
)
# A line's fields, as a meta line sets them apart ("Jane Doe | 3 hours ago", "CNN · 2h ago").
_FIELD_MARKS = re.compile(r"\s*[|·•]\s*")
_LEAD = re.compile(
    r"^(?:" + "|".join(map(re.escape, sorted(DATE_LEADS, key=len, reverse=True))) + r")"
    r"(?!\w)\s*:?\s*",
    re.IGNORECASE,
)
# No age phrase is longer.
_AGE_CHARS = 40


@dataclass(frozen=True, slots=True)
class _Phrases:
    """One language's (or the written ones') patterns: ages by unit, and days by name."""

    ages: tuple[tuple[re.Pattern[str], str], ...]
    days: tuple[tuple[re.Pattern[str], int], ...]


@dataclass(frozen=True, slots=True)
class Age:
    """An age as a line prints it: so many units ago, or a day by name with its time."""

    unit: str | None  # "hours" … for "3 hours ago"; None for a named day
    count: int  # units ago, or days back for a named day
    clock: str | None = None  # "HH:MM" a named day prints

    def date(self, reference: datetime) -> str | None:
        """The ISO date (with the named day's time) this age gives at `reference`; None for a
        time still to come today ("Today 11:30 PM" pasted at 01:30: the site's clock is in
        another zone, so its day is not the reader's)."""
        if self.unit is not None:
            elapsed = timedelta(**{self.unit: self.count})
            # Counted in real time across a change to or from summer time; a naive
            # `reference` is the machine's local time.
            moment = (reference.astimezone(UTC) - elapsed).astimezone(reference.tzinfo)
            return moment.date().isoformat()
        if self.count == 0 and self.clock is not None and self.clock > f"{reference:%H:%M}":
            return None
        day = (reference.date() - timedelta(days=self.count)).isoformat()
        return f"{day}T{self.clock}" if self.clock else day


def read_age(text: str, lang: str | None = None) -> Age | None:
    """The age `text` prints, if the line or one of its fields is nothing but an age
    ("Published 1 day ago", "Von Anna Weber | vor 3 Stunden"); None for any other line."""
    for field in _FIELD_MARKS.split(text.strip()):
        field = field.strip().rstrip(".,;")
        lead = _LEAD.match(field)
        field = field[lead.end() :] if lead else field
        if not field or len(field) > _AGE_CHARS:
            continue
        for phrases in _phrases_for(lang):
            found = _age(field, phrases, lead is not None)
            if found is not None:
                return found
    return None


def _age(field: str, phrases: _Phrases, led: bool) -> Age | None:
    """The age that is all of `field`. A day by name needs its time or a lead word before it
    ("Published yesterday"): alone, "Today" or "Heute" names a show or a menu entry."""
    for pattern, unit in phrases.ages:
        match = pattern.fullmatch(field)
        if match is not None:
            count = next(g for g in match.groups() if g is not None)
            return Age(unit, int(count) if count.isdigit() else 1)  # "an hour", "einer Stunde"
    for pattern, back in phrases.days:
        match = pattern.fullmatch(field)
        if match is not None:
            clock = _clock(match)
            if clock is not None or (led and match.group("hour") is None):
                return Age(None, -back, clock)
    return None


def _clock(match: re.Match[str]) -> str | None:
    """ "HH:MM" of the time a named day's phrase holds; None when it holds none or no valid one."""
    hour_text, meridiem = match.group("hour"), (match.group("ampm") or "").lower()
    if hour_text is None:
        return None
    hour, minute = int(hour_text), int(match.group("minute"))
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def _day_pattern(word: str) -> re.Pattern[str]:
    """A named day alone, or with its time ("Yesterday 2:45PM", "gestern, 14:45 Uhr")."""
    return re.compile(rf"{re.escape(word)}(?:{_DAY_TIME})?", re.IGNORECASE)


def _written() -> _Phrases:
    """The English and German phrases, with the forms sites print beyond CLDR's."""
    ages = []
    for unit in _UNITS:
        ages.append((re.compile(rf"{_EN_NUMBER}\s*(?:{_EN_UNITS[unit]})\s+ago", re.I), unit))
        ages.append((re.compile(rf"vor\s+{_DE_NUMBER}\s+(?:{_DE_UNITS[unit]})", re.I), unit))
    days = tuple((_day_pattern(word), back) for word, back in _DAY_WORDS.items())
    return _Phrases(tuple(ages), days)


# Compiled with the module, where the format readers' patterns are kept between runs
# (`run_cache`): on a worker's first short line instead, each worker compiled all 13 anew.
_WRITTEN = _written()


@lru_cache(maxsize=16)
def _cldr(lang: str) -> _Phrases | None:
    """The phrases of `lang` from CLDR: each unit's "… ago" forms (every plural; wide, short
    and narrow), and the names of today, yesterday and the day before. None without babel or
    without the language."""
    try:
        from babel import Locale, UnknownLocaleError  # type: ignore[import-not-found, unused-ignore]

        fields = Locale.parse(lang)._data["date_fields"]
    except (ImportError, UnknownLocaleError, ValueError, KeyError):
        return None
    ages: list[tuple[re.Pattern[str], str]] = []
    for unit in _UNITS:
        for width in ("", "-short", "-narrow"):
            past = fields.get(unit[:-1] + width, {}).get("past", {})
            forms = sorted({str(form) for form in past.values() if "{0}" in str(form)})
            alternatives = "|".join(
                r"\s+".join(map(re.escape, form.split())).replace(re.escape("{0}"), _NUMBER)
                for form in forms
            )
            if alternatives:
                ages.append((re.compile(f"(?:{alternatives})", re.IGNORECASE), unit))
    relative = fields.get("day", {}).get("relative", {})
    days = tuple(
        (_day_pattern(str(relative[back])), back) for back in (0, -1, -2) if back in relative
    )
    return _Phrases(tuple(ages), days)


def _phrases_for(lang: str | None) -> tuple[_Phrases, ...]:
    """The written English and German phrases, and the page's language's from CLDR."""
    own = _cldr(lang) if lang and lang not in ("en", "de") else None
    return (_WRITTEN, own) if own is not None else (_WRITTEN,)

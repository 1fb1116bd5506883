"""Reading a date a person typed, in the forms German and English users write.

The metadata editor, the search filters `before:`/`after:` and the CLI all take dates from
people, and German consultants write `28.10.2025` or `28. Oktober 2025`, not `2025-10-28`.
`parse_date` turns every accepted form into the ISO 8601 prefix the store keeps (`2025`,
`2025-10`, `2025-10-28`, `2025-10-28T14:30`), checking that the day exists; anything else is
`None`, so each caller can say in its own words what it expected.
"""

from __future__ import annotations

import re
from datetime import date

# Month names and their usual abbreviations, German and English, folded to lower case without
# a trailing dot: "Okt.", "Oct", "März", "Maerz", "Mrz" all name the same month.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januar", "jänner", "jan", "january"),
        ("februar", "feb", "february", "febr"),
        ("märz", "maerz", "mär", "mrz", "march", "mar"),
        ("april", "apr"),
        ("mai", "may"),
        ("juni", "jun", "june"),
        ("juli", "jul", "july"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt", "october", "oct"),
        ("november", "nov"),
        ("dezember", "dez", "december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_TIME = r"(?:[ T,]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?:\s*Uhr)?)?"
_FORMS = (
    # 2025, 2025-10, 2025-10-28, 2025-10-28T14:30, 2025-10-28 14:30
    re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2})" + _TIME + r")?)?"),
    # 28.10.2025, 28.10.2025 14:30, 10.2025 (month and year)
    re.compile(r"(?:(?P<day>\d{1,2})\.)?(?P<month>\d{1,2})\.(?P<year>\d{4})" + _TIME),
    # 28. Oktober 2025, 28 Oct 2025, Oktober 2025, 28. Okt. 2025, 14:30 Uhr
    re.compile(r"(?:(?P<day>\d{1,2})\.?\s+)?(?P<name>[^\W\d_]+)\.?,?\s+(?P<year>\d{4})" + _TIME),
    # October 28, 2025 (English order)
    re.compile(r"(?P<name>[^\W\d_]+)\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})" + _TIME),
)


def parse_date(text: str) -> str | None:
    """The ISO 8601 prefix for a date as typed, or None when it is no date (or no real one)."""
    parts = _matched(text)
    return None if parts is None else _iso(parts)


def no_such_day(text: str) -> bool:
    """Whether `text` is written as a day in a form `parse_date` takes (`31.02.2025`,
    `31. April 2025`) but the calendar has no such day: the metadata editor says so rather than
    asking for a date "such as 11.04.2024" from someone who typed one."""
    parts = _matched(text)
    if parts is None or parts["day"] is None:
        return False
    fields = _fields(parts)
    return fields is not None and not _on_the_calendar(*fields)  # "31 Foo 2025" is no date at all


def _matched(text: str) -> dict[str, str | None] | None:
    """The parts of the one form `text` is written in (the forms' shapes never overlap)."""
    cleaned = " ".join(text.split())
    for form in _FORMS:
        match = form.fullmatch(cleaned)
        if match is not None:
            return match.groupdict()
    return None


def _fields(parts: dict[str, str | None]) -> tuple[int, int | None, int | None] | None:
    """Year, month and day as numbers (month and day None where not written); None for a
    month name that is none of `_MONTHS`."""
    name = parts.get("name")
    if name is not None:
        month = _MONTHS.get(name.casefold().rstrip("."))
        if month is None:
            return None
    else:
        month = int(parts["month"]) if parts.get("month") is not None else None  # type: ignore[arg-type]
    day = int(parts["day"]) if parts.get("day") is not None else None  # type: ignore[arg-type]
    return int(parts.get("year") or 0), month, day


def _on_the_calendar(year: int, month: int | None, day: int | None) -> bool:
    """Whether the year, month and day (those written) exist: the one check both `parse_date`
    and `no_such_day` rely on, so the two never disagree about a date."""
    try:
        date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        return False
    return True


def _iso(parts: dict[str, str | None]) -> str | None:
    fields = _fields(parts)
    if fields is None or not _on_the_calendar(*fields):
        return None
    year, month, day = fields
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    text = f"{year:04d}-{month:02d}-{day:02d}"
    if parts.get("hour") is None:
        return text
    hour, minute = int(parts["hour"] or 0), int(parts.get("minute") or 0)
    if hour > 23 or minute > 59:
        return None
    return f"{text}T{hour:02d}:{minute:02d}"

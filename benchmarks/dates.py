"""Publication dates as news sites print them, each paired with the ISO form a parser should find.

The ISO form follows the gold files: "2025-10-28" for a date alone, "2025-10-28T18:05" with a
time (no seconds, no zone, because pages rarely print them and never consistently).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

_DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember")
_DE_DAYS = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_EARLIEST = datetime(2021, 1, 1)
_SPAN_DAYS = 5 * 365 + 58


@dataclass(frozen=True, slots=True)
class Stamp:
    """A printed date (may span two lines, as on some sites) and its ISO reading."""

    text: str
    iso: str


def random_moment(rng: random.Random) -> datetime:
    """A publication time between 2021 and early 2026, during the hours news desks publish."""
    day = _EARLIEST + timedelta(days=rng.randrange(_SPAN_DAYS))
    return day.replace(hour=rng.randint(5, 22), minute=rng.randrange(60))


def _de_long(t: datetime) -> str:
    return f"{t.day}. {_DE_MONTHS[t.month - 1]} {t.year}"


def _en_long(t: datetime) -> str:
    return f"{_EN_MONTHS[t.month - 1]} {t.day}, {t.year}"


def _twelve_hour(t: datetime) -> str:
    suffix = "a.m." if t.hour < 12 else "p.m."
    return f"{(t.hour - 1) % 12 + 1}:{t.minute:02d} {suffix}"


# name -> (formatter, prints a time)
_FORMATS: dict[str, tuple[Callable[[datetime], str], bool]] = {
    "de_long": (_de_long, False),
    "de_dots": (lambda t: f"{t:%d.%m.%Y}", False),
    "de_dots_time": (lambda t: f"{t:%d.%m.%Y %H:%M}", True),
    "de_dash_uhr": (lambda t: f"{t:%d.%m.%Y - %H:%M} Uhr", True),
    "de_comma_uhr": (lambda t: f"{t:%d.%m.%Y, %H:%M} Uhr", True),
    "de_two_lines": (lambda t: f"{t:%d.%m.%Y}\n{t:%H:%M}", True),
    "de_long_uhr": (lambda t: f"{_de_long(t)}, {t:%H:%M} Uhr", True),
    "de_weekday": (lambda t: f"{_DE_DAYS[t.weekday()]}, {t:%d.%m.%Y, %H:%M} Uhr", True),
    "en_long": (_en_long, False),
    "en_day_month": (lambda t: f"{t.day} {_EN_MONTHS[t.month - 1]} {t.year}", False),
    "en_short": (lambda t: f"{_EN_MONTHS[t.month - 1][:3]} {t.day}, {t.year}", False),
    "en_at": (lambda t: f"{t.day} {_EN_MONTHS[t.month - 1]} {t.year} at {t:%H:%M}", True),
    "en_ampm": (lambda t: f"{_en_long(t)} at {_twelve_hour(t)} ET", True),
    "en_gmt": (lambda t: f"{_EN_DAYS[t.weekday()]} {t.day} {_EN_MONTHS[t.month - 1][:3]} "
                         f"{t.year} {t:%H.%M} GMT", True),
    "iso_date": (lambda t: f"{t:%Y-%m-%d}", False),
    "iso_time": (lambda t: f"{t:%Y-%m-%d %H:%M}", True),
}


def stamp(name: str, when: datetime) -> Stamp:
    """`when` printed in the named format, with the ISO form the printed text supports."""
    formatter, has_time = _FORMATS[name]
    iso = f"{when:%Y-%m-%dT%H:%M}" if has_time else f"{when:%Y-%m-%d}"
    return Stamp(formatter(when), iso)

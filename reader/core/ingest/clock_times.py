"""Times of day as pages print them beside a date or on a line of their own ("18:05",
"5:04 PM", "18.05 Uhr", "09.14 GMT"), as "HH:MM".

Apart from `date_lines`, which reads the calendar dates: a time is looked for only around a
date found there (`time_near`) or as a whole line in a page's head (`bare_time`), and has rules
of its own — a dot between hour and minute only with a unit after it, am/pm, hours under 24.
"""

from __future__ import annotations

import re

# A colon time anywhere; a dot time ("18.05 Uhr", "09.14 GMT") only with a unit after it,
# because "3.14 percent" is not a time.
_TIME = re.compile(
    r"(?<![\d.:])(\d{1,2})(?::(\d{2})|\.(\d{2})(?=\s*(?:uhr|h\b|[ap]\.?m\b|gmt|bst|utc|cet|cest|"
    r"mez|mesz|e[sd]?t\b|p[sd]?t\b)))(?!\d)(?:\s*([ap])\.?\s?m\b\.?)?",
    re.IGNORECASE,
)
_BARE_TIME = re.compile(r"^(?:um\s+|at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|[ap]\.?m\.?))?$", re.I)


def bare_time(line: str) -> str | None:
    """ "HH:MM" when the whole line is a time of day ("03:10", "18.05 Uhr"), else None."""
    if not _BARE_TIME.match(line.strip()):
        return None
    return time_near(line, 0, 0)


def time_near(line: str, start: int, end: int) -> str | None:
    """The first time of day in `line` that does not begin inside the date's own span
    (`start`…`end`), so that the date's numbers are never read as one: in reading order, before
    the date as well as after it ("5:04 PM EST, March 3, 2025"; of "um 09:30, am 28.10.2025 bis
    18:05" the start, 09:30)."""
    for match in _TIME.finditer(line):
        if start <= match.start() < end:
            continue
        hour = int(match[1])
        minute = int(match[2] or match[3])
        meridiem = (match[4] or "").lower()
        if meridiem == "p" and hour < 12:
            hour += 12
        elif meridiem == "a" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            return f"{hour:02d}:{minute:02d}"
    return None

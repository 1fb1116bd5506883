"""A date printed without its year under the headline ("Nov 18", "Posted Nov 19, 6:51 AM",
"19. November"), dated by the year of the site's copyright notice ("© 2019 Cleveland.com").

News sites drop the year from the dates of the current year's stories, and the copyright
notice in the footer carries the year the page was served. The pair is the only date such a
page gives; it is read only when no full date was found, only on short lines just under the
headline, and never without a notice's year.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING

from reader.core.ingest.date_lines import MONTHS, DateHit, find_date

if TYPE_CHECKING:
    from reader.core.ingest.head import Head

_MONTH = r"(?P<month>[A-Za-zÄäÖöÜü]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})"
# "Nov 18", "Nov. 19, 6:51 AM", "November 19" (month first), "19 November", "19. Nov." —
# a day that is no longer number and no year after it.
_MONTH_DAY = re.compile(
    rf"(?<![\w.])(?:{_MONTH}\s+{_DAY}(?![\d.:])(?!,?\s*\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\.?\s+(?P<month2>[A-Za-zÄäÖöÜü]{{3,9}})\.?(?![\w])(?!,?\s*\d{{4}}))"
)
# The notice's year, the last of a range ("© 2004 - 2019", "Copyright © 2019 …").
_NOTICE_YEAR = re.compile(
    r"(?:©|\(c\)|copyright)\D{0,12}((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?", re.I
)
# Short lines under the headline: its meta lines ("By Nathan Birch" / "Nov 18").
_BELOW_TITLE_LINES = 5
_MAX_WORDS = 10
# "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM": the posting date, not the update's.
_POSTED = re.compile(r"\b(?:posted|published|veröffentlicht)\b", re.IGNORECASE)


def yearless_date(head: Head, title: int) -> int | None:
    """The line under the headline at `title` that dates the page with a month and day and
    the site's copyright year (recorded in `head.dates`), or None."""
    year: int | None = None
    stop = min(len(head.segments), title + 1 + _BELOW_TITLE_LINES, head.end + 1)
    for i in range(title + 1, stop):
        if head.shapes[i].n_words > _MAX_WORDS or head.labels[i] is not None:
            continue
        found = _month_day(head.segments[i].text)
        if found is None:
            continue
        year = year or _site_year(head)
        if year is None:
            return None
        hit = _dated(found, year)
        if hit is None:
            continue
        head.dates[i] = hit
        return i
    return None


def in_year(text: str, year: int) -> DateHit | None:
    """The month and day `text` prints without a year ("Tuesday, December 9 · 10:00 –
    11:00am", "Dienstag, 9. Dezember"), dated in `year`: the site's copyright year on a page
    (`yearless_date`), the year of the paste for a calendar's invitation (`meeting_texts`).
    None for a line with a full date or none, and for a day the year lacks (29 February)."""
    found = _month_day(text)
    return None if found is None else _dated(found, year)


def _dated(found: tuple[int, int, int, int], year: int) -> DateHit | None:
    """The month and day `_month_day` found, dated in `year`; None for a day the year lacks."""
    month, day, start, end = found
    try:
        return DateHit(_dt.date(year, month, day).isoformat(), False, start, end)
    except ValueError:
        return None


def _month_day(text: str) -> tuple[int, int, int, int] | None:
    """Month, day and where they stand in a line that holds no full date; a line saying
    when the story was posted and updated gives the posting."""
    if find_date(text) is not None:
        return None
    posted = _POSTED.search(text)
    hits = list(_MONTH_DAY.finditer(text))
    if posted is not None:
        hits = [m for m in hits if m.start() > posted.start()] or hits
    for match in hits:
        word = (match["month"] or match["month2"]).lower()
        if word in MONTHS:
            day = int(match["day"] or match["day2"])
            return MONTHS[word], day, match.start(), match.end()
    return None


def _site_year(head: Head) -> int | None:
    """The year of the site's copyright notice, read up from the page's end."""
    for i in range(len(head.segments) - 1, head.end - 1, -1):
        text = head.segments[i].text
        if "©" not in text and "opyright" not in text and "(c)" not in text.lower():
            continue
        match = _NOTICE_YEAR.search(text)
        if match:
            return int(match[2] or match[1])
    return None

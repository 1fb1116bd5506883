"""Where each timeline mark goes: one mark per source (one per story, with its count), columns
of at least a mark's width, marks stacked upward in each column, ticks that suit the zoom.

Pure functions of the items and the scale, no painting: the canvas lays out once per zoom or
pan (linear in the number of sources) and paints only what is visible.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QLocale

from reader.ui.date_display import short_date
from reader.ui.timeline.axis import DAYS_FROM, MONTHS_FROM, period, year_step

# A mark's width and height in pixels (before the gap): room for a story's count in a font that
# reads (12 × 10 held a 9-pixel "2" one could not make out), two digits wide.
MARK_W = 16.0
MARK_H = 14.0
GAP = 2.0
MIN_PX_PER_DAY = 0.02  # about 50 years across 1,000 pixels
MAX_PX_PER_DAY = 160.0
PERIOD_COLUMNS = 1024  # more columns than any period holds: a column's number is first day × this + its index


@dataclass(frozen=True, slots=True)
class Item:
    """A source on the timeline; `story` is its story's id or None."""

    source_id: int
    day: int
    title: str
    site_name: str | None
    key: str  # what it is coloured by (outlet or tag), "" for none
    story: int | None = None


@dataclass(frozen=True, slots=True)
class Mark:
    """What is drawn: a source, or a story as one mark (`count` > 1, `source_id` its first).
    `undated`: the story's reports in view without a date, listed beside the timeline, not in
    `count` — the tooltip names both, so a story of nine is not told as one of eight."""

    source_id: int
    day: int
    title: str
    site_name: str | None
    key: str
    count: int = 1
    undated: int = 0


class Placed(NamedTuple):
    """A mark where it goes. A tuple, not a frozen dataclass: `place` makes one per mark at every
    zoom level, and a frozen dataclass's __init__ was half of its 10 ms at 10,000 sources."""

    mark: Mark
    x: float
    level: int  # 0 at the axis, upward


def marks_of(items: Iterable[Item], undated_stories: Iterable[int | None] = ()) -> list[Mark]:
    """One mark per source, a story's members as one mark at its first day, by day;
    `undated_stories` has the story (or None) of each source in view without a date."""
    undated = Counter(story for story in undated_stories if story is not None)
    stories: dict[int, list[Item]] = defaultdict(list)
    marks = []
    for item in items:
        if item.story is None:
            marks.append(Mark(item.source_id, item.day, item.title, item.site_name, item.key))
        else:
            stories[item.story].append(item)
    for story, members in stories.items():
        members.sort(key=lambda i: (i.day, i.source_id))
        first = members[0]
        # Coloured by its first report's outlet, else the next report's that has one: the seeds'
        # story, first told by a report signed "Redaktion" with no outlet, was grey beside a
        # legend without DWN, the outlet the library's row names for it.
        key = next((m.key for m in members if m.key), "")
        marks.append(Mark(first.source_id, first.day, first.title, first.site_name, key, len(members),
                          undated[story]))  # fmt: skip
    return sorted(marks, key=lambda m: (m.day, m.source_id))


def story_marks(items: Iterable[Item]) -> dict[int, Item]:
    """Each story's first dated report, by story: the one its mark is drawn as (as `marks_of`
    chooses it), which the undated list names for a report of the story without a date."""
    firsts: dict[int, Item] = {}
    for item in sorted(items, key=lambda i: (i.day, i.source_id)):
        if item.story is not None:
            firsts.setdefault(item.story, item)
    return firsts


def place(marks: Sequence[Mark], px_per_day: float, mark_w: float = MARK_W) -> list[Placed]:
    """Each mark's x (its column's left edge, counted from day 0) and stacking level.

    Columns are whole days while a day is wide enough for a mark (`mark_w`, larger in a sparse
    view: see `sizing`), else runs of days one mark wide, so zoomed out a week or a month
    stacks as one column. A column stays inside the period the axis counts (`axis.period`: a
    month, a run of years): laid on a grid from day 0, a column of late November reached into
    December and the stack stood over the next month's or year's name. The periods are
    calendar days, so panning moves the marks without laying them out again. Marks come sorted
    by day, so the result is sorted by x.
    """
    # A day's column is worked out once for all its marks (8,377 marks fall on 1,867 days in the
    # 10,000-source benchmark): a (column, x) per mark from `columns` made a zoom frame 3-4 ms
    # slower than the grid from day 0 it replaced.
    spots = columns(_each_day(marks), px_per_day, mark_w)
    levels: dict[int, int] = {}
    placed = []
    day, column, x = None, 0, 0.0
    for mark in marks:
        if mark.day != day:
            day = mark.day
            column, x = next(spots)
        level = levels.get(column, 0)
        placed.append(Placed(mark, x, level))
        levels[column] = level + 1
    return placed


def _each_day(marks: Iterable[Mark]) -> Iterator[int]:
    """The days of `marks` (sorted by day), each once."""
    day = None
    for mark in marks:
        if mark.day != day:
            day = mark.day
            yield day


def columns(days: Iterable[int], px_per_day: float, mark_w: float) -> Iterator[tuple[int, float]]:
    """(column, x) for each of `days` (in order): the column its marks stack in, and their x.

    A day's own column when days are wide enough; else the period's width (see `place`) shared
    evenly among as many columns as fit, each at least `mark_w` + GAP wide (`sizing` keeps the
    marks narrow enough for the narrowest period). A period is worked out when the days reach
    it, not per day: at 10,000 sources a date per mark would cost a zoom frame its budget."""
    column_w = max(mark_w + GAP, px_per_day)
    if column_w == px_per_day:
        inset = (px_per_day - mark_w) / 2
        for day in days:
            # Counted, not divided: 739552 × px / px came out as 739551.999…, and one day in
            # seven stood on the day before its date (a 28 October report over "27").
            yield day, day * px_per_day + inset
        return
    first = end = last = key = 0
    width = left = per_day = 0.0
    for day in days:
        if not first <= day < end:
            first, end = period(day, px_per_day)
            last = max(1, int((end - first) * px_per_day / column_w + 1e-6)) - 1  # its last column
            width = (end - first) * px_per_day / (last + 1)
            left = first * px_per_day + (width - mark_w) / 2
            per_day, key = px_per_day / width, first * PERIOD_COLUMNS
        # A hair's rounding forgiven: a day on a column's first pixel belongs to it.
        index = int((day - first) * per_day + 1e-6)
        if index > last:
            index = last
        yield key + index, left + index * width


def fit(days: Sequence[int], width: float, right: float = 0.0) -> tuple[float, float]:
    """(start, px_per_day) showing every day in `width` pixels, with a little room each side and
    `right` pixels more on the right (for the newest mark's title: see `captions.room_for_newest`)."""
    width -= right
    if not days:
        today = date.today().toordinal()
        return today - 30.0, max(MIN_PX_PER_DAY, min(MAX_PX_PER_DAY, width / 60))
    first, last = min(days), max(days)
    span = max(last - first, 6) * 1.1 + 2
    px = max(MIN_PX_PER_DAY, min(MAX_PX_PER_DAY, width / span))
    middle = (first + last + 1) / 2
    return middle - width / px / 2, px


def ticks(start: float, px_per_day: float, width: float) -> list[tuple[int, str, bool]]:
    """(day, label, major) for the axis: days, months or years, whichever spaces them well.

    Days and months name their month and year on its first tick, and the first tick in view
    names its own (major) when it is not one: "9 10 11 …" of a week in mid-December read with no
    month or year anywhere, and "25 … 31 Nov 2025" showed October's last week unnamed, as if
    November's; so does the tick of the day or month the view begins in, before the view.
    (`axis.place_labels` shows a plain tick only after its name.)
    """
    first = date.fromordinal(max(1, math.floor(start)))
    last = date.fromordinal(max(1, math.ceil(start + width / px_per_day)))
    found: list[tuple[int, str, bool]] = []
    if px_per_day >= DAYS_FROM:  # days
        for day in range(first.toordinal(), last.toordinal() + 1):
            d = date.fromordinal(day)
            found.append((day, f"{d.day}" if d.day != 1 else f"{_month(d.month)} {d.year}", d.day == 1))
        return _named_once(found, start, start + width / px_per_day, lambda d: short_date(d.isoformat()))
    if px_per_day >= MONTHS_FROM:  # months
        year, month = first.year, first.month
        while date(year, month, 1) <= last:
            d = date(year, month, 1)
            found.append((d.toordinal(), _month(month) if month != 1 else str(year), month == 1))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return _named_once(found, start, start + width / px_per_day, lambda d: f"{_month(d.month)} {d.year}")
    step = year_step(px_per_day)
    for year in range(first.year - first.year % step, last.year + 1, step):
        if year >= 1:
            found.append((date(year, 1, 1).toordinal(), str(year), True))
    return found


def _named_once(
    found: list[tuple[int, str, bool]], start: float, end: float, name: Callable[[date], str]
) -> list[tuple[int, str, bool]]:
    """`found`, its first tick in view (`start` to `end`) labelled `name(day)`, and major,
    unless it is major already (a month's first day, a January); so is the tick before the
    view, whose day or month the view begins in (`axis.place_labels` names it where its part
    in view has room: zoomed to months, the weeks of October before "Nov. 2025" went unnamed)."""
    before = [0] if found and found[0][0] < start else []
    shown = next((i for i, (day, _label, _major) in enumerate(found) if start <= day <= end), None)
    for at in before + ([shown] if shown is not None else []):
        if not found[at][2]:
            day = found[at][0]
            found[at] = (day, name(date.fromordinal(day)), True)
    return found


def _month(month: int) -> str:
    """The month's short name in the window's language, as the dates beside it write it
    (`short_date`: "18. Nov. 2023"): German "Dez.", "März", "Sept.". The stand-alone form put
    "Dez 2023" without its dot next to "18. Nov. 2023"."""
    return QLocale().monthName(month, QLocale.FormatType.ShortFormat)

"""Where the timeline's tick labels go, so that every day or month shown can be read as a date.

A label sits centred under its tick, kept inside the canvas (the last year at the right edge
was cut to "202"). Labels that name a month or year (a month's first day, a January, the first
tick in view: `mark_layout.ticks`) go first, the month starts before the first tick's name; a
plain day ("26") or month ("Feb") then only where room is left, and only when the name it is
read by, the nearest one before it, was placed: "25 … 31" of October under "Nov 2025" read as
November's, and would again if "25 Oct 2025" had no room.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetrics

Tick = tuple[int, str, bool]  # day, label, major (names its month or year)
DAYS_FROM = 24.0  # px a day: from here on the axis counts days (`mark_layout.ticks`)


def boundary(day: int, px_per_day: float) -> bool:
    """Whether the axis draws `day`'s tick across the canvas: a month's first day among days,
    a year's among months and years. The first tick in view is named (major) but no boundary:
    drawn across, "27 Nov" looked like a month's start beside December's."""
    d = date.fromordinal(day)
    return d.day == 1 and (px_per_day >= DAYS_FROM or d.month == 1)


def place_labels(ticks: Sequence[Tick], start: float, px_per_day: float, room: float, top: float, height: float,
                 metrics: QFontMetrics) -> list[tuple[QRectF, str]]:  # fmt: skip
    """(rect, label) of every tick label that has room, none overlapping, each plain one after
    its placed name."""
    names = sorted(day for day, _label, major in ticks if major)
    named: set[int] = set()
    placed: list[tuple[QRectF, str]] = []
    # The names right to left: the first tick's, always leftmost, gives way to a month's start.
    order = sorted((t for t in ticks if t[2]), key=lambda t: -t[0]) + [t for t in ticks if not t[2]]
    for day, label, major in order:
        x = (day - start) * px_per_day
        if not 0 <= x <= room:  # a tick off the canvas has no label to show
            continue
        if not major:
            before = bisect.bisect_right(names, day)
            if not before or names[before - 1] not in named:
                continue
        width = metrics.horizontalAdvance(label) + 2
        left = min(max(x - width / 2, 0.0), room - width)
        rect = QRectF(left, top, width, height)
        if all(rect.right() + 4 < other.left() or rect.left() - 4 > other.right() for other, _ in placed):
            placed.append((rect, label))
            if major:
                named.add(day)
    return placed

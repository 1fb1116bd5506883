"""Where the timeline's tick labels go, so that every day or month shown can be read as a date.

A label stands under what it names: the day, month or year that starts at its tick, centred in
it, or from the tick when the name is wider than that; never before the tick. Centred on the
tick, a name reached back over the end of the period before: at month zoom "2025" stood under
December's stack, "Dez." under late November's (session 27). The marks keep to their period
too (`mark_layout.place` lays its columns inside `period`). The period the view begins in, its
tick off the canvas, is named in its part in view where the name fits there. A label is kept
inside the canvas (the last year at the right edge was cut to "202"). Labels that name a month
or year (a month's first day, a January, the first tick in view: `mark_layout.ticks`) go first,
the month starts before the first tick's name; a plain day ("26") or month ("Feb") then only
where room is left, and only when the name it is read by, the nearest one before it, was
placed: "25 … 31" of October under "Nov 2025" read as November's, and would again if
"25 Oct 2025" had no room.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette

Tick = tuple[int, str, bool]  # day, label, major (names its month or year)
DAYS_FROM = 24.0  # px a day: from here on the axis counts days (`mark_layout.ticks`)
MONTHS_FROM = 40 / 30  # px a day: from here up to DAYS_FROM it counts months (a month ≥ 40 px)
YEAR_STEPS = (1, 2, 5, 10, 20, 50)  # below MONTHS_FROM, every year or every few
SHORTEST_MONTH = 28  # days


def year_step(px_per_day: float) -> int:
    """Years between two ticks when the axis counts years: at least 50 px apart."""
    return next((s for s in YEAR_STEPS if px_per_day * 365 * s >= 50), YEAR_STEPS[-1])


def period(day: int, px_per_day: float) -> tuple[int, int]:
    """The days [first, end) the axis counts `day` in at this zoom: the day itself, its month,
    or its run of years from one year tick to the next."""
    if px_per_day >= DAYS_FROM:
        return day, day + 1
    d = date.fromordinal(day)
    if px_per_day >= MONTHS_FROM:
        following = _year_start(d.year + 1) if d.month == 12 else date(d.year, d.month + 1, 1).toordinal()
        return date(d.year, d.month, 1).toordinal(), following
    step = year_step(px_per_day)
    first = d.year - d.year % step  # as the ticks fall: 2020, 2025 … (a year 0 is year 1)
    return _year_start(max(1, first)), _year_start(first + step)


def narrowest_period(px_per_day: float) -> float:
    """Pixels of the narrowest period at this zoom (a day, February, a run of years): a column
    of marks must fit in it."""
    if px_per_day >= DAYS_FROM:
        return px_per_day
    if px_per_day >= MONTHS_FROM:
        return SHORTEST_MONTH * px_per_day
    return 365 * year_step(px_per_day) * px_per_day


def _named(day: int, px_per_day: float) -> tuple[int, int]:
    """The days a tick's label names: its day, its month, or its one year."""
    if px_per_day < MONTHS_FROM:
        year = date.fromordinal(day).year
        return _year_start(year), _year_start(year + 1)
    return period(day, px_per_day)


def _year_start(year: int) -> int:
    """The day `year` begins; past the calendar's last year, the day after its last day."""
    return date(year, 1, 1).toordinal() if year <= date.max.year else date.max.toordinal() + 1


def boundary(day: int, px_per_day: float) -> bool:
    """Whether the axis draws `day`'s tick across the canvas: a month's first day among days,
    a year's among months and years. The first tick in view is named (major) but no boundary:
    drawn across, "27 Nov" looked like a month's start beside December's."""
    d = date.fromordinal(day)
    return d.day == 1 and (px_per_day >= DAYS_FROM or d.month == 1)


def place_labels(ticks: Sequence[Tick], start: float, px_per_day: float, room: float, top: float, height: float,
                 metrics: QFontMetrics) -> list[tuple[QRectF, str]]:  # fmt: skip
    """(rect, label) of every tick label that has room, none overlapping, each plain one after
    its placed name, each under what it names (see the module's docstring)."""
    names = sorted(day for day, _label, major in ticks if major)
    named: set[int] = set()
    placed: list[tuple[QRectF, str]] = []
    # The names right to left: the first tick's, always leftmost, gives way to a month's start.
    order = sorted((t for t in ticks if t[2]), key=lambda t: -t[0]) + [t for t in ticks if not t[2]]
    for day, label, major in order:
        x = (day - start) * px_per_day
        first, end = _named(day, px_per_day)
        shown = min((end - start) * px_per_day, room) - max(x, 0.0)  # of what it names, in view
        width = metrics.horizontalAdvance(label) + 2
        if x > room or (x < 0 and shown < width):  # the view's first period named where it fits
            continue
        if not major:
            before = bisect.bisect_right(names, day)
            if not before or names[before - 1] not in named:
                continue
        # Centred in what it names (its part in view), from its tick where that is narrower.
        x = max(x, 0.0)
        left = x + (shown - width) / 2 if shown >= width and first == day else x
        left = min(max(left, 0.0), room - width)
        rect = QRectF(left, top, width, height)
        if all(rect.right() + 4 < other.left() or rect.left() - 4 > other.right() for other, _ in placed):
            placed.append((rect, label))
            if major:
                named.add(day)
    return placed


def paint_axis(painter: QPainter, palette: QPalette, ticks: Sequence[Tick], labels: Sequence[tuple[QRectF, str]],
               start: float, px_per_day: float, baseline: float) -> None:  # fmt: skip
    """Ticks, faint, a year's or month's running up the canvas, and their dates (`place_labels`)."""
    faint = QColor(palette.color(QPalette.ColorRole.Mid))
    faint.setAlphaF(0.35)
    painter.setPen(faint)
    for day, _label, major in ticks:
        x = (day - start) * px_per_day
        across = major and boundary(day, px_per_day)
        painter.drawLine(QPointF(x, 0 if across else baseline - 6), QPointF(x, baseline + 4))
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    for rect, label in labels:
        painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter, label)

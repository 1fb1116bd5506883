"""How high the timeline's marks are, and how a column too crowded for one stack stands in its room.

Marks give up height to keep the tallest stack under the top: MARK_H (scaled with the width in
a sparse view), down to MIN_MARK_H GAP apart, then 2 px strips 1 px apart (held at 10 px, Fit hid
68 of 401 sources). A day stays one column however far one zooms in, so a day of more reports
than such strips fit in the canvas's height (about a third of its pixels) was left hidden above
the top under "zoom in", which could not help: Fit gave up. Such a column stands instead as a
few stacks side by side in its width, each strip at least 1 px wide and 1 px apart, the
stacks as even as they can be (columns that fit one keep their width); only past that are
marks hidden.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from PySide6.QtCore import QRectF

from reader.ui.timeline.mark_layout import GAP, MARK_H, MARK_W, Placed

MIN_MARK_H = 10.0  # marks give up height down to this, GAP apart, when a stack would run past the top
# … and, crowded more (a year of 400 sources fitted), stack densely: 1 px apart, down to this
# height, so Fit still shows every source, each a strip of its colour that the pointer names.
DENSE_MARK_H, DENSE_GAP = 2.0, 1.0
HIDDEN = QRectF()  # a mark's bar when it has no room under the top (`ColumnStacks.bars`)


class Stacking(NamedTuple):
    mark_h: float
    step: float  # from one level's top to the next's
    rows: int  # the levels one stack holds before the next stack beside it begins
    stacks: int  # stacks side by side in a column at most (marks past them are hidden)
    mark_w: float  # a column's width, shared among its stacks

    def widths(self, heights: Mapping[float, int]) -> dict[float, float]:
        """The marks' width in each column split into stacks, by its x (`heights`: each column's
        marks); the columns that fit one stack are not named, their marks keep `mark_w`."""
        split = {x: min(self.stacks, math.ceil(count / self.rows)) for x, count in heights.items() if count > self.rows}
        return {x: (self.mark_w - (shared - 1) * DENSE_GAP) / shared for x, shared in split.items()}

    def spot(self, level: int, width: float | None) -> tuple[float, int, float] | None:
        """(x from the column's left, level in its stack, width) of the mark at `level` of a
        column whose marks are `width` wide (None: one stack, `mark_w`); None when it is hidden."""
        if width is None:
            return (0.0, level, self.mark_w) if level < self.rows else None
        stack, level = divmod(level, self.rows)
        return None if stack >= self.stacks else (stack * (width + DENSE_GAP), level, width)


def stacking(tallest: int, room: float, mark_w: float) -> Stacking:
    """The marks' height and stacks for a tallest column of `tallest` marks under `room` pixels."""
    stacks = 1
    if room / tallest < DENSE_MARK_H + DENSE_GAP:
        most = max(1, int((mark_w + DENSE_GAP) / (1 + DENSE_GAP)))  # 1 px wide, 1 px apart
        stacks = min(most, math.ceil(tallest * (DENSE_MARK_H + DENSE_GAP) / room))
    per_stack = math.ceil(tallest / stacks)
    level = room / per_stack  # the room each mark of the tallest stack has
    gap = GAP if level >= MIN_MARK_H + GAP else DENSE_GAP  # 10 px marks and more keep GAP
    mark_h = float(max(DENSE_MARK_H, min(MARK_H * mark_w / MARK_W, int(level - gap))))
    step = mark_h + gap
    rows = max(1, min(per_stack, int(room / step)))
    return Stacking(mark_h, step, rows, stacks, mark_w)


def one_stack(mark_h: float, step: float, mark_w: float) -> Stacking:
    """Marks of this height and step in a single stack a column (the captioned few)."""
    return Stacking(mark_h, step, 1 << 30, 1, mark_w)


class ColumnStacks:
    """The stacking in force, the width of the marks of each column it splits, and where each
    mark is drawn (`bars`), kept for the layout they were worked out for: a zoom or a resize
    works them out again, a pan does not."""

    def __init__(self) -> None:
        self.now = one_stack(MARK_H, MARK_H + GAP, MARK_W)
        self.widths: dict[float, float] = {}  # the marks' width in the columns split, by the column's x
        self._placed: Sequence[Placed] = ()
        self._baseline = 0.0
        self._bars: list[QRectF] = []  # by the mark's place in `_placed` (see `bars`)
        self._filled = (0, 0)  # the marks of `_bars` worked out, from the first to past the last

    def follow(self, new: Stacking, placed: Sequence[Placed], heights: Mapping[float, int]) -> None:
        """`new` for the marks `placed` (`heights`: each column's marks, by its x)."""
        if new == self.now and placed is self._placed:
            return
        self.now, self._placed = new, placed
        self.widths = new.widths(heights) if new.stacks > 1 else {}
        self._bars, self._filled = [HIDDEN] * len(placed), (0, 0)

    def spot(self, placed: Placed) -> tuple[float, int, float] | None:
        return self.now.spot(placed.level, self.widths.get(placed.x))

    def bars(self, baseline: float, first: int, last: int) -> list[QRectF]:
        """Where the marks are drawn, by their place in the layout (HIDDEN: no room under the
        top), x from the timeline's start (the canvas shifts the painter by its offset): those
        from `first` to `last` worked out as they first come into view and kept while the view
        pans — a QRectF made for each mark in every frame was a third of the paint of 10,000
        sources (5 of 14 ms)."""
        if baseline != self._baseline or len(self._bars) != len(self._placed):
            self._baseline, self._bars, self._filled = baseline, [HIDDEN] * len(self._placed), (0, 0)
        low, high = self._filled
        if low == high:
            low = high = first
        now, widths, placed, bars = self.now, self.widths, self._placed, self._bars
        for index in (*range(first, low), *range(high, last)):  # the marks come into view
            mark = placed[index]
            spot = now.spot(mark.level, widths.get(mark.x))
            if spot is not None:
                dx, level, width = spot
                bars[index] = QRectF(mark.x + dx, baseline - (level + 1) * now.step, width, now.mark_h)
        self._filled = (min(first, low), max(last, high))
        return bars


def zoom_splits(placed: Sequence[Placed], xs: Sequence[float], hidden: Sequence[int]) -> bool:
    """Whether zooming in can bring the marks hidden above the top (`placed` indexes, ascending)
    into view: only where their column holds more than one day (zoomed out, a week's or a
    month's), as a day stays one column. A column's marks follow each other in `placed` (`xs`:
    their x), oldest at the bottom, so it is one day when its newest hidden mark is of its first
    mark's day. One look per column: a look per hidden mark took 2.5 ms of a 4.4 ms paint with
    11,568 hidden in one day's column, on every pan."""
    last = len(hidden) - 1
    while last >= 0:
        newest = placed[hidden[last]]
        first = bisect.bisect_left(xs, newest.x)  # the column's oldest mark
        if placed[first].mark.day != newest.mark.day:
            return True
        last = bisect.bisect_left(hidden, first) - 1  # on to the column before
    return False

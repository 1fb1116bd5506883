"""How large the timeline's marks are drawn: larger when the stacks leave room above them.

Seen in the window, session 17: some 70 sources over a couple of years made stacks of seven
16 px marks at the foot of a 490 px canvas, the rest of it empty, and the marks too small to
tell apart at a glance. A sparse view scales its marks up (wider too, so a column holds more
days and its stack grows with the marks) to the largest step of `SCALES` whose tallest stack
still fits; a crowded view keeps them at 1, where the canvas makes them lower still.

Only the marks' days are counted here, per distinct day: at 10,000 sources zoomed in, a few
thousand days a step, where laying the marks out for each step would cost a frame.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from reader.ui.timeline.axis import narrowest_period
from reader.ui.timeline.mark_layout import GAP, MARK_H, MARK_W, columns

SCALES = (1.25, 1.5, 2.0, 2.5)  # tried in turn; 2.5 makes a mark 40 × 35 px, no larger


def day_counts(days: Iterable[int]) -> list[tuple[int, int]]:
    """(day, how many marks on it), by day."""
    return sorted(Counter(days).items())


def tallest(counts: Sequence[tuple[int, int]], px_per_day: float, mark_w: float) -> int:
    """The most marks one column stacks at this zoom with marks `mark_w` wide (the columns of
    `mark_layout.place`)."""
    if px_per_day >= mark_w + GAP:  # a column a day
        return max((count for _day, count in counts), default=0)
    # By day, so a column's days come together (its number grows with them): a running count,
    # where a Counter of every column cost each zoom frame a few ms at 10,000 sources.
    most = stack = 0
    column = None
    for (here, _x), (_day, count) in zip(columns((day for day, _count in counts), px_per_day, mark_w), counts, strict=True):
        stack = stack + count if here == column else count
        column = here
        if stack > most:
            most = stack
    return most


def mark_scale(counts: Sequence[tuple[int, int]], px_per_day: float, room: float) -> float:
    """The largest of `SCALES` at which every stack fits `room` pixels, and every column the
    narrowest period the axis counts (a day, February: `axis.narrowest_period`), else 1. The
    scales are tried from the smallest up and the first that does not fit ends the search: a
    crowded view, the common case with a big library, costs one count."""
    chosen = 1.0
    widest = narrowest_period(px_per_day) - GAP
    for scale in SCALES:
        if MARK_W * scale > widest or tallest(counts, px_per_day, MARK_W * scale) * (MARK_H * scale + GAP) > room:
            break
        chosen = scale
    return chosen

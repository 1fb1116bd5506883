"""The timeline's layouts kept per zoom level, so zooming back out through levels already seen
lays nothing out again (`mark_layout.place` is what a zoom waits for at 10,000 sources)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reader.ui.timeline.captions import staircase
from reader.ui.timeline.mark_layout import Mark, Placed, place

# Zoom levels whose layout is kept: the last few, where the wheel goes back and forth. Each holds
# a tuple per mark that Python's full collection walks: at 10,000 sources 25 levels added 22 ms
# to every full collection (4 ms with one), 8 levels add 7 ms.
KEPT_LAYOUTS = 8

# The marks placed, their x (for bisection), the most in one column, and each column's by its x.
Layout = tuple[list[Placed], list[float], int, Counter[float]]


class KeptLayouts:
    """The layouts of one set of marks by zoom level; a new set starts afresh (`clear`)."""

    def __init__(self) -> None:
        self._kept: dict[str, Layout] = {}

    def clear(self) -> None:
        self._kept = {}

    def layout(self, marks: Sequence[Mark], px_per_day: float, mark_w: float, captioned: bool, scale: float) -> Layout:
        level = f"{px_per_day:.9g} {captioned} {scale}"  # zoomed in and out again, the last bits differ
        kept = self._kept.get(level)
        if kept is None:
            placed = place(marks, px_per_day, mark_w)
            placed = staircase(placed) if captioned else placed
            heights = Counter(p.x for p in placed)  # each column's marks (its x is its own)
            kept = (placed, [p.x for p in placed], max(heights.values(), default=1), heights)
            if len(self._kept) >= KEPT_LAYOUTS:
                del self._kept[next(iter(self._kept))]
            self._kept[level] = kept
        return kept

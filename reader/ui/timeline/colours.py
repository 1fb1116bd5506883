"""The timeline's colours: one per outlet or tag (the most frequent first; beyond the palette,
grey), and a story's count in black or white, whichever reads on its mark."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QFont

from reader.ui.theme import contrast_ratio
from reader.ui.timeline.mark_layout import Mark

# Distinct colours that read on light and dark themes (any two, and each and the grey of
# "other", at least 29 apart in CIELAB); more keys than these share "other". Eight were too
# few: a German morning's ten outlets, none twice, were all grey (they had to repeat to count).
PALETTE = ("#1f77b4", "#d95f02", "#2ca02c", "#9467bd", "#e7298a", "#8c564b", "#17becf", "#bcbd22",
           "#d62728", "#00796b", "#a6761d", "#fb8072")  # fmt: skip
OTHER = "#8a8a8a"
COUNT_PX = 11  # a story's count: bold, in black or white, whichever stands out from the mark


def colour_keys(marks: Sequence[Mark], keep: dict[str, str] | None = None) -> dict[str, str]:
    """A colour for each key, the most frequent first (ties by name); the keys beyond the
    palette are grey ("other"). `keep`: the colours
    shown before an edit of the same scope — a key still drawn keeps its colour (a reader who
    learnt "green is DER SPIEGEL" is not misled when a split adds an outlet), new keys take
    the colours left free. Legend order stays by frequency."""
    counts: dict[str, int] = {}
    for mark in marks:
        if mark.key:
            counts[mark.key] = counts.get(mark.key, 0) + mark.count
    ranked = sorted(counts, key=lambda k: (-counts[k], k.casefold()))
    kept = {key: colour for key, colour in (keep or {}).items() if key in counts}
    free = [colour for colour in PALETTE if colour not in kept.values()]
    chosen = dict(kept)
    for key in ranked:
        if key not in chosen and free:
            chosen[key] = free.pop(0)
    return {key: chosen[key] for key in ranked if key in chosen}


def count_colour(fill: QColor) -> QColor:
    """Black or white, whichever reads better on `fill` (white on the light green or the grey
    of "other" did not)."""
    black, white = QColor("black"), QColor("white")
    return black if contrast_ratio(black.name(), fill.name()) > contrast_ratio(white.name(), fill.name()) else white


def count_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPixelSize(COUNT_PX)
    font.setBold(True)
    return font

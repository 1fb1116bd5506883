"""A timeline of a few sources as a staircase of captioned marks.

Seen in the window, session 16: the five samples made four 16 px marks on the axis of a 500 px
high canvas, the rest empty, and nothing said what a mark was until the pointer found it. When
every mark fits a line of its own, each gets one, oldest at the bottom, raised on a stem to its
day and captioned with its title beside it (on its left near the right edge), so the timeline
reads as a dated list. More marks than lines, and the marks stack in columns as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter

from reader.ui.one_ellipsis import elided
from reader.ui.timeline.mark_layout import GAP, MARK_H, MARK_W, Placed

MOST_CAPTIONED = 40  # more sources than this are not "a few", whatever the height
CAPTION_MAX = 360.0  # px: a title longer than this is elided
LINE_SPREAD = 3.0  # few marks spread their lines up to this many lines apart, no further
DAYS_LEFT = 120.0  # px a fitted view keeps for its days beside the room for the newest title


def line_height(metrics: QFontMetricsF) -> float:
    """One captioned mark's line: the mark or the caption's text, whichever is taller."""
    return max(MARK_H, metrics.height()) + 2 * GAP


def captioned_step(count: int, room: float, font: QFont) -> float | None:
    """The height between captioned lines for `count` marks in `room` pixels above the axis, or
    None when they do not all fit a line of their own (at once for many: a pan asks too)."""
    if not 0 < count <= MOST_CAPTIONED:
        return None
    line = line_height(QFontMetricsF(font))
    if count * line > room:
        return None
    return min(room / count, LINE_SPREAD * line)


def staircase(placed: list[Placed]) -> list[Placed]:
    """Each mark on its own line, the oldest at the top (`placed` comes sorted by x): read top
    down as a list, and a later mark's stem never crosses an earlier mark's caption, which
    runs to the right of it, above."""
    return [p._replace(level=len(placed) - 1 - n) for n, p in enumerate(placed)]


def caption_rect(mark: QRectF, text_width: float, canvas_width: float, stems: Iterable[float] = ()) -> QRectF:
    """Where a mark's caption goes: right of the mark, or left of it when the right has less
    room than the caption needs and the left more; cut to the room it has.

    The room on the mark's line ends at the canvas's edges and at the `stems` (x) of the marks
    above it, which pass through the line on their way down to their days. Drawn to the left
    near the right edge, a caption ran across the older marks' stems (they are left of it and
    above), its ground hiding them: the rule holds on either side, at any zoom or pan."""
    width = min(text_width, CAPTION_MAX)
    top, height = mark.top() - 4, mark.height() + 8  # the text's line, centred on the mark
    left_end, right_end = 4.0, canvas_width - 4
    for stem in stems:  # a stem inside the mark is its own day's: it passes behind the mark
        if stem < mark.left():
            left_end = max(left_end, stem + 4)
        elif stem > mark.right():
            right_end = min(right_end, stem - 4)
    right_room, left_room = right_end - mark.right() - 6, mark.left() - 6 - left_end
    if right_room < width and left_room > right_room:
        width = min(width, left_room)
        return QRectF(mark.left() - 6 - width, top, width, height)
    return QRectF(mark.right() + 6, top, max(0.0, min(width, right_room)), height)


def room_for_newest(caption: QRectF, title: str, metrics: QFontMetrics, canvas_width: float) -> float:
    """The width a fitted view leaves right of its days so that the newest mark's title is
    whole beside it, leaving the days DAYS_LEFT px (half the canvas, if more); 0 when its `caption` has it whole already (right of
    the mark, or left of it where no stem above stops it). Fitted to the whole width, the
    newest mark stood at the right edge and the stems above kept its title from its left: the
    five samples read "Japan–USA schmieden „Golden…" — the one a reader looks for first."""
    wanted = min(metrics.horizontalAdvance(title) + 2, CAPTION_MAX)  # as the canvas measures it
    if caption.width() >= wanted - 0.5:
        return 0.0
    return min(wanted + MARK_W + 10, max(canvas_width / 2, canvas_width - DAYS_LEFT))  # marks: MARK_W wide


def paint_stem(painter: QPainter, mark: QRectF, fill: QColor, baseline: float) -> None:
    """A thin line from the mark down to its day on the axis."""
    stem = QColor(fill)
    stem.setAlphaF(0.6)
    painter.setPen(stem)
    middle = mark.center().x()
    painter.drawLine(QPointF(middle, mark.bottom()), QPointF(middle, baseline))


def paint_caption(painter: QPainter, mark: QRectF, caption: QRectF, title: str, ink: QColor, ground: QColor) -> None:
    """The title beside its mark, on the canvas's ground so a stem behind it does not cut it."""
    metrics = painter.fontMetrics()
    text = elided(metrics, title, int(caption.width()))
    width = min(caption.width(), metrics.horizontalAdvance(text) + 2)
    on_left = caption.right() <= mark.left()
    shown = QRectF(caption.right() - width if on_left else caption.left(), caption.top(), width, caption.height())
    painter.fillRect(shown, ground)
    painter.setPen(ink)
    align = Qt.AlignmentFlag.AlignRight if on_left else Qt.AlignmentFlag.AlignLeft
    painter.drawText(shown, Qt.AlignmentFlag.AlignVCenter | align, text)

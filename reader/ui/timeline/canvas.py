"""The timeline drawn with QPainter: zoom with the wheel (or + / -), drag to pan, 0 to fit;
hover shows a mark's title, a click opens its source.

Marks are laid out once per zoom level (`layout.place`; a pan only moves the view) and kept
per level, so zooming back out through levels already seen lays nothing out again; only the
marks inside the widget are painted, and the mark under the pointer is found by bisection.
`benchmarks/bench_timeline.py` measures frames at 10,000 sources (issue 15).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from reader.ui.timeline.axis import paint_axis, place_labels
from reader.ui.timeline.captions import (
    caption_rect,
    captioned_step,
    paint_caption,
    paint_stem,
    room_for_newest,
)
from reader.ui.timeline.colours import OTHER, colour_keys, count_colour, count_font
from reader.ui.timeline.kept_layouts import KeptLayouts
from reader.ui.timeline.mark_layout import (
    GAP,
    MARK_H,
    MARK_W,
    MAX_PX_PER_DAY,
    MIN_PX_PER_DAY,
    Mark,
    Placed,
    fit,
    ticks,
)
from reader.ui.timeline.mark_tip import day_label, follow, show_under
from reader.ui.timeline.sizing import day_counts, mark_scale
from reader.ui.timeline.stacking import HIDDEN, ColumnStacks, one_stack, stacking, zoom_splits

AXIS_H = 34  # the axis band at the bottom
ZOOM_STEP = 1.25
# Wrapped: on one line, "10.400 weitere oberhalb: …" was wider than a 400 px canvas, its count cut off.
ABOVE_FLAGS = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


class TimelineCanvas(QWidget):
    source_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineCanvas")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(400, 200)
        self.marks: list[Mark] = []
        self.colours: dict[str, str] = {}
        self.start = 0.0
        self.px_per_day = 1.0
        # The view is Fit's until the user zooms or moves it, and a resize fits it again: fitted to
        # the width before the Undated column came back, the newest marks stood past the edge.
        self.fitted = True
        self._placed: list[Placed] = []
        self._xs: list[float] = []  # the placed marks' x, for finding the visible ones
        self._laid_out_at = 0.0  # the zoom the layout is for (0: none yet, lay out)
        self._layouts = KeptLayouts()  # by zoom, for these marks
        self.mark_h = MARK_H  # the marks' height now (see `_fit_height`)
        self.mark_w = MARK_W  # their width now: wider in a sparse view (see `sizing`)
        self._counts: list[tuple[int, int]] = []  # marks per day, for `sizing.mark_scale`
        self._scaled: tuple[float, float, float] = (0.0, 0.0, 1.0)  # (zoom, room, its scale)
        self.step = MARK_H + GAP  # from one level's top to the next's
        self.stacks = ColumnStacks()  # a crowded column's stacks side by side
        self.captioned = False  # each mark on a line of its own with its title (see `captions`)
        self._tallest = 1  # the most marks stacked in one column at this zoom
        self._heights: Counter[float] = Counter()  # the marks of each column, by its x
        self._drag_from: QPointF | None = None
        self._dragged = False
        self.chosen: int | None = None  # the mark ← → picked (its source id), opened by Enter
        self.empty_text = ""  # said in the middle when there is no mark: why, and what to do
        self.said_above = ""  # painted at the top right: how many marks are hidden above it, and why

    # -- feeding ----------------------------------------------------------------------------

    def set_marks(self, marks: Sequence[Mark], *, refit: bool = True) -> None:
        """Draw `marks`, fitted to the width; `refit=False` keeps the user's zoom and place
        (the same scope redrawn after an edit, not a new one)."""
        self.marks = list(marks)
        self._counts = day_counts(m.day for m in self.marks)
        self._scaled = (0.0, 0.0, 1.0)
        # New marks are laid out anew, even at the same zoom and count: kept, the old layout
        # drew the old marks — switched to colour by tag, every mark stayed grey under a legend
        # in colour, and a retitled source kept its old title in the tooltip.
        self._laid_out_at = 0.0
        self._layouts.clear()
        self.colours = colour_keys(self.marks, None if refit else self.colours)
        if refit:
            self.fit()
        else:
            self._relayout()

    def fit(self, right: float = 0.0) -> None:
        """Every day in view; captioned, with the newest mark's title whole (`room_for_newest`)."""
        self.start, self.px_per_day = fit([m.day for m in self.marks], max(1, self.width()), right)
        self.fitted = True
        self._relayout()
        newest = self._placed[-1] if self.captioned and self._placed and not right else None  # the bottom line
        if newest and (more := room_for_newest(self.caption_rect(newest), newest.mark.title, self.fontMetrics(), self.width())):
            self.fit(more)

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by `factor` keeping the day under `anchor_x` (default: the middle) in place."""
        x = self.width() / 2 if anchor_x is None else anchor_x
        day = self.start + x / self.px_per_day
        self.px_per_day = max(MIN_PX_PER_DAY, min(MAX_PX_PER_DAY, self.px_per_day * factor))
        self.start, self.fitted = day - x / self.px_per_day, False
        self._relayout()

    def _relayout(self) -> None:
        """Lay out again after a zoom; a pan only moves the view (see `layout.place`)."""
        step = captioned_step(len(self.marks), self._baseline() - 4, self.font())
        captioned = step is not None
        scale = 1.0 if captioned else self._scale()
        if (self.px_per_day != self._laid_out_at or len(self._placed) != len(self.marks)
                or captioned != self.captioned or MARK_W * scale != self.mark_w):  # fmt: skip
            self.captioned, self.mark_w = captioned, MARK_W * scale
            kept = self._layouts.layout(self.marks, self.px_per_day, self.mark_w, captioned, scale)
            self._placed, self._xs, self._tallest, self._heights = kept
            self._laid_out_at = self.px_per_day
        self._fit_height(step)
        self.update()

    def _scale(self) -> float:
        """How much larger than MARK_W × MARK_H the marks are at this zoom and height, counted
        again only when either changed (not on a pan)."""
        room = self._baseline() - 4
        if self._scaled[:2] != (self.px_per_day, room):
            self._scaled = (self.px_per_day, room, mark_scale(self._counts, self.px_per_day, room))
        return self._scaled[2]

    def _fit_height(self, captioned_step: float | None) -> None:
        """The marks' height and stacks (`stacking`) for the tallest column of the whole timeline
        at this zoom, not just those in view: the height stays on a pan."""
        new = (one_stack(MARK_H, captioned_step, self.mark_w) if captioned_step is not None
               else stacking(self._tallest, self._baseline() - 4, self.mark_w))  # fmt: skip
        self.stacks.follow(new, self._placed, self._heights)
        self.mark_h, self.step = new.mark_h, new.step

    def _offset(self) -> float:
        return self.start * self.px_per_day

    def _visible(self) -> list[Placed]:
        return self._placed[slice(*self._in_view())]

    def _in_view(self) -> tuple[int, int]:  # the first of `_placed` in view, and past the last
        offset = self._offset()
        return bisect.bisect_left(self._xs, offset - self.mark_w), bisect.bisect_right(self._xs, offset + self.width())

    # -- geometry ---------------------------------------------------------------------------

    def _baseline(self) -> float:
        return self.height() - AXIS_H

    def mark_rect(self, placed: Placed) -> QRectF:
        """Where the mark is drawn (a hidden one: where its stack would stand, above the top)."""
        spot = self.stacks.spot(placed)
        dx, level, width = spot if spot is not None else (0.0, placed.level, self.mark_w)
        return QRectF(placed.x - self._offset() + dx, self._baseline() - (level + 1) * self.step, width, self.mark_h)

    def caption_rect(self, placed: Placed) -> QRectF:
        """Where the mark's title goes while the marks are captioned: clear of the stems of the
        marks above its line (a few dozen marks at most: each caption looks at all of them)."""
        width = self.fontMetrics().horizontalAdvance(placed.mark.title) + 2
        half, offset = self.mark_w / 2, self._offset()
        stems = (p.x - offset + half for p in self._placed if p.level > placed.level)
        return caption_rect(self.mark_rect(placed), width, self.width(), stems)

    def mark_at(self, point: QPointF) -> Mark | None:
        placed = self.placed_at(point)
        return placed.mark if placed is not None else None

    def placed_at(self, point: QPointF) -> Placed | None:
        """The mark under `point` (a pixel of slack around each), where it is: only the columns
        at its x are looked at — testing every mark in view took 20 ms a mouse move at 10,000 sources."""
        if self.captioned:  # a few marks: each one's title opens it too
            for placed in self._placed:
                if self.mark_rect(placed).adjusted(-1, -1, 1, 1).united(self.caption_rect(placed)).contains(point):
                    return placed
            return None
        x = point.x() + self._offset()
        first = bisect.bisect_left(self._xs, x - self.mark_w - 1)
        last = bisect.bisect_right(self._xs, x + 1)
        near = [(placed, self.mark_rect(placed)) for placed in self._placed[first:last]]
        # The mark painted there, else one a pixel away: strips 1 px apart share their slack.
        return next((p for p, rect in near if rect.contains(point)),
                    next((p for p, rect in near if rect.adjusted(-1, -1, 1, 1).contains(point)), None))  # fmt: skip

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_axis(painter)
        width, baseline = self.width(), self._baseline()
        hidden: list[int] = []  # the marks in view with no room under the top, by their index
        # Plain rectangles without antialiasing, colours made once: painting 10,000 marks must
        # stay within a frame.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        colours = {key: QColor(value) for key, value in self.colours.items()}
        other = QColor(OTHER)
        inks = {fill.name(): count_colour(fill) for fill in [*colours.values(), other]}
        painter.setFont(count_font(painter.font()))
        offset = self._offset()
        # A count needs its digits' height and a pixel or so above and below them.
        counted = self.mark_h >= QFontMetricsF(painter.font()).capHeight() + 3
        if self.captioned:  # the stems first, under the marks
            for placed in self._visible():
                paint_stem(painter, self.mark_rect(placed), colours.get(placed.mark.key, other), baseline)
        first, last = self._in_view()
        bars, layout = self.stacks.bars(baseline, first, last), self._placed  # kept while the view pans
        painter.translate(-offset, 0)
        for index in range(first, last):
            rect = bars[index]
            if rect is HIDDEN:
                hidden.append(index)
                continue
            mark = layout[index].mark
            fill = colours.get(mark.key, other)
            painter.fillRect(rect, fill)
            if mark.count > 1 and counted:
                painter.setPen(inks[fill.name()])
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(min(mark.count, 99)))
        painter.resetTransform()
        painter.setFont(self.font())
        if self.captioned:
            ink, ground = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
            view = QRectF(self.rect())  # every caption any of which is in view, clipped to it:
            for placed in self._placed:  # a mark just off an edge has its title still on screen
                if (caption := self.caption_rect(placed)).intersects(view):
                    paint_caption(painter, self.mark_rect(placed), caption, placed.mark.title, ink, ground)
        chosen = self.chosen if self.hasFocus() else None
        ringed = next((p for p in self._visible() if p.mark.source_id == chosen), None) if chosen is not None else None
        if ringed is not None:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.mark_rect(ringed).adjusted(-2, -2, 2, 2))
        self.said_above = self._above_the_top(hidden)
        if hidden:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(QRectF(8, 2, width - 16, baseline - 4), ABOVE_FLAGS, self.said_above)  # 2 lines if need be
        if not self.marks and self.empty_text:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRectF(24, 0, width - 48, baseline), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)  # fmt: skip
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(QPointF(0, baseline), QPointF(width, baseline))
        painter.end()

    def _above_the_top(self, hidden: list[int]) -> str:
        """What the marks `hidden` above the top say: "zoom in" a day's column (700 reports of one
        import) could not split; a tag or search that lists fewer sources does."""
        if not hidden:
            return ""
        if zoom_splits(self._placed, self._xs, hidden):
            return self.tr("%Ln more above the top: zoom in", "", len(hidden))
        return self.tr("%Ln more above the top: show fewer with a tag or search", "", len(hidden))

    def _paint_axis(self, painter: QPainter) -> None:
        """None with no mark, where they named the months around today ("Dec", "2027") under an
        empty canvas, dates of nothing."""
        if self.marks:
            paint_axis(painter, self.palette(), ticks(self.start, self.px_per_day, self.width()), self.axis_labels(),
                       self.start, self.px_per_day, self._baseline())  # fmt: skip

    def axis_labels(self) -> list[tuple[QRectF, str]]:
        """The tick labels with room to show, each day or month read by its month and year
        (`axis.place_labels`)."""
        room = self.width()
        return place_labels(ticks(self.start, self.px_per_day, room), self.start, self.px_per_day, room,
                            self._baseline() + 6, AXIS_H - 8, self.fontMetrics())  # fmt: skip

    # -- the user ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit() if self.fitted else self._relayout()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP**steps, event.position().x())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            self.zoom(ZOOM_STEP if key != Qt.Key.Key_Minus else 1 / ZOOM_STEP, self._chosen_x())
            self._follow_chosen()
        elif key == Qt.Key.Key_0:
            self.fit()
            self._follow_chosen()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            shift = self.width() / 5 / self.px_per_day
            self.start, self.fitted = self.start + (-shift if key == Qt.Key.Key_Left else shift), False
            self._relayout()
            self._follow_chosen()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.choose_next(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and any(m.source_id == self.chosen for m in self.marks):
            self.source_opened.emit(self.chosen)
        else:
            super().keyPressEvent(event)

    def choose_next(self, step: int) -> None:
        """← →: the mark before or after the chosen one in time, ringed, its description shown,
        the view moved to keep it in sight — so a mark opens without a mouse (Enter). The first
        press picks the first (→) or last (←) mark in view."""
        if not self._placed:
            return
        ids = [p.mark.source_id for p in self._placed]
        if self.chosen in ids:
            index = max(0, min(len(ids) - 1, ids.index(self.chosen) + step))
        else:
            in_view = self._visible() or self._placed
            index = ids.index((in_view[0] if step > 0 else in_view[-1]).mark.source_id)
        placed = self._placed[index]
        self.chosen = placed.mark.source_id
        x = placed.x - self._offset()
        if x < 0 or x + self.mark_w > self.width():  # out of sight: centre it
            self.start, self.fitted = (placed.x + self.mark_w / 2 - self.width() / 2) / self.px_per_day, False
        self._relayout()
        show_under(self, self.mark_rect(placed), self.height(), self.describe(placed.mark))

    def _chosen_placed(self) -> Placed | None:
        return next((p for p in self._placed if p.mark.source_id == self.chosen), None)

    def _chosen_x(self) -> float | None:
        """What `+` / `-` zoom around: the ringed mark's day in view, so the mark stays put and its
        neighbours spread out beside it (zoomed around the middle, it left the view in a few steps)."""
        placed = self._chosen_placed()
        x = (placed.mark.day + 0.5 - self.start) * self.px_per_day if placed is not None else -1.0
        return x if 0 <= x <= self.width() else None

    def _follow_chosen(self) -> None:
        if (placed := self._chosen_placed()) is not None:
            follow(self, self.mark_rect(placed), self.height(), self.describe(placed.mark))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from, self._dragged = event.position(), False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            dx = event.position().x() - self._drag_from.x()
            if abs(dx) > 3 or self._dragged:
                self._dragged = True
                self.start, self.fitted = self.start - dx / self.px_per_day, False
                self._drag_from = event.position()
                self._relayout()
            return
        placed = self.placed_at(event.position())
        if placed is None:
            QToolTip.hideText()
            self.unsetCursor()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        show_under(self, self.mark_rect(placed), self.height(), self.describe(placed.mark))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._dragged:
            mark = self.mark_at(event.position())
            if mark is not None:
                self.source_opened.emit(mark.source_id)
        self._drag_from, self._dragged = None, False

    def describe(self, mark: Mark) -> str:
        details = " · ".join(x for x in (mark.site_name, day_label(mark.day)) if x)
        text = f"{mark.title}\n{details}"
        reports = mark.count + mark.undated
        if reports > 1:
            text += "\n" + self.tr("A story: %Ln reports of one event", "", reports)
        if mark.undated:  # the mark stands for the dated ones: say where the rest are
            text += self.tr(", %Ln undated (listed on the right)", "", mark.undated)
        return text

"""A mark's tooltip stands under the marks, at the axis below its mark, never over a mark.

Seen in the German window at 1024 × 700: hovering along the bottom row of a crowded timeline,
Qt's tooltip (below and right of the pointer) covered the next marks to the right and the row
below, and the one ← → showed from the chosen mark's top-right corner covered the marks the
next → went to. Real canvas shown offscreen, real tooltips; marks hand-placed on known days.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QToolTip

from reader.ui.timeline.canvas import TimelineCanvas
from reader.ui.timeline.mark_layout import Mark
from reader.ui.timeline.mark_tip import shown_tip
from tests.ui.settled import settle

DAY = date(2025, 10, 28).toordinal()


def _canvas(qtbot) -> TimelineCanvas:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 300)
    days = [DAY + 9 * (n // 3) for n in range(60)]  # 20 columns of three
    canvas.set_marks([Mark(n + 1, day, f"Bericht Nummer {n + 1}", "Handelsblatt", "") for n, day in enumerate(days)])
    canvas.show()
    qtbot.waitExposed(canvas)
    assert not canvas.captioned
    return canvas


def _marks_covered(canvas: TimelineCanvas) -> list[int]:
    tip = shown_tip()
    assert tip is not None and tip.isVisible()
    on_screen = QRect(tip.pos(), tip.size())
    covered = []
    for placed in canvas._placed:
        rect = canvas.mark_rect(placed).toAlignedRect()
        if on_screen.intersects(QRect(canvas.mapToGlobal(rect.topLeft()), rect.size())):
            covered.append(placed.mark.source_id)
    return covered


def test_hovering_along_the_bottom_row_covers_no_mark(qtbot) -> None:
    canvas = _canvas(qtbot)
    bottom = [p for p in canvas._placed if p.level == 0][:6]
    for placed in bottom:
        qtbot.mouseMove(canvas, canvas.mark_rect(placed).center().toPoint())
        assert _marks_covered(canvas) == []
        assert shown_tip().y() >= canvas.mapToGlobal(QPoint(0, round(canvas._baseline()))).y()
    QToolTip.hideText()


def test_the_mark_chosen_by_the_arrows_leaves_the_next_free(qtbot) -> None:
    canvas = _canvas(qtbot)
    canvas.setFocus()
    for _ in range(4):
        canvas.choose_next(1)
        assert _marks_covered(canvas) == []
    QToolTip.hideText()


def _labels_covered(canvas: TimelineCanvas) -> list[str]:
    tip = shown_tip()
    assert tip is not None and tip.isVisible()
    on_screen = QRect(tip.pos(), tip.size())
    return [label for rect, label in canvas.axis_labels()
            if on_screen.intersects(QRect(canvas.mapToGlobal(rect.toAlignedRect().topLeft()), rect.toAlignedRect().size()))]  # fmt: skip


def test_the_tooltip_leaves_the_axis_labels_beside_the_mark_free(qtbot) -> None:
    """Seen in a German walk: the tip, just under the baseline, hid the years beside the mark."""
    canvas = _canvas(qtbot)
    assert canvas.axis_labels()
    canvas.setFocus()
    for _ in range(4):
        canvas.choose_next(1)
        assert _labels_covered(canvas) == [] and _marks_covered(canvas) == []
    placed = [p for p in canvas._placed if p.level == 0][2]
    qtbot.mouseMove(canvas, canvas.mark_rect(placed).center().toPoint())
    assert _labels_covered(canvas) == [] and _marks_covered(canvas) == []
    QToolTip.hideText()


def test_at_the_screens_bottom_the_tooltip_goes_above_the_mark(qtbot) -> None:
    canvas = _canvas(qtbot)
    room = canvas.screen().availableGeometry()
    canvas.move(canvas.x(), room.bottom() + 1 - canvas.frameGeometry().height())
    settle(qtbot, canvas)
    canvas.setFocus()
    canvas.choose_next(1)
    assert _labels_covered(canvas) == []
    chosen = next(p for p in canvas._placed if p.mark.source_id == canvas.chosen)
    tip = shown_tip()
    assert tip.y() + tip.height() <= canvas.mapToGlobal(canvas.mark_rect(chosen).topLeft().toPoint()).y()
    QToolTip.hideText()

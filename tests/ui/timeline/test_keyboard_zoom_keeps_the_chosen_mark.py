"""`+` / `-` zoom around the mark picked with ← →, and its description goes with it.

Seen zooming the timeline by keyboard (English and German window, 47 sources): `←` ringed the
newest mark, the story of 28 Oct 2025, and four `+` zoomed around the canvas's middle, so the
mark left the view on the right while its tooltip stayed at the bottom, naming "Japan–USA
schmieden „Goldenes Bündnis“ · 28 Oct 2025" over an axis that ended in 2021. By keyboard
there was no way to look closer at the mark just chosen. Real canvas shown offscreen, real
keys and tooltips; marks hand-placed a month apart over four years.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolTip

from reader.ui.timeline.canvas import TimelineCanvas
from reader.ui.timeline.mark_layout import Mark
from reader.ui.timeline.mark_tip import shown_tip

FIRST = date(2022, 1, 3).toordinal()


@pytest.fixture
def canvas(qtbot) -> TimelineCanvas:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 300)
    canvas.set_marks([Mark(n + 1, FIRST + 30 * n, f"Report {n + 1}", "Handelsblatt", "") for n in range(48)])
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.setFocus()
    assert not canvas.captioned and canvas.fitted
    yield canvas
    QToolTip.hideText()


def _left_of(canvas: TimelineCanvas, source_id: int) -> float:
    placed = next(p for p in canvas._placed if p.mark.source_id == source_id)
    return canvas.mark_rect(placed).left()


def _tip_over(canvas: TimelineCanvas, source_id: int) -> bool:
    """The tooltip is shown, names the source and stands under its mark (from its left edge,
    or moved left as far as the screen's edge asks)."""
    tip = shown_tip()
    if tip is None or not tip.isVisible() or not QToolTip.text().startswith(f"Report {source_id}\n"):
        return False
    left = canvas.mapToGlobal(QPoint(round(_left_of(canvas, source_id)), 0)).x()
    return tip.x() <= left + 2 and tip.x() + tip.width() >= left + canvas.mark_w


@pytest.mark.parametrize("key", [Qt.Key.Key_Left, Qt.Key.Key_Right])
def test_plus_zooms_in_around_the_chosen_mark(canvas, qtbot, key) -> None:
    qtbot.keyClick(canvas, key)  # ← picks the newest mark in view, → the oldest
    chosen = canvas.chosen
    assert chosen == (48 if key == Qt.Key.Key_Left else 1)
    before, days_in_view = _left_of(canvas, chosen), canvas.width() / canvas.px_per_day
    for _ in range(6):
        qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.width() / canvas.px_per_day < days_in_view / 3  # zoomed in
    assert abs(_left_of(canvas, chosen) - before) <= canvas.mark_w  # it stayed where it stood (its column's edge)
    assert _tip_over(canvas, chosen)
    for _ in range(3):
        qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert abs(_left_of(canvas, chosen) - before) <= canvas.mark_w
    assert _tip_over(canvas, chosen)


def test_the_tooltip_goes_when_the_chosen_mark_is_moved_out_of_view(canvas, qtbot) -> None:
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    for _ in range(8):
        qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert _tip_over(canvas, 1)
    for _ in range(6):  # move along to later months: the oldest mark leaves on the left
        qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert _left_of(canvas, 1) + canvas.mark_w < 0
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)  # Qt hides it after a moment
    qtbot.keyClick(canvas, Qt.Key.Key_0)  # fitted, it is in view again, and said again
    assert canvas.fitted and _tip_over(canvas, 1)


def test_with_no_mark_chosen_plus_still_zooms_around_the_middle(canvas, qtbot) -> None:
    middle = canvas.start + canvas.width() / 2 / canvas.px_per_day
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.start + canvas.width() / 2 / canvas.px_per_day == pytest.approx(middle)
    assert not QToolTip.isVisible()


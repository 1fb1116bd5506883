"""A sorted column's arrow points the way most programs point it (seen in the window, session 12:
Fusion drew ▲ over the library table sorted newest first, and over Entities' most named first)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QStandardItemModel
from PySide6.QtWidgets import QTableView

from reader.ui.appearance import apply_theme


def _arrow_points_down(image: QImage, zone: QRect) -> bool:
    """Whether the ink in `zone` is wider at its top (▼) than at its bottom (▲)."""
    background = QColor(image.pixel(zone.left(), zone.top())).lightness()
    rows = []
    for y in range(zone.top(), zone.bottom() + 1):
        ink = sum(1 for x in range(zone.left(), zone.right() + 1)
                  if abs(QColor(image.pixel(x, y)).lightness() - background) > 40)  # fmt: skip
        if ink:
            rows.append(ink)
    assert len(rows) >= 3, "no arrow drawn"
    return rows[0] > rows[-1]


def test_descending_points_down_and_ascending_up(qapp, qtbot) -> None:
    apply_theme(qapp, "light")
    model = QStandardItemModel(3, 2)
    model.setHorizontalHeaderLabels(["A", "B"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    header = view.horizontalHeader()
    header.resizeSection(0, 200)
    view.resize(400, 150)
    view.show()
    zone = QRect(150, 0, 50, header.height())  # the section's right end: the arrow, not the "A"
    directions = {}
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        header.setSortIndicator(0, order)
        directions[order] = _arrow_points_down(header.grab().toImage(), zone)
    assert directions == {Qt.SortOrder.DescendingOrder: True, Qt.SortOrder.AscendingOrder: False}

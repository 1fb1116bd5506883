"""Drag a splitter's handle with the mouse, as a user does.

A width set with `setSizes` is the program's, not the user's choice: only a drag tells the
window's panes the widths to keep (`reader.ui.pane_widths`).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSplitter


def drag_handle(splitter: QSplitter, index: int, by: int) -> None:
    """Drag the handle before pane `index` `by` px to the right (left if negative)."""
    handle = splitter.handle(index)
    start = QPoint(handle.width() // 2, handle.height() // 2)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(handle, start + QPoint(by, 0))  # the handle follows: where the mouse is now, in its own terms
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)

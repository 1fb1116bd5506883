"""A table's headings reached by `Tab`, sorting from the keyboard as a click on them does.

A heading cannot take the focus in Qt: in the bin, `Tab` went from the sort box straight to the
list, so a keyboard user could choose an order from the box but never the heading's own (the
fewest highlights first, titles Z–A). With the focus on the headings, `←` / `→` sort by the
column beside (in the order shown, as a click on another heading keeps it) and `Space` sorts
the column the other way, as a second click does (`Enter` stays the dialog's: the bin's
Restore); a frame in the focus colour shows where the keys are, as around a list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHeaderView


class HeadingKeys(QObject):
    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self.header = header
        header.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        header.installEventFilter(self)
        # The focus frame: the style sheet's `headingsFocus`, over the headings, the clicks through.
        self._frame = QFrame(header)
        self._frame.setObjectName("headingsFocus")
        self._frame.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._frame.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.Resize):
            self._show_keys(self.header.hasFocus())
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Shift+Tab, Alt+letters: the dialog's
        header, key = self.header, event.key()
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if key == Qt.Key.Key_Space:
            flipped = Qt.SortOrder.AscendingOrder if order == Qt.SortOrder.DescendingOrder else Qt.SortOrder.DescendingOrder
            header.setSortIndicator(section, flipped)
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            shown = [s for s in (header.logicalIndex(v) for v in range(header.count())) if not header.isSectionHidden(s)]
            if section in shown:
                step = -1 if key == Qt.Key.Key_Left else 1
                beside = shown[max(0, min(len(shown) - 1, shown.index(section) + step))]
                header.setSortIndicator(beside, order)
            return True
        return False

    def _show_keys(self, shown: bool) -> None:
        self._frame.setGeometry(self.header.rect())
        self._frame.setVisible(shown)
        self._frame.raise_()

"""The composer's list as an outline: text and quotes stand indented under the headings — every
line of them, the ones the list wraps too.

The indent used to be four spaces typed before an item's text, so only its first line had it:
a long quote or a who's who wrapped back to the left edge, under the headings' own column.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
HeadingRole = Qt.ItemDataRole.UserRole + 2  # True on a heading row: it keeps the left edge
INDENT = 18


class OutlineDelegate(QStyledItemDelegate):
    def _placed(self, option: QStyleOptionViewItem, index: Index) -> QStyleOptionViewItem:
        placed = QStyleOptionViewItem(option)
        if not index.data(HeadingRole):
            placed.rect = option.rect.adjusted(INDENT, 0, 0, 0)
        return placed

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, self._placed(option, index), index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Wrapped to the indented width, so the row is as tall as the lines it paints."""
        hint = super().sizeHint(self._placed(option, index), index)
        return hint if index.data(HeadingRole) else QSize(hint.width() + INDENT, hint.height())

"""Rows of the library's tag list and saved searches that shorten a long name with "…" instead
of widening the list.

Seen in the window: one long tag ("Lieferketten und Halbleiter-Exportkontrollen Ostasien") made
the tag list scroll sideways, every other tag's count went out of view with it. A list view
lays its rows out as wide as the widest one; here each row asks for no width, so the list is as
wide as its pane, and the name gives way while its count ("  (12)") stays whole. The full name
is in the tooltip.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from reader.ui.one_ellipsis import elided

AnyIndex = QModelIndex | QPersistentModelIndex
_COUNT = re.compile(r"\s+\(\S+\)$")  # "  (1.234)", the count a tag's row ends with
# A count kept apart from a row's name (a saved search's: its text stays its name), painted
# after it as a tag's is: "Japan  (12)".
CountRole = Qt.ItemDataRole.UserRole + 7


class ElidingRows(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(1, size.height())  # as wide as the list, never wider

    def shown_text(self, option: QStyleOptionViewItem, index: AnyIndex) -> str:
        """The row's text as painted: the name elided to the room the style gives it, the count
        kept whole."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        widget = item.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return text
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget).width() - 4
        metrics = item.fontMetrics
        if metrics.horizontalAdvance(text) <= room:
            return text
        found = _COUNT.search(text)
        count = found.group(0) if found else ""
        name = text[: len(text) - len(count)]
        return elided(metrics, name, max(0, room - metrics.horizontalAdvance(count))) + count

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        count = index.data(CountRole)
        if count is not None:
            option.text = f"{option.text}  ({QLocale().toString(int(count))})"
        option.textElideMode = Qt.TextElideMode.ElideNone  # shown_text elides, keeping the count

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = self.shown_text(option, index)
        widget = item.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)

    def tooltip(self, option: QStyleOptionViewItem, index: AnyIndex) -> str:
        """A shortened row's tooltip starts with its whole name, unless it names it already."""
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        if self.shown_text(option, index) == text or _COUNT.sub("", text) in tip:
            return tip
        return f"{text}\n{tip}".strip()

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: AnyIndex) -> bool:  # fmt: skip
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        tip = self.tooltip(option, index)
        if tip:
            QToolTip.showText(event.globalPos(), tip, view)
        else:
            QToolTip.hideText()
        return True


def elide_rows(view: QListView, parent: QWidget | None = None) -> ElidingRows:
    """Give `view` eliding rows and no sideways scrolling."""
    delegate = ElidingRows(parent or view)
    view.setItemDelegate(delegate)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return delegate

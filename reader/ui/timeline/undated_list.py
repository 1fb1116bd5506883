"""The column of undated sources beside the timeline: one block per title, one or two lines.

Qt's own word-wrapping list gave a title one height where it laid the rows out and another to
the row itself and its painted text (each measured at its own width): in the German window of a
10,000-source library, 301 of 1,623 rows sat 20 px below the one above instead of 6, a title
shown on three lines and "…" above a blank line. A word wider than the column
("Wirtschaftsministerium") overflowed it in the measure and was cut with "…" in the paint. Here
one width, the column's, both measures and paints each title, and a word breaks inside only
when it alone is wider than the column. (Qt lays a word-wrapping list out again when it is
resized: the splitter or the window moved.)

A title takes at most TITLE_LINES lines; a longer one ends its last line in "…" (one, see
`one_ellipsis`), the whole title in the row's tooltip, as the library's rows do. At 1024 px the
column is some 20 letters wide, and a long headline ran to six lines, three titles filling it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reader.ui.one_ellipsis import elided

HEIGHTS_KEPT = 20_000  # titles' heights remembered: a 10,000-source library's undated at two widths
GAP = 3  # px around each title: with alternate shading, a wrapped title reads as one source
TITLE_LINES = 2  # a title's most lines; the whole title is in its tooltip

Index = QModelIndex | QPersistentModelIndex


def wrapped(text: str, font: QFont, width: int) -> QTextLayout:
    """`text` laid out in lines of `width` px, between words, inside a word only if it alone is
    wider; at most TITLE_LINES of them, the last cut with "…" when the text goes on."""
    layout = _laid_out(text, font, width)
    if layout.lineCount() <= TITLE_LINES:
        return layout
    last = layout.lineAt(TITLE_LINES - 1).textStart()
    rest, metrics, room = " ".join(text[last:].split()), QFontMetricsF(font), float(width)
    while True:  # the cut line fits by its own measure; should the layout still break it, cut more
        layout = _laid_out(text[:last] + elided(metrics, rest, room), font, width)
        if layout.lineCount() <= TITLE_LINES or room <= 0:
            return layout
        room -= metrics.averageCharWidth()


def _laid_out(text: str, font: QFont, width: int) -> QTextLayout:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def text_height(layout: QTextLayout) -> int:
    return math.ceil(sum(layout.lineAt(i).height() for i in range(layout.lineCount())))


class UndatedList(QListWidget):
    """A narrow list whose titles wrap at its own width, never sideways, on two lines at most."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Wrapped titles ran into each other (a four-line title read as four sources): a gap
        # and alternate shading keep each source one block.
        self.setSpacing(GAP)
        self.setAlternatingRowColors(True)
        self.setItemDelegate(_TitleDelegate(self))

    def item_width(self) -> int:
        """Each item's width: the column's, less the gaps and the room of a vertical scroll bar
        whether or not it shows (with it measured in, a scroll bar that comes or goes cannot
        change the heights that made it come or go)."""
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return max(1, self.maximumViewportSize().width() - scroll_bar - 2 * self.spacing())

    def text_margin(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1

    def text_width(self) -> int:
        return max(1, self.item_width() - 2 * self.text_margin())

    def chrome_width(self) -> int:
        """What the list's width holds besides the titles' text: frame, scroll bar, gaps, margins."""
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return 2 * self.frameWidth() + scroll_bar + 2 * self.spacing() + 2 * self.text_margin()


class _TitleDelegate(QStyledItemDelegate):
    """Measures and paints a title with the same layout, at the list's `text_width`."""

    def __init__(self, view: UndatedList) -> None:
        super().__init__(view)
        self._view = view
        # Heights by (title, width, font): Qt asks for an item's size at every layout and again
        # for each row it paints; laying 1,623 titles out in Python took 95 ms a time.
        self._heights: dict[tuple[str, int, str], int] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title, width = str(index.data(Qt.ItemDataRole.DisplayRole) or ""), self._view.text_width()
        key = (title, width, option.font.key())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= HEIGHTS_KEPT:
                self._heights.clear()
            height = self._heights[key] = max(option.fontMetrics.height(), text_height(wrapped(title, option.font, width)))
        return QSize(self._view.item_width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        title, item.text = item.text, ""  # the style draws the shading, selection and focus
        style = item.widget.style() if item.widget is not None else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        margin = self._view.text_margin()
        box = QRect(item.rect).adjusted(margin, 0, -margin, 0)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Normal if item.state & QStyle.StateFlag.State_Enabled
                 else QPalette.ColorGroup.Disabled)  # fmt: skip
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(item.palette.color(group, role))
        wrapped(title, item.font, self._view.text_width()).draw(painter, QPointF(box.topLeft()))
        painter.restore()

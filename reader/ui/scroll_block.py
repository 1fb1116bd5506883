"""A pane's main list first: its secondary block scrolls rather than crowd the list out.

Seen at 1920 × 1080 with 200 % scaling and 1280 × 720 with 125 % (960 × 540 and 1024 × 576
logical pixels, common on laptops): the library's tags and filters kept their full height, and
the list of sources — what the pane is for — showed two and a half rows. Here the block sits in
a frameless scroll area under a splitter that, whenever it is resized or the list's rows change,
keeps LIST_ROWS of the list in view (or all of a shorter list: three sample sources leave the
filters in view): a short window scrolls the block, a taller one gives it back the height it
asks for, and a block the user dragged taller stays so while the list keeps its rows and the
block has a use for the height.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QStyle, QTableView, QWidget

LIST_ROWS = 5  # sources in view, at the least, before the block gives up height


class _Scrolling(QScrollArea):
    def minimumSizeHint(self) -> QSize:
        """As narrow as the block allows with the scroll bar beside it: left to itself, the bar
        shown took its width from the block, whose right edge (the fields' borders, a tag's
        ×) was cut off."""
        least = super().minimumSizeHint()
        block = self.widget()
        if block is None:
            return least
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(max(least.width(), block.minimumSizeHint().width() + bar), least.height())


def scrolling(block: QWidget, parent: QWidget) -> QScrollArea:
    """`block` in a frameless vertical scroll area that looks like the pane around it."""
    area = _Scrolling(parent)
    area.setWidget(block)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes into the block's fields, not the frame
    area.viewport().setAutoFillBackground(False)
    block.setAutoFillBackground(False)
    return area


class ListFirstSplitter(QSplitter):
    """A vertical splitter of a list over a `scrolling` block (see the module's docstring)."""

    def __init__(self, parent: QWidget, rows: QTableView) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setChildrenCollapsible(False)
        self._rows = rows  # the list whose rows are kept in view (its model is set)
        model = rows.model()
        for changed in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            changed.connect(self._fit)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802  (Qt's name)
        """The list, then the block, whose contents are watched: the block asking for another
        height (the library's entity chip shown or gone) is fitted again, as a resize is. The
        chip clicked away had left a band its height under the tags, the list kept short."""
        super().addWidget(widget)
        inner = widget.widget() if isinstance(widget, QScrollArea) else None
        if inner is not None:
            inner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _list_floor(self) -> int:
        shown = min(LIST_ROWS, max(self._rows.model().rowCount(), 1))
        return shown * self._rows.verticalHeader().defaultSectionSize() + 2 * self._rows.frameWidth()

    def _fit(self) -> None:
        block = self.widget(1)
        inner = block.widget() if isinstance(block, QScrollArea) else None
        if self.count() != 2 or block is None or inner is None:
            return
        sizes = self.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        most = max(total - self._list_floor(), block.minimumSizeHint().height())
        natural = inner.minimumSizeHint().height()
        # No taller than the block can use (its size hint: a long tag list's every row): the
        # height three sample rows left it stayed after an import, an empty band under the tags.
        useful = max(inner.sizeHint().height(), natural)
        wanted = max(min(sizes[1], most, useful), min(natural, most))
        if wanted != sizes[1]:
            self.setSizes([total - wanted, wanted])

"""All highlights' tree view: columns fitted without reading every row, and one layout when the
theme changes rather than one a restyle.

Fitting a column to its contents, Qt reads up to 1,000 rows (at 10,000 highlights 30,000
questions to the model at each filling); this tree reads the rows in view and makes room for
what the column can hold further down: every label's name with its colour, a three-digit
paragraph, the longest source titles listed (`HighlightsModel.widest`).

Choosing a theme gives the application a new style and stylesheet, and Qt tells every widget
several times over (seven style changes for the tree, and its header's geometry after each);
an item view lays out all its rows again each time, asking the model for every row's index
and flags: over 10,000 highlights 14 layouts froze the window for a second. From the first
style change to the next turn of the event loop the tree lays out nothing, then once (a list
filled again meanwhile lays its rows out itself: `expandAll`). Its header fitted the columns
at each of those changes too, 44 times over the rows in view (90 ms of the theme's stall):
meanwhile a column keeps its width, and is fitted once with that layout.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeView, QWidget

from reader.ui.highlights.highlights_model import HighlightsModel

# A theme is a palette, then a style sheet: the palette's change comes first.
_RESTYLING = (QEvent.Type.StyleChange, QEvent.Type.PaletteChange)


class HighlightsTree(QTreeView):
    _restyling = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header().setResizeContentsPrecision(0)  # the rows in view
        self._fitted: dict[int, int] = {}  # each column's width as last fitted
        self._held: dict[int, int] = {}  # the widths kept while restyling: as fitted before it

    def sizeHintForColumn(self, column: int) -> int:
        if column in self._held:
            return self._held[column]  # fitted again when the style has settled (`_restyled`)
        self._fitted[column] = self._fit(column)
        return self._fitted[column]

    def _fit(self, column: int) -> int:
        model = self.model()
        fitted = super().sizeHintForColumn(column)
        if not isinstance(model, HighlightsModel):
            return fitted
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        texts, decorated = model.widest(column)
        if decorated:
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        for text in texts:
            option.text = text
            fitted = max(fitted, self.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self).width())
        return fitted

    def event(self, event: QEvent) -> bool:
        if event.type() in _RESTYLING and not self._restyling:
            self._restyling = True
            self._held = dict(self._fitted)
            QTimer.singleShot(0, self, self._restyled)
        return super().event(event)

    def doItemsLayout(self) -> None:
        if not self._restyling:
            super().doItemsLayout()

    def _restyled(self) -> None:
        self._restyling, self._held = False, {}
        self.doItemsLayout()

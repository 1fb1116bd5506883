"""All highlights' tree view: columns fitted without reading every row, the quotes given the
larger share of the width, and one layout when the theme changes rather than one a restyle.

The quote and its annotation shared the width evenly: at 1366 px a quote was cut after 70
letters ("Düsseldorf. Es war der Technologiekonzern Microsoft, der dem japanischen Premier…")
beside an annotation column mostly blank ("Ask client about data centre exposure"). A quote is
a sentence or two, an annotation a few words: the annotation column takes a third of what the
two share (at least its title), the quote the rest.

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

from reader.ui.highlights.highlights_model import (
    ANNOTATION_COLUMN,
    LABEL_COLUMN,
    PARAGRAPH_COLUMN,
    SOURCE_COLUMN,
    HighlightsModel,
)

ANNOTATION_SHARE = 3  # the annotation column takes a third of the width quote and annotation share
TEXT_SHARE_LEAST = 40  # % of the width the quote and annotation keep where the Source column is shown

# A theme is a palette, then a style sheet: the palette's change comes first.
_RESTYLING = (QEvent.Type.StyleChange, QEvent.Type.PaletteChange)


class HighlightsTree(QTreeView):
    _restyling = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header().setResizeContentsPrecision(0)  # the rows in view
        self._fitted: dict[int, int] = {}  # each column's width as last fitted
        self._held: dict[int, int] = {}  # the widths kept while restyling: as fitted before it
        self.header().sectionResized.connect(self._other_column_resized)

    def share_text_columns(self) -> None:
        """The annotation column a third of what the quote (which stretches) and it share."""
        header = self.header()
        if header.count() <= ANNOTATION_COLUMN or self.isColumnHidden(ANNOTATION_COLUMN):
            return
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c not in (0, ANNOTATION_COLUMN) and not self.isColumnHidden(c))  # fmt: skip
        title = header.sectionSizeFromContents(ANNOTATION_COLUMN).width()
        header.resizeSection(ANNOTATION_COLUMN, max(title, (self.viewport().width() - others) // ANNOTATION_SHARE))

    def _other_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in (0, ANNOTATION_COLUMN):  # the label or ¶ fitted to rows anew
            self.share_text_columns()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.share_text_columns()
        return super().viewportEvent(event)

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
        return min(fitted, self._source_room()) if column == SOURCE_COLUMN else fitted

    def _source_room(self) -> int:
        """The most the Source column takes: what leaves the quote and its annotation two
        fifths of the width (at least its title). Fitted to its longest titles beside the docked
        composer it took 488 px of 693, behind a horizontal scroll bar, the quotes cut to a word
        or two; without the composer the titles have room (a 1,200 px view holds a 488 px one)
        and are as before. A title cut here ends in "…"."""
        header = self.header()
        fixed = sum(header.sectionSize(c) for c in (LABEL_COLUMN, PARAGRAPH_COLUMN) if not self.isColumnHidden(c))
        title = header.sectionSizeFromContents(SOURCE_COLUMN).width()
        width = self.viewport().width()
        return max(title, width - fixed - width * TEXT_SHARE_LEAST // 100)

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

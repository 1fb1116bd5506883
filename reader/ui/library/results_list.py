"""The library pane's search results as a list view: what takes the source list's place while
there is text in the search box.

It announces a result with `opened` when the user moves onto it, clicks it again or presses
Enter on it (going back to its hit after scrolling away), and can put the user back on the
result they were on after the results are run again, without announcing it: re-selecting must
not re-open the result and scroll the article away from where the user is writing.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from reader.core.search import SearchResult
from reader.ui.library.search_results import ResultRole, SearchResultDelegate, SearchResultsModel

# A result as the user knows it across a re-run: its source, where it hit, and what it hit.
ResultKey = tuple[int, str, int]


def _key(result: SearchResult) -> ResultKey:
    return result.source_id, result.where, result.ref_id


class ResultsList(QListView):
    opened = Signal(object)  # SearchResult

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setAccessibleName(self.tr("Search results"))
        self.results = SearchResultsModel(self)
        self.setModel(self.results)
        self.setItemDelegate(SearchResultDelegate(self))
        self.setUniformItemSizes(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.selectionModel().currentChanged.connect(lambda index, _previous: self._open(index))
        self.activated.connect(self._open)
        self.clicked.connect(self._open)

    def current_key(self) -> ResultKey | None:
        result = self.currentIndex().data(ResultRole)
        return _key(result) if isinstance(result, SearchResult) else None

    def reselect(self, key: ResultKey | None) -> None:
        """Make the result `key` current again, silently; nothing when it is gone."""
        for row in range(self.results.rowCount() if key is not None else 0):
            found = self.results.result(row)
            if found is not None and _key(found) == key:
                selection = self.selectionModel()
                selection.blockSignals(True)
                selection.setCurrentIndex(self.results.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
                selection.blockSignals(False)
                self.scrollTo(self.results.index(row))  # the results were reset to their top
                self.viewport().update()
                return

    def follow(self, source_id: int) -> None:
        """A source opened from elsewhere (the timeline, a story, Entities) while the results
        show: its first result becomes current, silently, or none when it has none. The list
        went on marking the result opened before as if it were open, and J moved on from there."""
        current = self.currentIndex().data(ResultRole)
        if isinstance(current, SearchResult) and current.source_id == source_id:
            return
        selection = self.selectionModel()
        selection.blockSignals(True)
        try:
            selection.clear()
            for row in range(self.results.rowCount()):
                found = self.results.result(row)
                if found is not None and found.source_id == source_id:
                    selection.setCurrentIndex(self.results.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
                    self.scrollTo(self.results.index(row))
                    break
        finally:
            selection.blockSignals(False)
        self.viewport().update()

    def open_first(self) -> None:
        """Enter in the search box: the focus comes here, on the best result (which opens)."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.results.rowCount():
            self.setCurrentIndex(self.results.index(0))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The focus coming here opens nothing: Qt makes the first row current when none is,
        and that opened it. The window gives this list the focus as it starts, and the focus
        arrives only once the platform makes the window active: a search typed before then (its
        results with none current) had its first result opened and marked, and a restored search
        whose results hold no row of the reopened source (`ScopeMemory.restore`) replaced that
        source by its first result. ↓ or J still start at the first row."""
        had_current = self.currentIndex().isValid()
        with QSignalBlocker(self.selectionModel()):
            super().focusInEvent(event)
            if not had_current:
                self.selectionModel().clearCurrentIndex()
        self.viewport().update()

    def _open(self, index: QModelIndex) -> None:
        result = index.data(ResultRole) if index.isValid() else None
        if isinstance(result, SearchResult):
            self.opened.emit(result)

"""The library's search box and sort order: side by side, or one over the other when the pane
is too narrow for both whole.

Seen at 1280 × 720 with 125 % scaling and 1920 × 1080 with 200 % (1024 and 960 logical pixels
wide): the pane's row shared its width evenly and read "Durchsuch…" beside "Zuletzt …", the sort
order unreadable. Below the width both need whole, the sort order goes under the search box.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QBoxLayout, QComboBox, QLineEdit

# What a field adds to its text: the frame and padding of the style sheet, the line edit's clear
# button, the combo box's arrow.
SEARCH_CHROME, SORT_CHROME = 44, 40


class SearchRow(QBoxLayout):
    def __init__(self, search: QLineEdit, sort: QComboBox) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight)
        self._search, self._sort = search, sort
        self.setContentsMargins(10, 10, 10, 4)
        self.setSpacing(6)
        self.addWidget(search, 1)
        self.addWidget(sort, 1)

    def whole_width(self) -> int:
        """The width the row needs for the placeholder and the longest sort order whole."""
        search = self._search.fontMetrics().horizontalAdvance(self._search.placeholderText()) + SEARCH_CHROME
        metrics = self._sort.fontMetrics()
        sort = max((metrics.horizontalAdvance(self._sort.itemText(i)) for i in range(self._sort.count())),
                   default=0) + SORT_CHROME  # fmt: skip
        margins = self.contentsMargins()
        return search + sort + self.spacing() + margins.left() + margins.right()

    def setGeometry(self, rect: QRect) -> None:
        wanted = (QBoxLayout.Direction.LeftToRight if rect.width() >= self.whole_width()
                  else QBoxLayout.Direction.TopToBottom)  # fmt: skip
        if wanted != self.direction():
            self.setDirection(wanted)  # lays the row out again, in the new direction
        super().setGeometry(rect)

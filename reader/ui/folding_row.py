"""A row of filters in two halves that goes onto two lines where one line has no room.

Seen in German at 1024 × 700 with a briefing's composer docked (session 30): All highlights and
the library table each asked for about 830 px for their one row of filters ("Schlagwort",
"Kategorie", "Medium", "Erschienen" and their lists), the composer for 256 more, and the window
grew to 1,107 px, past the screen — the composer's buttons cut off at its edge. The row now asks
only for its wider half; narrower than both halves side by side, the second half goes under the
first. Whether it folds depends on the width alone (the halves' minimum widths), so it does not
flicker as a list's entries change.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QWidget


class FoldingRow(QWidget):
    """`first` and `second` (horizontal layouts to fill) side by side, or `second` under
    `first` when the row is narrower than both need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first, self.second = QHBoxLayout(), QHBoxLayout()
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addLayout(self.first, 1)
        self._box.addLayout(self.second, 1)

    def folded(self) -> bool:
        return self._box.direction() is QBoxLayout.Direction.TopToBottom

    def one_line(self) -> int:
        """The width both halves need side by side."""
        return self.first.minimumSize().width() + self._box.spacing() + self.second.minimumSize().width()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the wider half: the row folds rather than widen the window."""
        widest = max(self.first.minimumSize().width(), self.second.minimumSize().width())
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        direction = QBoxLayout.Direction.LeftToRight if self.width() >= self.one_line() else QBoxLayout.Direction.TopToBottom
        if self._box.direction() is not direction:
            self._box.setDirection(direction)

"""The heading over an entity's mentions and its "Show sources in library" button, on one line
when they fit and the button under the heading when they do not.

Beside the docked briefing composer in a 1024 px window the mentions get about 230 px: the
heading, wrapped beside the button, took four lines ("United / States / (Place): / 120
mentions") and pushed the mentions down. It is now one line, cut with "…" when even a line
of its own is too short, the whole of it in its tooltip; it never asks for more width, so a
long name does not widen the window either (why it used to wrap).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from reader.ui.one_ellipsis import elided


class ElidedLabel(QLabel):
    """A one-line label that shows as much of its text as fits, ending in "…" (the whole text
    is `full_text()` and, while it is cut, the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def full_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 2

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.width() - 2 * self.margin() - 2
        shown = elided(self.fontMetrics(), self._full, max(0, room))
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class MentionHeading(QWidget):
    """The heading and the button side by side, or the button under the heading when the two
    do not fit on one line."""

    def __init__(self, heading: ElidedLabel, button: QPushButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading, self.button = heading, button
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(heading, 1)
        self._row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def folded(self) -> bool:
        return self._row.direction() is QBoxLayout.Direction.TopToBottom

    def fit(self) -> None:
        """One line when the whole heading fits beside the button; else the button under it."""
        beside = self.heading.full_width() + self._row.spacing() + self.button.sizeHint().width()
        direction = QBoxLayout.Direction.LeftToRight if beside <= self.width() else QBoxLayout.Direction.TopToBottom
        if self._row.direction() is not direction:
            self._row.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

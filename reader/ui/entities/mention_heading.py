"""The heading over an entity's mentions: one line, cut with "…" where it does not fit, the
whole of it in its tooltip.

Beside the docked briefing composer in a 1024 px window the mentions get about 250 px: the
heading, wrapped, took four lines ("United / States / (Place): / 120 mentions") and pushed the
mentions down. It is one line and never asks for more width, so a long name does not widen
the window either (why it used to wrap). It has the mentions' width to itself — "Show sources
in library" stands under the mentions: beside the button a long name was cut at 1366 px
("Bundesamt für Wirtschaft und Aus… (Organisation): 2 Erwähnungen"), and where the button
went under the heading by the width, the mentions moved down a line.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from reader.ui.one_ellipsis import elided


class ElidedLabel(QLabel):
    """A one-line label that shows as much of its text as fits, ending in "…" (the whole text
    is `full_text()` and, while it is cut, the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = self._name = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str, name: str = "") -> None:  # noqa: N802 - Qt's name
        """`name`, a part of `text`, is where a cut falls first: "Vereinigte St… (Ort): 58
        Erwähnungen" keeps what the heading says of the name (a count cut to "58 Erw…" said
        nothing)."""
        self._full, self._name = text, name if name in text else ""
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin() - 2  # inside the style sheet's padding
        metrics = self.fontMetrics()
        shown = elided(metrics, self._full, max(0, room))
        if shown != self._full and self._name:
            before, _, after = self._full.partition(self._name)
            name_room = room - metrics.horizontalAdvance(before + after)
            if name_room >= metrics.horizontalAdvance(self._name[:3] + "…"):  # a few letters of it
                shown = before + elided(metrics, self._name, name_room) + after
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")

"""A wrapping label whose text may hold a file path: the path is kept whole where it fits, and
else goes on a line of its own, shortened in the middle (its start and its last folder seen).

Seen in the docked composer at 1024 px: "Die Datei liegt in /" on one line and "tmp/…" on the
next, as word wrap broke the path after its first separator. The whole path stays in the
label's `text()` (what callers and the tooltip work with); only what is painted is shortened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from reader.ui.one_ellipsis import elided


class PathLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)  # a long file name must not widen the dock
        self._text, self._path = "", ""

    def setText(self, text: str, path: str = "") -> None:  # the path is optional
        """Show `text`; `path`, where it is part of it, is fitted as said above."""
        self._text, self._path = text, path
        super().setText(self.shown_text())

    def text(self) -> str:  # the message as said, its path whole
        return self._text

    def shown_text(self) -> str:
        """The text as painted at the label's width."""
        if not self._path or self._path not in self._text:
            return self._text
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = max(40, self.width() - margins.left() - margins.right() - 2 * self.margin() - 2)
        lines = []
        for line in self._text.split("\n"):
            if self._path in line and metrics.horizontalAdvance(line) > width:
                head = line.replace(self._path, "").rstrip()
                path = elided(metrics, self._path, width, Qt.TextElideMode.ElideMiddle)
                line = f"{head}\n{path}" if head else path
            lines.append(line)
        return "\n".join(lines)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._path:
            shown = self.shown_text()
            if shown != super().text():
                super().setText(shown)

"""A QTextBrowser for untrusted text: it loads nothing and follows no link by itself.

Article text and notes come from outside. The browser refuses every resource (a remote image
is a tracking beacon; a local path reads the user's files), and a click on a link only asks:
http(s) and mailto open in the system's browser or mail client, app-internal links go to
`internal_link_clicked`, anything else is refused and logged.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractSlider, QTextBrowser, QWidget

from reader.core.render import is_safe_link

log = logging.getLogger(__name__)

INTERNAL_SCHEME = "reader"


def open_external(url: QUrl) -> bool:
    """Open a safe link the user clicked in the system's handler; refuse anything else."""
    text = url.toString()
    if url.scheme().lower() not in ("http", "https", "mailto") or not is_safe_link(text):
        log.warning("refused to open link %r", text[:200])
        return False
    return QDesktopServices.openUrl(url)


class InertBrowser(QTextBrowser):
    internal_link_clicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 - Qt's signature
        """Nothing from outside the app: no images, no style sheets, no files."""
        if QUrl(name).scheme() == "qrc":
            return super().loadResource(type, name)
        return None

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == INTERNAL_SCHEME:
            self.internal_link_clicked.emit(url)
        else:
            open_external(url)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Ctrl+Home / Ctrl+End go to the top and the bottom, as in every Qt text view: without
        a caret (the composer's preview) Qt scrolls by Page Up/Down and plain Home/End only, and
        these did nothing. A view with a caret (the article) moves it there itself. Asked as
        the platform's start/end of the document, not Ctrl exactly: the keypad's keys come with
        the keypad modifier too, and macOS's are Cmd+↑/↓."""
        caret = self.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
        keys = QKeySequence.StandardKey
        for key, end in ((keys.MoveToStartOfDocument, QAbstractSlider.SliderAction.SliderToMinimum),
                         (keys.MoveToEndOfDocument, QAbstractSlider.SliderAction.SliderToMaximum)):  # fmt: skip
            if not caret and event.matches(key):
                self.verticalScrollBar().triggerAction(end)
                return event.accept()
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """An empty browser's placeholder wraps over the whole view: Qt draws it in the empty
        document's one line, so the note preview's German hint ended "Schreiben Sie eine unter"."""
        if not self.document().isEmpty() or not self.placeholderText():
            super().paintEvent(event)
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        margin = self.document().documentMargin()
        area = QRectF(self.viewport().rect()).adjusted(margin, margin, -margin, -margin)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), self.placeholderText())

"""Files dragged over the window: where they can be dropped is shown, and a drop imports them.

The window took drops before, but nothing changed while a file manager's files hovered over it,
so a user could not tell whether letting go would import them. While a drag the importer takes
is over the window, the library pane (where the articles will appear; the window's middle
while the pane is set aside) is tinted and framed in the accent colour, "Drop to import" on it.
Qt ends every drag over the window with a leave or a drop event, so the mark goes with either.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.ui.library.importing import ImportController

FRAME_WIDTH = 3
TINT_ALPHA = 40  # of 255: the pane's rows stay readable under it


class DropMark(QWidget):
    """The tint, frame and line laid over the pane a drop goes to; mouse events pass through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.line = QLabel(self.tr("Drop to import"), self)
        self.line.setObjectName("dropLine")
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.line.setAutoFillBackground(True)  # the window's colour, so the line reads on any pane
        self.line.setBackgroundRole(QPalette.ColorRole.Window)
        self.line.setMargin(12)
        font = self.line.font()
        font.setBold(True)
        self.line.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line, 0, Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def cover(self, target: QWidget) -> None:
        """Lie over `target`, on top of its children."""
        if self.parentWidget() is not target:
            self.setParent(target)
        self.setGeometry(target.rect())
        self.raise_()
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        tint = QColor(accent)
        tint.setAlpha(TINT_ALPHA)
        painter = QPainter(self)
        painter.fillRect(self.rect(), tint)
        painter.setPen(QPen(accent, FRAME_WIDTH))
        inset = FRAME_WIDTH // 2
        painter.drawRect(self.rect().adjusted(inset, inset, -inset - 1, -inset - 1))
        painter.end()


class DropZone(QObject):
    """Watches the window's drag events: marks the drop target while a drag the importer takes
    is over it, and hands the drop to the importer."""

    def __init__(
        self, window: QWidget, library: QWidget, middle: QWidget, importer: ImportController
    ) -> None:
        """`middle` is marked instead of `library` while the pane is set aside (a full-width mode,
        the composer docked in a narrow window)."""
        super().__init__(window)
        self._library = library
        self._middle = middle
        self._importer = importer
        self.mark = DropMark(library)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if self._importer.accepts_drop(event.mimeData()):
                event.acceptProposedAction()
                self.mark.cover(self._library if self._library.isVisible() else self._middle)
            return True
        if kind == QEvent.Type.DragLeave:
            self.mark.hide()
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            self.mark.hide()
            if self._importer.accepts_drop(event.mimeData()):
                event.acceptProposedAction()
                self._importer.drop(event.mimeData())
            return True
        return super().eventFilter(watched, event)

"""Files dragged over the window: where they can be dropped is shown, and a drop imports them.

The window took drops before, but nothing changed while a file manager's files hovered over it,
so a user could not tell whether letting go would import them. While a drag the importer takes
is over the window, the library pane (where the articles will appear; the window's middle
while the pane is set aside) is tinted and framed in the accent colour, "Drop to import" on it.
Qt ends every drag over the window with a leave or a drop event, so the mark goes with either.

Every colour comes from the pane's palette, so the mark follows the theme (the app's dark one, a
dark system palette under Fusion): the line sits on the window colour in the window's ink, in a
box framed like the pane. The frame is the accent, moved toward the ink where the accent alone
is under 3:1 against the list (the dark theme's blue on its dark base was 2.8:1, and the line's
dark box on the dark list had no edge one could see).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.ui.library.importing import ImportController
from reader.ui.theme import mix, toward_contrast

FRAME_WIDTH = 3
LINE_FRAME_WIDTH = 2
TINT_ALPHA = 40  # of 255: the pane's rows stay readable under it
EDGE_CONTRAST = 3.0  # WCAG's least for a control's edge against what is around it


def edge_colour(palette: QPalette) -> QColor:
    """The accent, mixed toward the ink until it stands 3:1 against the tinted list."""
    accent, ink = palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.WindowText)
    ground = mix(palette.color(QPalette.ColorRole.Base), accent, TINT_ALPHA / 255)
    return toward_contrast(accent, ink, ground, EDGE_CONTRAST)


class DropMark(QWidget):
    """The tint, frame and line laid over the pane a drop goes to; mouse events pass through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.line = QLabel(self.tr("Drop to import"), self)
        self.line.setObjectName("dropLine")
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.line.setForegroundRole(QPalette.ColorRole.WindowText)  # on the box `paintEvent` fills
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
        palette = self.palette()
        edge = edge_colour(palette)
        tint = QColor(palette.color(QPalette.ColorRole.Highlight))
        tint.setAlpha(TINT_ALPHA)
        painter = QPainter(self)
        painter.fillRect(self.rect(), tint)
        painter.setPen(QPen(edge, FRAME_WIDTH))
        inset = FRAME_WIDTH // 2
        painter.drawRect(self.rect().adjusted(inset, inset, -inset - 1, -inset - 1))
        # The line's box: the window colour (its ink's ground in every palette), framed.
        painter.setPen(QPen(edge, LINE_FRAME_WIDTH))
        painter.setBrush(palette.color(QPalette.ColorRole.Window))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawRoundedRect(self.line.geometry().adjusted(-1, -1, 1, 1), 4, 4)
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

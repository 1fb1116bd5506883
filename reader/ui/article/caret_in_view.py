"""The article's caret by keyboard: it starts where the reader is, and never rests in a gap.

Reading by keyboard, the page moves with Space, the mouse wheel or the scroll bar, which leave
the text caret where it was — often at the top of the article. The next Shift+arrow (to select
words and press 1–5) then selected from there and the view jumped back up, the reading place
lost. As in a browser's caret browsing, a key that moves the caret first brings it to the
first line in view when it is out of view; with the caret in view, nothing changes.

Between two blocks the document has a blank line of its own, an empty short paragraph (the
"\\n\\n" of the reading text, see `document`). `Down` from a paragraph's last line put the caret
there: drawn at the next paragraph's start, where `Shift+End` then selected nothing and `1`
relabelled the highlight selected before instead of marking the line. `Up` and `Down` (with
`Shift` too) now go on through such a line to the text beyond it.

The header (title, teaser, byline) sits in the document's top margin, above the first line:
`Ctrl+Home` from further down brought that line to the top edge and left the header out of
view. It now shows the top of the page, as a browser's does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTextEdit

MOVES = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End}
_LINES = {Qt.Key.Key_Up, Qt.Key.Key_Down}


class CaretInView(QObject):
    """Installed on the article view; see the module docstring."""

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in MOVES and not event.modifiers() & Qt.KeyboardModifier.AltModifier):  # fmt: skip
            self.bring_caret_into_view()
            if event.key() in _LINES and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
                self._move_past_gaps(event)
                return True
            if event.key() == Qt.Key.Key_Home and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._view.keyPressEvent(event)
                self._view.verticalScrollBar().setValue(0)
                return True
        return False

    def _move_past_gaps(self, event: QKeyEvent) -> None:
        """Move a line as the view does, again while the caret lands in a blank line (the view's
        own moves keep the column the caret came from)."""
        view = self._view
        while True:
            before = view.textCursor().position()
            view.keyPressEvent(event)
            cursor = view.textCursor()
            if cursor.position() == before or cursor.block().length() > 1:
                return

    def bring_caret_into_view(self) -> None:
        """Put the caret at the start of the first line in view if it is out of view (a
        selection out of view is left alone: the reader may be extending it)."""
        view = self._view
        cursor = view.textCursor()
        if cursor.hasSelection() or view.viewport().rect().intersects(view.cursorRect(cursor)):
            return
        top = view.cursorForPosition(QPoint(0, 0))
        if view.cursorRect(top).top() < 0:  # the line cut at the top edge: start on the next one
            top.movePosition(top.MoveOperation.Down)
            top.movePosition(top.MoveOperation.StartOfLine)
        view.setTextCursor(top)

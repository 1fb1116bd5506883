"""A plain-text editor that saves after a pause in typing and whenever it loses focus.

The annotation and note editors both want "save soon, and certainly before the user looks
away": a single-shot timer restarted by each keystroke, plus focus-out, plus `flush()` for the
window to call before switching sources or quitting. Undo and Redo typed in the editor save at
once: they are no typing to wait out, and the briefing composer's preview lagged 0.8 s behind them.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget


def alt_letter(event: QKeyEvent) -> bool:
    """Whether `event` is Alt with a letter or digit no shortcut took: on Linux Qt types the
    letter, so Alt+R, the letter of a control on the window's other side, put an "r" into the
    briefing's heading ("rWarum es zählt"). AltGr (another modifier there, Ctrl+Alt on Windows)
    and macOS's Option, which types "@" and "€" on a German keyboard, still type."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (sys.platform != "darwin" and modifiers in (Qt.KeyboardModifier.AltModifier,
                                                       Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
            and event.text().isalnum())  # fmt: skip


class FlushingEdit(QPlainTextEdit):
    save_due = Signal()  # a pause in typing, focus left, or flush(): save if anything changed

    def __init__(self, delay_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_due)
        self.textChanged.connect(self._typed)
        self._loading = False
        self._held_placeholder = ""  # a library open read-only: why nothing can be typed here

    def load(self, text: str) -> None:
        """Replace the text without it counting as an edit (no save is scheduled)."""
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        self._timer.stop()

    def hold_placeholder(self, text: str) -> None:
        """Show `text` whenever the editor is empty, whatever placeholder its owner sets later
        ("Your comment on this passage…" invited typing into a read-only library)."""
        self._held_placeholder = text
        super().setPlaceholderText(text)

    def setPlaceholderText(self, text: str) -> None:
        super().setPlaceholderText(self._held_placeholder or text)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        self._timer.stop()
        self.save_due.emit()

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if alt_letter(event):
            event.accept()  # no control's letter, and nothing to type
            return
        super().keyPressEvent(event)
        keys = QKeySequence.StandardKey
        if (event.matches(keys.Undo) or event.matches(keys.Redo)) and self._timer.isActive():
            self.flush()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._timer.isActive():
            self.flush()

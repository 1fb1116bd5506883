"""A plain-text editor that saves after a pause in typing and whenever it loses focus.

The annotation and note editors both want "save soon, and certainly before the user looks
away": a single-shot timer restarted by each keystroke, plus focus-out, plus `flush()` for the
window to call before switching sources or quitting. Undo and Redo typed in the editor save at
once: they are no typing to wait out, and the briefing composer's preview lagged 0.8 s behind them.

Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) are the editor's while it has typing of its own to take back or
bring back, and otherwise the window's Edit ▸ Undo and Redo, so pressing Ctrl+Z again goes on
through the window's steps. Qt's editor took every Ctrl+Z: after Edit ▸ Undo reloaded the text
(which empties the editor's own history) the key did nothing at all. What the editor holds of
its own is only the typing not saved yet (`typing_saved`): a saved burst is a window step, and
undone once in the editor and once more by the window it came back ("Hallo" gone, then there).
Redo goes back the way Undo came: typing undone here, then window steps undone after it (by
Ctrl+Z here or anywhere, or Edit ▸ Undo with the mouse), are redone window steps first
(`_undone_at`), else the typing, saved as a new step, took the window's Redo away. Counting
only the keys pressed here missed the menu's Undo: the tag undone with the mouse lost its Redo.
Typing undone here outlives the window's reload of the text below it (`_redone`): redone by
the window, that text gets its Redo back. Edit ▸ Undo and Redo chosen with the mouse do what the
keys do here (`own`, `take`, `typing_name`): the menu's Redo could not bring back typing Ctrl+Z
had taken back here, and the menu named (or was greyed out for) the window's step instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QTextDocument, QUndoStack
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from reader.ui.article.utf16 import Utf16Map


def alt_letter(event: QKeyEvent) -> bool:
    """Whether `event` is Alt with a letter or digit no shortcut took: on Linux Qt types the
    letter, so Alt+R, the letter of a control on the window's other side, put an "r" into the
    briefing's heading ("rWarum es zählt"). AltGr (another modifier there, Ctrl+Alt on Windows)
    and macOS's Option, which types "@" and "€" on a German keyboard, still type."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (sys.platform != "darwin" and modifiers in (Qt.KeyboardModifier.AltModifier,
                                                       Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
            and event.text().isalnum())  # fmt: skip


class History(Enum):
    UNDO = "undo"
    REDO = "redo"


_REDO_TOO = QKeySequence("Ctrl+Shift+Z")  # the window's Redo on every platform (Windows' is Ctrl+Y)


def history_key(event: QKeyEvent) -> History | None:
    """Whether `event` is the key of Undo or of Redo, as the window's Edit menu binds them."""
    if event.matches(QKeySequence.StandardKey.Undo):
        return History.UNDO
    if event.matches(QKeySequence.StandardKey.Redo) or QKeySequence(event.keyCombination()) == _REDO_TOO:
        return History.REDO
    return None


def _changed_until(before: str, after: str) -> int:
    """Where the part of `after` that differs from `before` ends (the words brought back end)."""
    same_start = len(os.path.commonprefix([before, after]))
    same_end = len(os.path.commonprefix([before[same_start:][::-1], after[same_start:][::-1]]))
    return len(after) - same_end


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
        self._steps: QUndoStack | None = None  # the window's undo (`follow`)
        self._name: Callable[[], str] = str  # the step the typing here is saved as (`follow`)
        # Where the window's undo stood when typing was last undone here: while it stands below,
        # steps were undone after the typing and Redo takes them first (none left to redo, as
        # after a new step, Redo is the typing's again: `own`).
        self._undone_at = 0
        self._parked: tuple[str, str] | None = None  # typing undone here, past a reload (`_redone`)
        self.losing_focus = False  # the save due is focus-out's: a click elsewhere, its move to come
        self.redoAvailable.connect(self._undone_here)  # Ctrl+Z here, or Undo in its context menu

    def load(self, text: str, *, at_change: bool = False, undone: tuple[str, str] | None = None) -> None:
        """Replace the text without it counting as an edit (no save is scheduled). `at_change`:
        the same place's text changed (Ctrl+Z taken by the window, another program): the cursor
        goes where it changed, as an editor's own undo puts it, not up to the top of the note.
        `undone`: what `undone()` gave when this place was last left, brought back to Redo."""
        before = self.toPlainText()
        parked = self._redone() if at_change else None
        waiting = self._parked if at_change else undone
        self._loading = True
        try:
            self.setPlainText(text)
            if waiting is not None and waiting[0] == text:
                self._unpark(*waiting)
        finally:
            self._loading = False
        self._parked = parked or waiting
        self._timer.stop()
        if at_change:
            cursor = self.textCursor()
            cursor.setPosition(Utf16Map(text).to_qt(_changed_until(before, text)))  # an emoji is two
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

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

    def _redone(self) -> tuple[str, str] | None:
        """(the text, the text all Redo here brings back) while typing undone here can be
        redone; reloading the text empties Qt's history, and Ctrl+Z going on past that typing
        to the saved text below it lost it for good: redone by the window, " Welt" never came."""
        document = self.document()
        if not document.isRedoAvailable():
            return None
        before, steps = self.toPlainText(), 0
        self._loading = True
        try:
            while document.isRedoAvailable():
                document.redo()
                steps += 1
            redone = self.toPlainText()
            for _ in range(steps):
                document.undo()
        finally:
            self._loading = False
        return before, redone

    def undone(self) -> tuple[str, str] | None:
        """Typing undone here that Redo can still bring back, as `_redone` gives it, whether in
        Qt's history or parked past a reload: kept by the owner while another place is shown."""
        return self._redone() or self._parked

    def _unpark(self, text: str, redone: str) -> None:
        """Give the editor, now showing `text` again, its Redo to `redone` back (one step)."""
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(redone)
        self.document().undo()

    def follow(self, steps: QUndoStack, name: Callable[[], str]) -> None:
        """Undo and Redo with nothing of the editor's own go on as the window's `steps`; `name`
        is the step the typing here is saved as ("Edit summary note on “…”"), which the menu's
        Undo and Redo say while they take back or bring back typing not saved yet."""
        self._steps, self._name = steps, name

    def follows(self, steps: QUndoStack) -> bool:
        """Whether Undo and Redo here go on as `steps` (the window's whose menu asks)."""
        return self._steps is steps

    def typing_name(self) -> str:
        return self._name()

    def _undone_here(self, redo_available: bool) -> None:
        if redo_available and not self._loading and self._steps is not None:
            self._undone_at = self._steps.index()

    def told(self) -> None:
        """The save was just tried and its failure told (a move refused on a full disk): the
        pause's save waits for the next key, not a second box over the first."""
        self._timer.stop()

    def _typed(self) -> None:
        if not self._loading:
            self._parked = None  # typed over: what was undone is no longer Redo's
            self._timer.start()

    def typing_saved(self) -> None:
        """The typing was written as a step of the window's undo: Ctrl+Z reaches it there now,
        not here. Only the editor's Undo goes; what was undone here, not saved, Redo still brings."""
        self.document().clearUndoRedoStacks(QTextDocument.Stacks.UndoStack)

    def own(self, key: History) -> bool:
        """Whether Undo or Redo has something of this editor's own to take: typing not yet
        saved, or typing undone here, once the window's steps undone after it are redone or a
        new step took their Redo away. Edit ▸ Redo asks this too: left to the key's fallback
        (the window's Redo disabled), a new step greyed out the menu's Redo over the typing."""
        document = self.document()
        if key is History.UNDO:
            return document.isUndoAvailable()
        steps = self._steps
        undone_after = steps is not None and steps.canRedo() and steps.index() < self._undone_at
        return document.isRedoAvailable() and not undone_after  # else the window's step first

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            key = history_key(event)
            if key is not None and self.own(key):
                event.accept()  # typed here: Ctrl+Shift+Z too, where Qt's editor knows only Ctrl+Y
                return True
            if key is not None:  # the window's Edit ▸ Undo / Redo (with no step, the key comes here)
                event.ignore()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if alt_letter(event):
            event.accept()  # no control's letter, and nothing to type
            return
        key = history_key(event)
        if key is None:
            super().keyPressEvent(event)
            return
        event.accept()
        self.take(key)

    def take(self, key: History) -> None:
        """Undo or Redo here, by its key or by the menu: saved at once, no typing to wait out."""
        (self.undo if key is History.UNDO else self.redo)()
        if self._timer.isActive():
            self.flush()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._timer.isActive():
            self.losing_focus = True
            try:
                self.flush()
            finally:
                self.losing_focus = False

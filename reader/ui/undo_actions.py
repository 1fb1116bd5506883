"""Edit ▸ Undo and Redo, named after the step they take back or do again.

Qt's own `createUndoAction(parent, prefix)` glues the prefix and the step's name with a space:
"Undo Edit metadata" reads well, "Rückgängig Metadaten bearbeiten" does not. Here the whole
label is one translatable phrase ("&Undo %1", in German "&Rückgängig: %1"), so each language
puts the step where its grammar wants it.

Both do what Ctrl+Z and Ctrl+Shift+Z do where the focus is: in the note, an annotation or a
briefing's text with typing of its own to take back or bring back (`FlushingEdit.own`), that
typing, named as the step it is saved as; else the window's step. With the window's steps
only, Edit ▸ Redo chosen with the mouse was greyed out over typing Ctrl+Z had just taken back.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from reader.ui.flushing_edit import FlushingEdit, History
from reader.ui.session import Session

# (nothing to name, naming the step %1); context MainWindow, where "&Undo" was first written.
# PySide6's stub types QT_TRANSLATE_NOOP as returning object; it returns its message (a str).
UNDO: tuple[str, str] = (QT_TRANSLATE_NOOP("MainWindow", "&Undo"), QT_TRANSLATE_NOOP("MainWindow", "&Undo %1"))  # type: ignore[assignment]
REDO: tuple[str, str] = (QT_TRANSLATE_NOOP("MainWindow", "&Redo"), QT_TRANSLATE_NOOP("MainWindow", "&Redo %1"))  # type: ignore[assignment]
# What the status bar says after the step was taken (the last message may describe the step).
UNDONE: str = QT_TRANSLATE_NOOP("MainWindow", "Undone: %1")  # type: ignore[assignment]
REDONE: str = QT_TRANSLATE_NOOP("MainWindow", "Redone: %1")  # type: ignore[assignment]


def label(texts: tuple[str, str], step: str) -> str:
    """The action's label in the window's language: bare, or naming `step`."""
    bare, naming = (QCoreApplication.translate("MainWindow", text) for text in texts)
    return naming.replace("%1", step) if step else bare


class StepAction(QAction):
    """An action naming the step it takes; its own slot, so Qt drops the connection with it."""

    def __init__(self, texts: tuple[str, str], step: str, parent: QObject) -> None:
        super().__init__(parent)
        self._texts = texts
        self.name_step(step)

    @Slot(str)
    def name_step(self, step: str) -> None:
        self.setText(label(self._texts, step))

    def bare_text(self) -> str:
        """The command without a step: "&Undo" (what Help ▸ Keyboard shortcuts lists)."""
        return label(self._texts, "")


def undo_actions(session: Session, parent: QObject, say: Callable[[str], None],
                 flush: Callable[[], None] = lambda: None) -> tuple[QAction, QAction]:  # fmt: skip
    """(undo, redo): enabled while there is a step to take, their labels naming it; `say` is
    told what was taken ("Undone: Update “ECB …”"), so a status line about the step that was
    just undone does not stay up as if it still held. A step that fails (a full disk) is not
    taken: the session leaves the stack where it was and its error reaches the error box.

    `flush` writes what the text editors hold unsaved first, as a step of its own, which Undo
    then takes back (as in any editor, the typing goes first). Left unsaved, an Undo of the
    highlight or briefing text being typed in took the place away under the typing: the
    annotation was written onto the removed highlight, its step pushed over the Redo, and the
    briefing's text was held as "deleted elsewhere"."""
    history = _History(session, parent, say, flush)
    return history.undo, history.redo


class _History(QObject):
    """The two actions and where they act: the focused editor's own typing, or the window's steps."""

    def __init__(self, session: Session, parent: QObject, say: Callable[[str], None],
                 flush: Callable[[], None]) -> None:  # fmt: skip
        super().__init__(parent)
        self._session, self._stack, self._say, self._flush = session, session.undo_stack, say, flush
        self._editor: FlushingEdit | None = None  # the focused one, whose history signals are followed
        self.undo = StepAction(UNDO, self._stack.undoText(), parent)
        self.redo = StepAction(REDO, self._stack.redoText(), parent)
        self.undo.triggered.connect(lambda: self._take(History.UNDO))
        self.redo.triggered.connect(lambda: self._take(History.REDO))
        for signal in (self._stack.indexChanged, self._stack.undoTextChanged, self._stack.redoTextChanged,
                       self._stack.canUndoChanged, self._stack.canRedoChanged):  # fmt: skip
            signal.connect(self._show)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.undo.setStatusTip(QCoreApplication.translate("MainWindow", "Take back the last change"))
        self.redo.setStatusTip(QCoreApplication.translate("MainWindow", "Make the change taken back again"))
        self._show()

    def _focused(self) -> FlushingEdit | None:
        """The editor Ctrl+Z would reach, if the focus is in one of the window's. A menu open
        over it sends it a focus-out (which saves its typing) but leaves the focus there."""
        widget = QApplication.focusWidget()
        if isinstance(widget, FlushingEdit) and widget.follows(self._stack):
            return widget
        return None

    @Slot(QWidget, QWidget)
    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if not shiboken6.isValid(self._stack):
            # The application outlives the session: a focus change while the window was torn
            # down at Quit asked the session's deleted stack, and the error box that said so
            # moved the focus again, one box after another, and the window never ended.
            return
        editor = self._focused()
        if editor is not self._editor:
            if self._editor is not None:
                self._editor.document().undoAvailable.disconnect(self._show)
                self._editor.document().redoAvailable.disconnect(self._show)
            if editor is not None:
                editor.document().undoAvailable.connect(self._show)
                editor.document().redoAvailable.connect(self._show)
                editor.destroyed.connect(self._gone, Qt.ConnectionType.UniqueConnection)
            self._editor = editor
        self._show()

    @Slot()
    def _gone(self) -> None:
        self._editor = None

    @Slot()
    def _show(self) -> None:
        """Each action enabled and named after what it would take now."""
        if not shiboken6.isValid(self._stack):
            return  # the focused editor's history changing after the session's deletion, as above
        editor = self._focused()
        for action, key, can, text in ((self.undo, History.UNDO, self._stack.canUndo, self._stack.undoText),
                                       (self.redo, History.REDO, self._stack.canRedo, self._stack.redoText)):  # fmt: skip
            own = editor is not None and editor.own(key)
            action.setEnabled(own or can())
            action.name_step(editor.typing_name() if editor is not None and own else text())

    def _take(self, key: History) -> None:
        """The typing not saved yet is saved first (as the menu's opening, a focus-out, saves it):
        Undo then takes that step back. What is still the focused editor's own (typing undone
        there, or typing its focus-out could not save: a full disk, a busy library, a conflict
        bar asking) it takes as its key does there. Typing whose save failed is not tried again
        first: on a full disk that raised the disk's error a second time, and the typing stayed
        where Ctrl+Z took it back."""
        editor = self._focused()
        if editor is None or editor.pending or not editor.own(key):
            self._flush()
        if editor is not None and editor.own(key):
            editor.take(key)
        else:
            take_and_say(self._session, key, self._say)
        self._show()


def take_and_say(session: Session, key: History, say: Callable[[str], None]) -> None:
    """Take back (or do again) the window's last step and say so ("Undone: Restore “…”"), as
    Edit ▸ Undo does: for a dialog the window's shortcuts do not reach (File ▸ Bin…), where a
    bare `session.undo()` left the restore's "Ctrl+Z takes it back" standing after it."""
    if key is History.UNDO:
        _take(session.undo_stack.undoText, session.undo, UNDONE, say)
    else:
        _take(session.undo_stack.redoText, session.redo, REDONE, say)


def _take(step: Callable[[], str], take: Callable[[], bool], said: str, say: Callable[[str], None]) -> None:
    """Take the step and say so; a step the session did not take (dropped as stale when the
    library was changed elsewhere: it says why) is not said to be taken. `step` is named after
    the editors' typing was saved: that may be the step taken."""
    name = step()
    if take() and name:
        say(QCoreApplication.translate("MainWindow", said).replace("%1", name))

"""Edit ▸ Undo and Redo, named after the step they take back or do again.

Qt's own `createUndoAction(parent, prefix)` glues the prefix and the step's name with a space:
"Undo Edit metadata" reads well, "Rückgängig Metadaten bearbeiten" does not. Here the whole
label is one translatable phrase ("&Undo %1", in German "&Rückgängig: %1"), so each language
puts the step where its grammar wants it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction

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
    stack = session.undo_stack
    undo, redo = StepAction(UNDO, stack.undoText(), parent), StepAction(REDO, stack.redoText(), parent)
    undo.triggered.connect(lambda: _take(flush, stack.undoText, session.undo, UNDONE, say))
    redo.triggered.connect(lambda: _take(flush, stack.redoText, session.redo, REDONE, say))
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    stack.undoTextChanged.connect(undo.name_step)
    stack.redoTextChanged.connect(redo.name_step)
    undo.setEnabled(stack.canUndo())
    redo.setEnabled(stack.canRedo())
    undo.setStatusTip(QCoreApplication.translate("MainWindow", "Take back the last change"))
    redo.setStatusTip(QCoreApplication.translate("MainWindow", "Make the change taken back again"))
    return undo, redo


def _take(flush: Callable[[], None], step: Callable[[], str], take: Callable[[], bool], said: str,
          say: Callable[[str], None]) -> None:  # fmt: skip
    """Take the step and say so; a step the session did not take (dropped as stale when the
    library was changed elsewhere: it says why) is not said to be taken. `step` is named once
    the editors' typing is saved (`flush`): that may be the step taken."""
    flush()
    name = step()
    if take() and name:
        say(QCoreApplication.translate("MainWindow", said).replace("%1", name))

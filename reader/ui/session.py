"""The window's handle on the library: the store, one undo stack, and the changes signal.

Every mutation the user makes goes through `Session.perform`, which runs a core function,
pushes an undo command whose undo is another core function, and emits `changes_applied` with
what changed, so each pane reloads only what it must. Panes never talk to each other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reader.core.changes import Changes
from reader.core.store import Store

log = logging.getLogger(__name__)

Operation = Callable[[], Changes]


class _Command(QUndoCommand):
    """An undo step made of two core calls; the first redo() is the user's action itself."""

    def __init__(self, session: Session, text: str, do: Operation, undo: Operation) -> None:
        super().__init__(text)
        self._session = session
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        self._session.apply(self._do)

    def undo(self) -> None:
        self._session.apply(self._undo)


class Session(QObject):
    changes_applied = Signal(object)  # Changes
    error_raised = Signal(str)  # a message for the user; the action did not happen

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)

    def apply(self, operation: Operation) -> Changes:
        """Run a core mutation now (not undoable) and announce what changed."""
        changes = operation()
        if changes:
            self.changes_applied.emit(changes)
        return changes

    def perform(self, text: str, do: Operation, undo: Operation) -> None:
        """Run `do` as an undoable step called `text` ("Highlight", "Add tag Japan" …)."""
        self.undo_stack.push(_Command(self, text, do, undo))

"""The window's handle on the library: the store, one undo stack, background tasks, and the
changes signal.

Every mutation the user makes goes through `Session.perform`, which runs a core function,
pushes an undo command whose undo is another core function, and emits `changes_applied` with
what changed, so each pane reloads only what it must. Panes never talk to each other. Long work
(imports) runs as `Task`s on one serialised worker thread (Anki's single writer); exports,
which only read but for one short record, on a thread of their own beside it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reader.core import importer
from reader.core.changes import Changes
from reader.core.models import ImportResult
from reader.core.progress import IsCancelled, Progress
from reader.core.settings import Settings
from reader.core.store import Store
from reader.ui.tasks import Task, Work

log = logging.getLogger(__name__)

# How long a write from the window waits for another program's write lock. It waits on the
# window's thread: with the store's 10 s, every note saved, tag added or quit froze the window
# that long while a `briefing import` or another window held the library (a quit question once
# showed as a blank frame). Another program's transactions are short (an import's batch a
# quarter of a second), so 2 s still lets them by; one holding on longer is "The library is
# busy" sooner, the typed text kept in its editor. While the window's own task runs the full
# wait is kept: an import of a few files holds the lock while it parses the next (5 s for a
# 4 MB file), and a note saved meanwhile must wait for it, not be told another program is in.
WRITE_WAIT_MS = 2_000

Operation = Callable[[], Changes]


class _Command(QUndoCommand):
    """An undo step made of two core calls. Each call runs *before* the stack moves (see
    `Session.perform`, `Session.undo`, `Session.redo`): the stack's own redo()/undo() that follows
    then only moves its index. Run inside the stack, a failing call (a full disk) moved the index
    all the same, so the stack said a step was taken that never was."""

    def __init__(self, session: Session, text: str, do: Operation, undo: Operation,
                 changes: Changes = Changes()) -> None:  # noqa: B008 - a frozen value, never changed in place
        super().__init__(text)
        self._session = session
        self._do = do
        self._undo = undo
        self._ran = True  # the action ran before the push, whose redo() must not run it again
        self.changes = changes  # what it touched: a change made elsewhere to that makes it stale

    def run(self, forward: bool) -> None:
        """Run the step's `do` (forward) or `undo` now; the stack's next call only moves it."""
        self.changes |= self._session.apply(self._do if forward else self._undo)
        self._ran = True

    def redo(self) -> None:
        self._take(self._do)

    def undo(self) -> None:
        self._take(self._undo)

    def _take(self, operation: Operation) -> None:
        if not self._ran:  # the stack moved by itself (QUndoStack.undo() called directly)
            self._session.apply(operation)
        self._ran = False


def _overlap(mine: Changes, theirs: Changes) -> bool:
    """Whether two changes touched one thing: a source (its metadata, highlights, note or
    tags), a briefing, or the tags, saved searches, stories or entity corrections as a whole."""
    def sources(c: Changes) -> frozenset[int]:
        return c.sources_added | c.sources_removed | c.sources_updated | c.highlights | c.notes | c.purged

    flags = ("tags", "saved_searches", "stories", "entities")
    return bool(sources(mine) & sources(theirs) or mine.briefings & theirs.briefings
                or any(getattr(mine, f) and getattr(theirs, f) for f in flags))  # fmt: skip


def _tell(exc: sqlite3.OperationalError) -> None:
    """Raise `exc` on its own, to the window's box (`app._excepthook`), after what raised it."""
    raise exc


class Session(QObject):
    changes_applied = Signal(object)  # Changes
    error_raised = Signal(str)  # a message for the user; the action did not happen
    notice_posted = Signal(str)  # a passing confirmation for the status bar ("Added …")
    settings_changed = Signal(object)  # Settings: label names renamed, theme …

    def __init__(
        self, store: Store, parent: QObject | None = None, settings: Settings | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        store.wait_for_writers(WRITE_WAIT_MS)
        # The user's preferences (label names …) for panes that show them; the window saves them.
        self.settings = settings if settings is not None else Settings()
        self.undo_stack = QUndoStack(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer besides the window: SQLite's sweet spot
        self._readers = QThreadPool(self)  # exports: see `start`
        self._readers.setMaxThreadCount(1)
        self._tasks: set[Task] = set()
        self.shut_down = False  # the window closed: work finishing now reports to nobody
        # True while an import's changes are announced: the library reads its list off the
        # window's thread then (`list_loading`); an edit's list is read at once, as ever.
        self.announcing_import = False
        # True while another process's changes are announced (`take_outside`): the library
        # keeps its place then (`list_place`), which an edit's own reload does not.
        self.announcing_outside = False
        # The briefing the docked composer shows (None: none shown), which every "Add to
        # briefing" menu offers first: set by the window's briefing commands.
        self.composing: Callable[[], int | None] = lambda: None
        # Takes in what another process committed since it last looked (`OutsideChanges.check`,
        # set by the window), before a step is made, undone or redone on what the window shows.
        self.catch_up: Callable[[], object] = lambda: None
        self._busy_told = False  # "The library is busy" said in this spell: see `busy_spell`
        self._busy_waiting: set[object] = set()  # the editors whose text waits in this spell

    def __del__(self) -> None:
        """A session dropped with steps on its stack empties it while every wrapper is whole.

        The steps and the session hold each other, so the garbage collector frees them, in its
        own order; deleting the session's stack then crashed in QUndoStack::clear (a segmentation
        fault inside gc.collect, seen in the UI tests, whose sessions go without the window's
        `shutdown`). Python runs `__del__` before it clears any object of the garbage."""
        if shiboken6.isValid(self):
            self.undo_stack.clear()

    def apply(self, operation: Operation) -> Changes:
        """Run a core mutation now (not undoable) and announce what changed."""
        changes = operation()
        self._busy_told = False  # written: a busy spell, if there was one, is over
        self._busy_waiting.clear()
        if changes:
            self.changes_applied.emit(changes)
        return changes

    def perform(self, text: str, do: Operation, undo: Operation) -> None:
        """Run `do` as an undoable step called `text` ("Highlight", "Add tag Japan" …).

        `do` runs first and the step is pushed only when it succeeded: run inside the push, an
        error (a full disk, say) escaped from Qt's redo() as a second error box and left a step
        on the stack that had never happened."""
        self.catch_up()
        changes = self.apply(do)
        self.undo_stack.push(_Command(self, text, do, undo, changes))

    def undo(self) -> bool:
        """Take back the last step (Edit ▸ Undo). Its core call runs first and the stack moves
        only when it succeeded; an error reaches the caller, and the step stays to be tried again.
        What another process changed is taken in first: it may leave no step to take (False)."""
        self.catch_up()
        index = self.undo_stack.index()
        if index == 0:
            return False
        self._command(index - 1).run(forward=False)
        self.undo_stack.undo()
        return True

    def redo(self) -> bool:
        """Do the step just taken back again (Edit ▸ Redo), on the same terms as `undo`."""
        self.catch_up()
        index = self.undo_stack.index()
        if index == self.undo_stack.count():
            return False
        self._command(index).run(forward=True)
        self.undo_stack.redo()
        return True

    def take_outside(self, changes: Changes) -> None:
        """Show what another process committed (a `briefing` command in a terminal), through
        the panes' usual reloads. Undo steps on what it changed would take back, or redo over,
        another's work without a word: when any step on the stack touched the same thing, the
        whole history goes (its steps are taken in order; an older one cannot be skipped to),
        and the status bar says so."""
        stale = self.forget_steps_on(changes)
        self.announcing_outside = True
        try:
            self.changes_applied.emit(changes)
        finally:
            self.announcing_outside = False
        if stale:
            # Short: at 1024 px the status bar cut a longer one off (the README says the rest).
            self.notice_posted.emit(QCoreApplication.translate(
                "Session", "The library was changed elsewhere: the undo history is cleared"))

    def busy_spell(self, exc: sqlite3.OperationalError, waiting: object, *, moving: bool = False) -> None:
        """A save kept out by another program's write lock (`library_busy`), the text of the
        editor `waiting` kept to be tried again: the first of a spell raises `exc`, which the
        window tells in its box "The library is busy"; the next ones, until a write gets
        through or no editor's text waits (`waits_no_more`), only say in the status bar that it
        is still kept. Each pause in typing brought another box over the first.

        `moving`: the text was left for another source, highlight or item, a move that must
        go through (raised, it stopped halfway): the first of a spell is told once the move is
        done, and the status bar says the text is kept for where it was typed."""
        self._busy_waiting.add(waiting)
        if moving:
            self.notice_posted.emit(QCoreApplication.translate(
                "Session", "The library is busy: what you typed is kept, and saved where you typed it as soon as the library is free"))
        if not self._busy_told:
            self._busy_told = True
            if moving:
                QTimer.singleShot(0, self, lambda: _tell(exc))
                return
            raise exc
        if moving:
            return
        self.notice_posted.emit(QCoreApplication.translate(
            "Session", "The library is still busy: what you typed is kept and saved once it is free"))

    @property
    def in_busy_spell(self) -> bool:
        """Whether "The library is busy" was told and no write got through since: a write
        tried now need not wait WRITE_WAIT_MS for a lock that is most likely still held."""
        return self._busy_told

    def waits_no_more(self, waiting: object) -> None:
        """The text of `waiting` no longer waits for the library without a write (typed back
        to what is stored, let go): once no editor's does, the spell is over. Kept on, the next
        real spell was told only in the status bar, the box never came."""
        self._busy_waiting.discard(waiting)
        if not self._busy_waiting:
            self._busy_told = False

    @contextmanager
    def not_waiting(self) -> Iterator[None]:
        """Writes that fail at once while another program holds the library, instead of waiting
        WRITE_WAIT_MS on the window's thread: a save tried again now and then during a busy
        spell, which would freeze the window two seconds each time."""
        self.store.wait_for_writers(0)
        try:
            yield
        finally:
            self._usual_wait()

    def _usual_wait(self) -> None:
        """The window's wait for another program's write lock: the store's full wait while its
        own task runs (it may hold the lock: see WRITE_WAIT_MS), else WRITE_WAIT_MS."""
        if self._tasks:
            self.store.wait_for_writers()
        else:
            self.store.wait_for_writers(WRITE_WAIT_MS)

    def forget_steps_on(self, changes: Changes) -> bool:
        """Clear the undo history when a step on it touched what `changes` did — another's
        work, or sources deleted for good from the bin, whose Delete step could no longer be
        undone (Ctrl+Z did nothing, without a word). True when it was cleared."""
        stale = any(_overlap(self._command(i).changes, changes) for i in range(self.undo_stack.count()))
        if stale:
            self.undo_stack.clear()
        return stale

    def _command(self, index: int) -> _Command:
        command = self.undo_stack.command(index)
        assert isinstance(command, _Command)  # every step is pushed by `perform`
        return command

    # -- background work --------------------------------------------------------------------

    def task(self, work: Work, description: str) -> Task:
        """A task for `work(store, progress, is_cancelled)`; connect to it, then `start` it."""
        if self.store.path is None:
            raise RuntimeError("background tasks need a library file")
        return Task(self.store.path, work, description, read_only=self.store.read_only)

    def start(self, task: Task, *, reads: bool = False) -> None:
        """Run `task` on the worker (after the caller connected its signals: none is missed).

        `reads`: the task reads the library and writes at most a short record at its end (an
        export: the files it wrote), so it runs on a thread of its own beside the writer's. On
        the writer's, an export asked for during the import of a large folder waited for the
        whole import before it wrote a line; its record waits at most for a batch's commit."""
        self._tasks.add(task)
        self._usual_wait()
        task.signals.finished.connect(lambda _result, t=task: self._ended(t))
        task.signals.failed.connect(lambda _message, t=task: self._ended(t))
        (self._readers if reads else self._pool).start(task)

    def _ended(self, task: Task) -> None:
        self._tasks.discard(task)
        if self._tasks:
            return
        try:
            self._usual_wait()
        except sqlite3.ProgrammingError:  # the window closed its library before the task reported
            log.debug("task %r reported after the library was closed", task.description)

    def import_task(self, paths: Sequence[str | os.PathLike[str]]) -> Task:
        """A task importing files and folders; it announces the new sources when done."""
        chosen = [os.fspath(p) for p in paths]

        def work(
            store: Store, progress: Progress, is_cancelled: IsCancelled
        ) -> list[ImportResult]:
            return importer.import_paths(store, chosen, progress=progress, is_cancelled=is_cancelled,
                                         on_phase=task.report_phase)  # fmt: skip

        task = self.task(work, "import")  # made before `work` runs, which reports through it
        task.signals.finished.connect(self._announce_import)
        return task

    def _announce_import(self, results: list[ImportResult]) -> None:
        changes = importer.import_changes(results)
        if changes.purged:  # a binned copy replaced fresh: its Delete step's Ctrl+Z did nothing
            self.forget_steps_on(Changes(purged=changes.purged))
        if changes:
            self.announcing_import = True
            try:
                self.changes_applied.emit(changes)
            finally:
                self.announcing_import = False

    def busy(self) -> bool:
        return bool(self._tasks)

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Cancel running work and wait for it, so nothing writes after the window is gone;
        then drop the undo steps. A step holds its closures, which hold widgets and this
        session: left in the stack, the cycle was freed by a later garbage collection in an
        order that crashed the process (seen in the test suite after the window closed)."""
        self.shut_down = True
        for task in list(self._tasks):
            task.cancel()
        self._pool.waitForDone(timeout_ms)
        self._readers.waitForDone(timeout_ms)
        self.undo_stack.clear()

"""The open window follows what another process commits to its library (a `briefing` command
in a terminal, another program writing it): lists, the open source, the composer, the
full-width views.

SQLite's `PRAGMA data_version` on the window's connection changes only when another
connection committed, and reading it costs a few microseconds, so it is read when the
application becomes active and every two seconds while it is; nothing else runs while it stays
the same. When it moved, a `Fingerprint` of the library (50-70 ms at 10,000 sources) is taken
on a thread of its own and compared, back on the window's thread, with the one before; the
difference goes to `Session.take_outside`, which the panes hear as any change of the window's
own (`changes_applied`), and which drops undo steps on what changed there.

The window's own changes re-read their part of the fingerprint as they are announced (and of
one being taken meanwhile, once it comes), so they never count as another's. While the
window's own import or export runs, its commits move `data_version` as well: the check waits
for the task to end and announce its changes (a look that comes back while one began is made
again then: it may hold part of the import). Before a step is made, undone or redone
(`catch_up`) the look is made at once, on the window's thread, so an undo never acts on what
another process changed since the last look. The first fingerprint is taken as the window
opens: a commit in the fraction of a second before it comes is not seen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication

from reader.core.changes import Changes
from reader.core.progress import IsCancelled, Progress
from reader.core.store import Fingerprint, Store, data_version
from reader.ui.session import Session
from reader.ui.tasks import Task

log = logging.getLogger(__name__)

INTERVAL_MS = 2000


def _take(store: Store, _progress: Progress, _is_cancelled: IsCancelled) -> Fingerprint:
    return Fingerprint.take(store.db)


class OutsideChanges(QObject):
    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._db = session.store.db
        self._version = data_version(self._db)
        self._print: Fingerprint | None = None  # the last look's, once the first is taken
        self._flight: Task | None = None  # a fingerprint being taken, whose result is awaited
        self._running: set[Task] = set()  # held until each has reported: Qt's pool does not hold them
        self._own = Changes()  # the window's own changes while one is
        self._announced: Changes | None = None  # another's, being shown: the fingerprint has them
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        session.changes_applied.connect(self._own_change)
        session.catch_up = self.catch_up
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self._take_behind(self._first)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
            self._state_changed(app.applicationState())

    def idle(self) -> bool:
        """No fingerprint is being taken (what a look found has been shown)."""
        return self._flight is None

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        """Look at once when the user comes back from the terminal; poll only while active."""
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()
            self.timer.start()
        else:
            self.timer.stop()

    def _waiting(self) -> bool:
        session = self._session
        return session.shut_down or session.busy() or self._announced is not None

    def check(self) -> None:
        """Look whether another process committed; if so, show what it changed once the
        fingerprint taken behind the window comes (nothing committed: no work)."""
        if self._waiting() or self._flight is not None:
            return
        if self._print is None:  # the first one failed: tried again
            self._take_behind(self._first)
            return
        version = data_version(self._db)
        if version != self._version:
            self._version = version
            self._take_behind(self._compare)

    def catch_up(self) -> None:
        """Show what another process committed, now (before a step is made, undone or redone)."""
        if self._waiting() or self._print is None:
            return
        version = data_version(self._db)
        if version == self._version and self._flight is None:
            return
        self._version = version
        self._flight = None  # one being taken is older than this: its result is dropped
        self._compare(Fingerprint.take(self._db))

    def _take_behind(self, then: Callable[[Fingerprint], None]) -> None:
        if self._session.store.path is None:  # a library in memory has no other process
            then(Fingerprint.take(self._db))
            return
        task = self._session.task(_take, "fingerprint")  # started on a pool of its own: not `busy`
        task.signals.finished.connect(lambda taken: self._taken(task, taken, then))
        task.signals.failed.connect(lambda _message: self._taken(task, None, then))
        self._flight, self._own = task, Changes()
        self._running.add(task)
        self._pool.start(task)

    def _taken(self, task: Task, taken: Fingerprint | None, then: Callable[[Fingerprint], None]) -> None:
        self._running.discard(task)
        if task is not self._flight or self._session.shut_down:
            return  # dropped by `catch_up`, or the window is gone
        self._flight = None
        if taken is None:  # failed (logged by the task): the next look tries again
            self._version = -1  # no version SQLite gives
            return
        taken.retake(self._db, self._own)  # the window's own changes meanwhile, as they are now
        then(taken)

    def _first(self, taken: Fingerprint) -> None:
        self._print = taken

    def _compare(self, newer: Fingerprint) -> None:
        if self._session.busy():  # the window's own import began as it was taken: part of it may
            self._version = -1  # be in it, to be told as its own when it ends; looked at again then
            return
        assert self._print is not None
        changes = self._print.diff(newer)
        self._print = newer
        if changes:
            self._announced = changes
            try:
                self._session.take_outside(changes)
            finally:
                self._announced = None

    def _own_change(self, changes: Changes) -> None:
        # Not the announcement itself; but a save the panes make as they follow it (a note
        # flushed as its source, binned elsewhere, is let go) is the window's own.
        if changes is self._announced:
            return
        if self._print is not None:
            self._print.retake(self._db, changes)
        if self._flight is not None:
            self._own |= changes

    def shutdown(self) -> None:
        """Stop looking and wait for a fingerprint being taken (the window closes)."""
        self.timer.stop()
        self._flight = None
        self._pool.waitForDone()

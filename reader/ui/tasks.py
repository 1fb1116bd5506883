"""Running a core function on a worker thread, with progress and cancel, without freezing the window.

A `Task` wraps `work(store, progress, is_cancelled)`: the same plain callables the CLI passes to
the core. The worker opens its own Store on the library file (a connection belongs to one
thread) and reports back only through Qt signals, which arrive queued on the GUI thread; `run()`
never touches a widget.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from reader.core.progress import IsCancelled, Progress
from reader.core.store import Store

log = logging.getLogger(__name__)

Work = Callable[[Store, Progress, IsCancelled], Any]

# Progress faster than this is invisible and only floods the GUI thread's event queue.
PROGRESS_INTERVAL_S = 0.05


class TaskSignals(QObject):
    """The task's voice; lives on the GUI thread so connected slots run there."""

    progressed = Signal(int, int)  # done, total
    phase_began = Signal(str)  # a step without a count begins (an `ImportPhase` value, say)
    finished = Signal(object)  # the work's return value
    failed = Signal(str)  # a message for the user
    reported = Signal()  # after `finished` or `failed`: deletes this object (`Task.__init__`)


class Task(QRunnable):
    def __init__(self, db_path: Path, work: Work, description: str = "", *, read_only: bool = False) -> None:
        """`read_only`: the window's library is open read-only (damaged, say), and the worker's
        own connection must be too: opened for writing, it would write (an export's record, an
        entity index) into a file the window promised to leave as it found it."""
        super().__init__()
        self.setAutoDelete(False)  # the Session holds it until it has reported
        self.db_path = db_path
        self.work = work
        self.description = description
        self.read_only = read_only
        self.signals = TaskSignals()
        # The handlers connected to these signals are mostly lambdas holding the task and what
        # connected them (the session, the importer, a pane); Qt holds them, out of the garbage
        # collector's sight, as long as the signals live, and the task holds the signals: a cycle
        # nothing freed, every task of the session kept with what its handlers held. `reported`
        # is emitted after `finished`/`failed`, from the same thread, so its queued call comes
        # on the window's thread after theirs: every handler has been called, and only then are
        # the signals deleted, their connections with them (deleted by one of the handlers,
        # they would count on the order the others were connected in).
        self.signals.reported.connect(self.signals.deleteLater)
        self._cancelled = threading.Event()
        self._last_progress = 0.0

    def cancel(self) -> None:
        """Ask the work to stop after the current item; safe to call from any thread."""
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self) -> None:
        try:
            # The window's own store checked this file for damage when it opened it.
            with Store.open(self.db_path, read_only=self.read_only, verify=False) as store:
                result = self.work(store, self._progress, self.is_cancelled)
        except Exception as exc:
            log.exception("background task %r failed", self.description)
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)
        self.signals.reported.emit()

    def report_phase(self, phase: str) -> None:
        """Say that the work began a phase (safe from the worker thread: the signal is queued)."""
        self.signals.phase_began.emit(phase)

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self.signals.progressed.emit(done, total)

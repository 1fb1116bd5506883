"""Reading what a list shows off the window's thread, where only the newest reading counts.

A list read again at every letter typed, filter chosen or import finished (the library's after
an import, `library.list_loading`; All highlights at every change, `highlights.loading`) froze
the window for the 45-450 ms a reading takes at 10,000 rows. Each reading is a `Task` with its
own read-only connection, one at a time on a thread of its own (on the session's readers' it
would wait for an export). A reading asked for since (the next letter, a sort chosen, a list
made on the window's thread meanwhile) makes an older one stale: not begun if it still waits
its turn, dropped if it arrives. One that fails (the log says why) arrives as None, for the
list to be read on the window's thread instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool

from reader.core.progress import IsCancelled, Progress
from reader.core.store import Store
from reader.ui.session import Session
from reader.ui.tasks import Task


class LatestReading(QObject):
    def __init__(self, session: Session, description: str, parent: QObject) -> None:
        """`description` names the readings in the log."""
        super().__init__(parent)
        self._session, self._description = session, description
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._asked = 0  # how many readings were asked for: the newest one's number
        self._running: dict[int, Task] = {}  # held until they report

    def pending(self) -> bool:
        """Whether the newest reading asked for is still out."""
        return self._asked in self._running

    def running(self) -> bool:
        """Whether any reading, a stale one too, is still out."""
        return bool(self._running)

    def drop(self) -> None:
        """Any reading still out is stale (the list was made on the window's thread)."""
        self._asked += 1

    def read(self, path: Path, work: Callable[[Store], Any], arrived: Callable[[Any], None]) -> None:
        """Run `work` on a store of its own on the library at `path`; `arrived(result)` on the
        window's thread (None: it failed) unless another reading was asked for since, the
        view is gone or the window is closing."""
        self._asked += 1
        number = self._asked

        def run(store: Store, _progress: Progress, _cancelled: IsCancelled) -> Any:
            return work(store) if number == self._asked else None  # stale: not begun

        task = Task(path, run, self._description, read_only=True)  # a reading never writes
        self._running[number] = task
        task.signals.finished.connect(lambda result: self._arrived(number, result, arrived))
        task.signals.failed.connect(lambda _message: self._arrived(number, None, arrived))
        self._pool.start(task)

    def _arrived(self, number: int, result: Any, arrived: Callable[[Any], None]) -> None:
        """(A view closed while it read is deleted with this reader, and the task's signal still
        comes: it reached a deleted loader, "Signal source has been deleted".)"""
        if not shiboken6.isValid(self):
            return
        self._running.pop(number, None)
        if number == self._asked and not self._session.shut_down:
            arrived(result)

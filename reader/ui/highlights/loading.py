"""All highlights read off the window's thread: the rows a filter and grouping let through.

At 10,000 highlights reading them (`query_highlights`, then `group_highlights`) took 45 ms of
the window's thread on a quiet machine and over 100 on a busy one, at every letter typed in
the text filter, every filter chosen and every change to the library. A `Task` with its own
read-only connection reads them, as the library's list is read after an import
(`library.list_loading`), one reading at a time on a thread of its own (on the session's
readers' it would wait for an export). A reading asked for since (the next letter, another
filter, a highlight added) makes an older one stale: not begun if it still waits its turn,
dropped if it arrives. A library that is no file is read on the window's thread.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
import sqlite_utils
from PySide6.QtCore import QObject, QThreadPool, Signal

from reader.core.progress import IsCancelled, Progress
from reader.core.store import (
    GroupBy,
    HighlightFilter,
    HighlightGroup,
    Store,
    group_highlights,
    query_highlights,
)
from reader.ui.session import Session
from reader.ui.tasks import Task


@dataclass(frozen=True, slots=True)
class Asked:
    """What the list is to show, as the view stands when it asks."""

    chosen: HighlightFilter
    by: GroupBy
    label_names: dict[str, str]  # the labels' names, which a grouping by label is titled with


@dataclass(frozen=True, slots=True)
class Listing:
    asked: Asked
    count: int  # highlights listed
    groups: list[HighlightGroup]


def listing(db: sqlite_utils.Database, asked: Asked) -> Listing:
    """The list for `asked`; the library only read. (Paragraph numbers are left to the rows
    shown: `HighlightsModel`.)"""
    rows = query_highlights(db, asked.chosen, paragraphs=False)
    return Listing(asked, len(rows), group_highlights(rows, asked.by, asked.label_names))


class HighlightsLoader(QObject):
    """Reads the listings the view asks for, and hands on only the newest (`listed`)."""

    listed = Signal(object)  # a Listing, the newest asked for

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._asked = 0  # how many listings were asked for: the newest one's number
        self._running: dict[int, Task] = {}  # held until they report
        self._last: Asked | None = None  # the newest listing asked for

    def reading(self) -> bool:
        """Whether the newest listing asked for is still being read."""
        return self._asked in self._running

    def read(self, asked: Asked) -> None:
        """Read the listing for `asked`: `listed` says when it is there (at once for a library
        that is no file)."""
        self._asked += 1
        self._last = asked
        number, store = self._asked, self._session.store
        if store.path is None:
            self.listed.emit(listing(store.db, asked))
            return

        def work(worker: Store, _progress: Progress, _cancelled: IsCancelled) -> Listing | None:
            return listing(worker.db, asked) if number == self._asked else None  # stale: not read

        task = Task(store.path, work, "all highlights", read_only=True)  # a listing never writes
        self._running[number] = task
        task.signals.finished.connect(lambda found: self._arrived(number, found))
        task.signals.failed.connect(lambda _message: self._arrived(number, None))
        self._pool.start(task)

    def _arrived(self, number: int, found: Listing | None) -> None:
        """Hand on the listing unless another was asked for since; one that could not be read
        (the log says why) is read on the window's thread. Nothing once the view is gone (its
        loader with it; the task's signal still comes)."""
        if not shiboken6.isValid(self):
            return
        self._running.pop(number, None)
        if number != self._asked or self._session.shut_down or self._last is None:
            return
        self.listed.emit(found if found is not None else listing(self._session.store.db, self._last))

"""All highlights read off the window's thread: the rows a filter and grouping let through.

At 10,000 highlights reading them (`query_highlights`, then `group_highlights`) took 45 ms of
the window's thread on a quiet machine and over 100 on a busy one, at every letter typed in
the text filter, every filter chosen and every change to the library. They are read as the
library's list is after an import (`latest_reading`): a reading asked for since (the next
letter, another filter, a highlight added) makes an older one stale, never begun or dropped. A
library that is no file is read on the window's thread.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils
from PySide6.QtCore import QObject, Signal

from reader.core.store import (
    GroupBy,
    HighlightFilter,
    HighlightGroup,
    group_highlights,
    query_highlights,
)
from reader.ui.latest_reading import LatestReading
from reader.ui.session import Session


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
        self._reads = LatestReading(session, "all highlights", self)

    def reading(self) -> bool:
        """Whether the newest listing asked for is still being read."""
        return self._reads.pending()

    def read(self, asked: Asked) -> None:
        """Read the listing for `asked`: `listed` says when it is there (at once for a library
        that is no file). One that could not be read off the window's thread is read on it."""
        store = self._session.store
        if store.path is None:
            self._reads.drop()
            self.listed.emit(listing(store.db, asked))
            return
        self._reads.read(store.path, lambda worker: listing(worker.db, asked),
                         lambda found: self.listed.emit(found if found is not None
                                                        else listing(self._session.store.db, asked)))  # fmt: skip

"""When an opened source counts as read: at once when the user chose it, after a pause on it
when the library list's keys (or the search results') only passed it by, or a new narrowing of
the list opened its first source in the one gone's place.

A source is read once opened (its dot goes, *Unread only* drops it). The list opens what its
current row is on, so a held `↓` or `Shift+↓` (the user trying to select several) opened and
marked read every source on the way: 30 of a 400-source library in one walk-through. Passed
by (`Passing.now`), a source is marked once it has stayed open `STAY_MS` — long enough to
have been looked at, shorter than any reading — and not when the keys move on before.

Work on the source passed to (a tag by `Ctrl+T`, a highlight, a note, an edit) reads it at once:
a consultant tagging ten sources with J, Ctrl+T, J … faster than the stay found half of them
still bold and listed under *Unread only*, as if never opened.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import nullcontext

from PySide6.QtCore import QModelIndex, QObject, QTimer

from reader.core.changes import Changes
from reader.core.search import SearchResult
from reader.core.store import library_busy
from reader.ui.library.library_pane import LibraryPane
from reader.ui.library.search_results import ResultRole
from reader.ui.session import Session

log = logging.getLogger(__name__)

STAY_MS = 1500


class ReadMark(QObject):
    def __init__(self, session: Session, library: LibraryPane) -> None:
        super().__init__(library)
        self.session = session
        self.library = library
        self._staying: int | None = None  # the source passed by, read if it stays open
        self.timer = QTimer(self, singleShot=True, interval=STAY_MS)  # the stay (tests fire it, not wait for it)
        self.timer.timeout.connect(self.settle)
        library.source_view.clicked.connect(self._clicked)
        library.results_view.clicked.connect(self._result_chosen)  # Enter on a result, or a click,
        library.results_view.activated.connect(self._result_chosen)  # chooses the one passed to
        session.changes_applied.connect(self._worked_on)

    def opened(self, source_id: int | None) -> None:
        """`source_id` is the open source now (None: none is): read at once, or once it stays."""
        self.timer.stop()
        self._staying = None
        if source_id is None:
            return
        if self.library.passing.now:
            self._staying = source_id
            self.timer.start()
        else:
            self.mark(source_id)

    @property
    def staying(self) -> int | None:
        """The source passed by that the stay will mark read, if any."""
        return self._staying

    def settle(self) -> None:
        """Mark the source passed by now: it stayed open, or the keys stopped on it for good —
        the window closed on it (it was the one looked at last, and after a close the stay's
        mark was lost: the last source read by J stayed unread), or it was clicked."""
        self.timer.stop()
        staying, self._staying = self._staying, None
        if staying is not None:
            self.mark(staying)

    def settle_for_closing(self) -> None:
        """`settle` as the window closes: a mark that cannot be written (a full disk) leaves the
        source unread rather than stop the close halfway, its layout and place not saved."""
        try:
            self.settle()
        except sqlite3.Error:
            log.warning("the source open at the close was left unread", exc_info=True)

    def _clicked(self, index: QModelIndex) -> None:
        # A click on the source open but passed by chooses it, as a click on another would.
        if self._staying is not None and self.library.model.row_of(self._staying) == index.row():
            self.settle()

    def _result_chosen(self, index: QModelIndex) -> None:
        result = index.data(ResultRole)
        if self._staying is not None and isinstance(result, SearchResult) and result.source_id == self._staying:
            self.settle()

    def _worked_on(self, changes: Changes) -> None:
        """The user changed the source passed to: it was looked at. Not a change made elsewhere
        (a `briefing` command), nor one to many sources at once (Tag this import…), nor its read
        mark alone, nor an import's update of its file (its highlights placed again in the new
        text: the import's doing, finishing while J passed by). Marked once the panes have taken
        in the change that told of the work (`J` pressed before then leaves it read all the same)."""
        staying = self._staying
        if staying is None or self.session.announcing_outside or self.session.announcing_import:
            return
        if staying in changes.highlights | changes.notes or changes.sources_updated == {staying}:
            self.timer.stop()
            self._staying = None
            QTimer.singleShot(0, lambda: self.mark(staying))

    def mark(self, source_id: int) -> None:
        # Announced as read state alone (`Changes.read`): the list's dot and the saved searches'
        # counts follow it, the article view does not rebuild (and lose its scroll position),
        # and the look for changes made elsewhere knows it for the window's own.
        # A source the list has no row for (folded into its story's row, or filtered out, yet
        # opened from a search result or the timeline) is asked of the library: it stayed unread.
        row = self.library.model.row_of(source_id)
        summary = self.library.model.summary(row) if row is not None else None
        if summary is None:
            summary = next(iter(self.session.store.sources.summaries([source_id])), None)
        if summary is None or not summary.unread or self.session.store.read_only:
            return
        # While another program holds the library the source stays unread (its dot is no
        # loss): raised, the move to it stopped halfway, after a wait of its own in a spell.
        try:
            with self.session.not_waiting() if self.session.in_busy_spell else nullcontext():
                self.session.apply(lambda: self.session.store.sources.mark_opened(source_id))
        except sqlite3.OperationalError as exc:
            if not library_busy(exc):
                raise
            log.info("source #%s left unread: another program holds the library", source_id)

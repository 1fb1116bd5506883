"""The number of sources each saved search finds, after its name as a tag's count is
("Japan  (12)"), kept current as sources are imported, deleted, tagged or read.

Seen in the window (session 31): the tags above said how many sources each holds, the saved
searches nothing, so a search that had come to find nothing looked like one that finds plenty.
Counting runs each saved search once — when the list is built, and then at most once per
RECOUNT_MS while changes come in (an import of many files) — never per keystroke in the search
box or per repaint: the counts are kept on the rows. A search that cannot run (a query the
parser refuses, a tag gone) shows none; its tooltip says why (saved_search_list).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QListWidget

from reader.core.changes import Changes
from reader.core.search import InvalidSearch, saved_source_ids
from reader.core.store import SavedSearch
from reader.ui.label_names import label_names
from reader.ui.library.eliding_rows import CountRole
from reader.ui.session import Session

RECOUNT_MS = 300  # while an import reports file after file, the counts follow this often


def changes_counts(changes: Changes) -> bool:
    """Whether `changes` may change what a saved search finds: sources came, went or changed
    (read, edited, their tags), highlights, notes, tags or the names found in sources."""
    return bool(changes.sources_added or changes.sources_removed or changes.sources_updated
                or changes.highlights or changes.notes or changes.tags or changes.entities)  # fmt: skip


class SavedCounts(QObject):
    """Counts the rows of `view`, whose UserRole holds each saved search's id."""

    def __init__(self, session: Session, view: QListWidget, searches: Callable[[], list[SavedSearch]],
                 broken: Callable[[], set[int]]) -> None:  # fmt: skip
        super().__init__(view)
        self._session, self._view, self._searches, self._broken = session, view, searches, broken
        self._soon = QTimer(self, singleShot=True, interval=RECOUNT_MS)
        self._soon.timeout.connect(self.recount)

    def changed(self, changes: Changes) -> None:
        """Count again soon, once for a burst of changes (not restarted by each: an import's
        stream of files would put it off until the end)."""
        if changes_counts(changes) and not self._soon.isActive():
            self._soon.start()

    def recount(self) -> None:
        self._soon.stop()
        by_id = {saved.id: saved for saved in self._searches()}
        broken, names = self._broken(), label_names(self._session)
        for row in range(self._view.count()):
            item = self._view.item(row)
            saved = by_id.get(item.data(Qt.ItemDataRole.UserRole))
            count = None
            if saved is not None and saved.id not in broken:
                try:
                    count = len(saved_source_ids(self._session.store, saved, label_names=names))
                except InvalidSearch:
                    count = None
            item.setData(CountRole, count)

"""The number of sources each saved search finds, after its name as a tag's count is
("Japan  (12)"), kept current as sources are imported, deleted, tagged or read.

Seen in the window (session 31): the tags above said how many sources each holds, the saved
searches nothing, so a search that had come to find nothing looked like one that finds plenty.
Counting runs each saved search once — when the list is built, and then at most once per
RECOUNT_MS while changes come in (an import of many files) — never per keystroke in the search
box or per repaint: the counts are kept on the rows. A search that cannot run (a query the
parser refuses, a tag gone) shows none; its tooltip says why (saved_search_list).

The counting runs on a thread of its own, with its own read-only connection (a `Task`, as the
Entities view's and the imports' work): at 10,000 sources one saved search takes 6–16 ms, so
five counted on the window's thread stalled it 50–80 ms after every import, every source read
and every tag added. One count runs at a time; asked again meanwhile, the next starts when it
ends. A result is shown only on the rows whose search is still the one counted (renamed,
replaced or the label names changed since: that row waits for the next count), so no row ever
shows a number of a question it no longer asks.

The same thread names each search's place in the window's language (`counted`): the tooltip of a
search saved in the German window read "naming “Tokio”" in the English one, where the chip said
"Tokyo". Those names need the cities' English and German names, loaded there, never on the
window's thread (test_window_saved_entity); the tooltip takes them when the counts come.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from reader.core.changes import Changes
from reader.core.progress import IsCancelled, Progress
from reader.core.search import NO_ENTITY, InvalidSearch, saved_entity_id, saved_source_ids
from reader.core.store import SavedSearch, Store
from reader.ui.i18n import current_language
from reader.ui.label_names import label_names
from reader.ui.library.eliding_rows import CountRole
from reader.ui.session import Session
from reader.ui.tasks import Task

RECOUNT_MS = 300  # while changes come in (imports one after another), the counts follow this often

# What one count is asked: each search to count, the label names its queries are read with, and
# the window's language its places are named in.
Asked = tuple[tuple[SavedSearch, ...], dict[str, str], str]
# What it answers: the count of each search by id (None: it cannot run), and the name of the place
# it is narrowed to in the window's language, by id, where the gazetteer has one.
Counted = tuple[dict[int, int | None], dict[int, str]]


def changes_counts(changes: Changes) -> bool:
    """Whether `changes` may change what a saved search finds: sources came, went or changed
    (read, edited, their tags), highlights, notes, tags or the names found in sources."""
    return bool(changes.sources_added or changes.sources_removed or changes.sources_updated or changes.read
                or changes.highlights or changes.notes or changes.tags or changes.entities)  # fmt: skip


def counted(store: Store, asked: Asked) -> Counted:
    """How many live sources each asked search finds (None: it cannot run), and the window's
    name of the place it is narrowed to, by id; run on the counting thread with its own store."""
    searches, names, lang = asked
    counts: dict[int, int | None] = {}
    places: dict[int, str] = {}
    for saved in searches:
        try:
            counts[saved.id] = len(saved_source_ids(store, saved, label_names=names))
        except InvalidSearch:
            counts[saved.id] = None
        entity_id = saved_entity_id(store, saved)
        if entity_id is not None and entity_id != NO_ENTITY and (name := store.entities.name_in(entity_id, lang)):
            places[saved.id] = name
    return counts, places


def _question(saved: SavedSearch, names: dict[str, str]) -> object:
    """What a count answers: the search but for its id and name (a renamed search finds what it
    found), with the label names its query is read with."""
    return replace(saved, id=0, name=""), tuple(sorted(names.items()))


class SavedCounts(QObject):
    """Counts the rows of `view`, whose UserRole holds each saved search's id; `places_named`
    tells the window's names of the searches' places (see `Counted`) with each count."""

    places_named = Signal(object)  # dict[int, str]: as `dict`, Qt made its keys strings

    def __init__(self, session: Session, view: QListWidget, searches: Callable[[], list[SavedSearch]],
                 broken: Callable[[], set[int]]) -> None:  # fmt: skip
        super().__init__(view)
        self._session, self._view, self._searches, self._broken = session, view, searches, broken
        self._soon = QTimer(self, singleShot=True, interval=RECOUNT_MS)
        self._soon.timeout.connect(self.recount)
        # A thread of the counts' own: on the session's readers' they waited for an export.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.task: Task | None = None  # the count running
        self._asked: Asked | None = None  # what it counts
        self._again = False  # asked to count again while it ran
        # The last count of each search by id, with the question it answered (see `_question`).
        self._known: dict[int, tuple[object, int | None]] = {}

    def changed(self, changes: Changes) -> None:
        """Count again soon, once for a burst of changes (not restarted by each: an import's
        stream of files would put it off until the end)."""
        if changes_counts(changes) and not self._soon.isActive():
            self._soon.start()

    def recount(self) -> None:
        """Count every row's search anew on the counting thread. Until it is done a row shows
        the number last counted for the same question (a rebuilt list, a renamed search), or
        none; a row of a search that cannot run shows none at once."""
        self._soon.stop()
        by_id = {saved.id: saved for saved in self._searches()}
        broken, names, wanted = self._broken(), label_names(self._session), []
        for item in self._items():
            saved = by_id.get(item.data(Qt.ItemDataRole.UserRole))
            if saved is None or saved.id in broken:
                item.setData(CountRole, None)
                continue
            wanted.append(saved)
            known = self._known.get(saved.id)
            item.setData(CountRole, known[1] if known is not None and known[0] == _question(saved, names) else None)
        if self.task is not None:
            self._again = True  # counted from the data as it is once the running count ends
            return
        path = self._session.store.path
        if not wanted or self._session.shut_down or path is None:  # no file: nothing to count on
            return
        asked: Asked = (tuple(wanted), names, current_language())

        def work(store: Store, _progress: Progress, _cancelled: IsCancelled) -> Counted:
            return counted(store, asked)

        # Read-only whatever the window's store is: counting never writes.
        self.task = Task(path, work, "saved search counts", read_only=True)
        self._asked = asked
        self.task.signals.finished.connect(self._counted)
        self.task.signals.failed.connect(self._ended)
        self._pool.start(self.task)

    def _counted(self, answer: Counted) -> None:
        """Show the counts on the rows whose search still asks what was counted (its query,
        tag, filters and entity, with the same label names); any other row waits for the next
        count, asked for then. The places' names go to `places_named`."""
        assert self._asked is not None  # set with the task
        (searches, names, _lang), (counts, places) = self._asked, answer
        shown: dict[int, str] = {}  # the places of the searches still asking what was counted
        self._known = {saved.id: (_question(saved, names), counts.get(saved.id)) for saved in searches}
        now, broken, names_now = {s.id: s for s in self._searches()}, self._broken(), label_names(self._session)
        for item in self._items():
            saved = now.get(item.data(Qt.ItemDataRole.UserRole))
            if saved is None or saved.id in broken:
                continue
            known = self._known.get(saved.id)
            if known is not None and known[0] == _question(saved, names_now):
                item.setData(CountRole, known[1])
                if saved.id in places:
                    shown[saved.id] = places[saved.id]
            else:
                self._again = True  # changed while it was counted: count it as it asks now
        self.places_named.emit(shown)
        self._ended()

    def _ended(self, _message: str = "") -> None:
        """The count is done (or failed: the log says why, the rows keep their numbers); count
        again at once if asked meanwhile."""
        self.task, self._asked = None, None
        if self._again:
            self._again = False
            self.recount()

    def _items(self) -> list[QListWidgetItem]:
        return [self._view.item(row) for row in range(self._view.count())]

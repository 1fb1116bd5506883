"""What the library list shows, read from the store: on the window's thread, or after an
import on a thread of its own.

At 10,000 sources one listing — the ids in order, the sources the filters let through, the
stories and the folding of their members into one row — takes 50–60 ms of the window's thread
on a quiet machine, and it ran after every import: 10,000 files imported in 20 parts stalled
the window 115–446 ms at a time on a busy one (README, "Performance"). After an import the
listing is read off the window's thread (`latest_reading`) and shown when it arrives; any
listing asked for since (a sort, a tag, a search, a story opened, another import) makes an
older one stale: never begun, or dropped when it arrives.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSignalBlocker

from reader.core import search
from reader.core.store import SourceFilter, Store
from reader.ui.latest_reading import LatestReading
from reader.ui.library.source_model import folded_tags
from reader.ui.stories.story_rows import StoryMark, fold

if TYPE_CHECKING:
    from reader.ui.library.library_pane import LibraryPane  # which imports this module


@dataclass(frozen=True, slots=True)
class Asked:
    """What the list is narrowed to and how it is ordered, as the pane stands when it asks."""

    order: str
    tag: str | None
    filters: SourceFilter
    entity_id: int | None
    expanded: frozenset[int]  # the stories the user opened

    @property
    def scope(self) -> tuple[str | None, SourceFilter, int | None]:
        """Which sources the list is narrowed to, whatever their order and folding."""
        return self.tag, self.filters, self.entity_id


@dataclass(frozen=True, slots=True)
class Listing:
    ids: list[int]  # every source listed (what the count says), in order
    visible: list[int]  # the rows: stories folded into their first member
    marks: dict[int, StoryMark]
    story_ids: frozenset[int]  # every story shown as one: an opened story no longer one closes
    story_tags: dict[int, tuple[str, ...]]  # each folded story's row (its head's id) → its reports' tags


def asked_of(pane: LibraryPane) -> Asked:
    """What the pane's list is narrowed to and ordered by now."""
    entity = pane.filters.entity
    return Asked(pane.sort_order(), pane.current_tag, pane.filters.current(),
                 entity[0] if entity is not None else None, frozenset(pane.story_rows.expanded))  # fmt: skip


def listing(store: Store, asked: Asked, *, with_tags: bool = False) -> Listing:
    """The list's rows for `asked`; the store only read. `with_tags`: the folded stories' tags
    too (17 ms for 3,333 stories of 10,000 sources), which a listing read off the window's
    thread brings; on it, the model reads those of the rows it shows, a page at a time."""
    ids = search.source_ids(store, "", asked.order, asked.tag)
    allowed = search.allowed_ids(store, asked.filters, asked.entity_id)
    if allowed is not None:  # outlet, author, language, unread, a name
        ids = [i for i in ids if i in allowed]
    stories = store.stories.stories()
    visible, marks = fold(ids, stories, set(asked.expanded))
    tags = folded_tags(store.tags.of_sources, marks) if with_tags else {}
    return Listing(ids, visible, marks, frozenset(stories), tags)


class ListLoader(QObject):
    """Reads the pane's listings on a thread of its own, one at a time, and shows only the newest."""

    def __init__(self, pane: LibraryPane) -> None:
        super().__init__(pane)
        self._pane = pane
        self._session = pane.session
        self.reads = LatestReading(pane.session, "library list", self)
        self.wanted: int | None = None  # made current when the listing arrives (see `hold`)

    def pending(self) -> bool:
        """Whether the newest listing asked for is still being read."""
        return self.reads.pending()

    def hold(self, source_id: int) -> bool:
        """While a listing is read, a source not in the list yet (one just imported) is made
        current when it arrives; the row current until then is let go, so that choosing it
        again opens it (the window opens the held source meanwhile). False when none is read."""
        if not self.pending():
            return False
        self.wanted = source_id
        selection = self._pane.source_view.selectionModel()
        with QSignalBlocker(selection):
            selection.clear()
        return True

    def drop(self) -> int | None:
        """A listing is made on the window's thread: any one still being read is stale. The
        source held for it (see `hold`), to be made current by this one instead."""
        self.reads.drop()
        wanted, self.wanted = self.wanted, None
        return wanted

    def reload_soon(self) -> None:
        """Sources came (an import): read the list off the window's thread and show it when it
        arrives. The results of a search are run at once, as ever, and so is the list of a
        library that is no file."""
        pane, path = self._pane, self._session.store.path
        if pane.searching() or path is None or self._session.shut_down:
            pane.reload(edited=True)
            return
        pane.pacing.searched()
        pane.saved.follow()
        asked = asked_of(pane)
        self.reads.read(path, lambda store: listing(store, asked, with_tags=True), self._arrived)

    def _arrived(self, found: Listing | None) -> None:
        """Show the listing (the newest asked for); one that could not be read (the log says
        why) is read on the window's thread."""
        if found is None or self._pane.searching():  # a search took the list's place meanwhile
            self._pane.reload(edited=True)
        else:
            wanted, self.wanted = self.wanted, None
            self._pane.show_listing(found, wanted)

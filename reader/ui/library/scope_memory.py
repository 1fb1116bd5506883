"""The library's scope across runs: the window reopens on the tag or saved search it listed, with
the words in the search box, as it reopens on the open source (the sort order is a preference,
saved as it is chosen).

A saved search is remembered by its id, so one renamed meanwhile is still found, and one
replaced under its name comes back as it reads now; a tag by its name, the only identity a tag
has (the CLI names tags too). Either gone by the next start (deleted, renamed by the CLI, left
only on sources in the bin) means every source, silently: the choice no longer exists, and
part of it (a saved search's tag without its filters) would be a list nobody chose. Filters
set by hand (outlet, author, language, unread only, an entity) are not remembered; they come
back inside a saved search, which is how a narrowing meant to last is kept.

The scope is remembered as it changes, like the open source, so a crash keeps it, and again at
the quit (a tag renamed in the tag list is followed without the scope announcing a change).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSignalBlocker

from reader.core.search import SearchResult
from reader.core.store import SavedSearch, SourceFilter
from reader.ui.library.search_results import ResultRole
from reader.ui.library.source_model import TagNameRole
from reader.ui.window_state import RememberedScope, WindowState

Span = tuple[int, int]

if TYPE_CHECKING:
    from reader.ui.library.library_pane import LibraryPane


class ScopeMemory(QObject):
    def __init__(self, pane: LibraryPane, state: WindowState) -> None:
        super().__init__(pane)
        self._pane, self._state = pane, state
        pane.scope_changed.connect(self.remember)

    def remember(self) -> None:
        """Keep what the library lists now: the saved search it is (nothing changed since it
        was chosen), or else its tag and the search box's words."""
        saved = self._pane.saved.active()
        if saved is not None:
            self._state.set_library_scope(RememberedScope(saved_search=saved.id))
            return
        now = self._pane.scope()
        self._state.set_library_scope(RememberedScope(tag=now.tag, text=now.text))

    def restore(self, open_id: int | None) -> int | None:
        """List the last run's scope (once the tag list is filled) and return the source the
        window is to open: `open_id`, the source open at the quit, current in the list if it is
        in the scope.

        If it is not (opened from the timeline or a link, or it lost the tag since), it is
        opened all the same, as a link opens a source the list does not show: the user comes
        back to what they were reading and to the list they had chosen. The list then marks no
        row (none of its rows is open), and J starts at its first. Only a source deleted
        meanwhile (or in the bin) gives way, to the list's first row, as it always did.
        Nothing is announced on the way: the window opens one source, once, instead of the
        scope's first row on the way to it (marked read, though the user never saw it).
        """
        pane = self._pane
        saved, tag, text = self._remembered()
        with QSignalBlocker(pane):
            if text.strip():  # the list under the results first, as typing the search would leave it:
                self._put(saved, tag, "", open_id)  # leaving it lands on the open source, not the first
            self._put(saved, tag, text, open_id)
            if open_id is not None and not pane.select_source(open_id):
                if pane.session.store.sources.get(open_id) is None:
                    open_id = None
                else:
                    pane.source_view.selectionModel().clear()
            if open_id is None:
                open_id = pane.current_source_id()
                if open_id is not None:
                    pane.select_source(open_id)  # results shown: the first of its results current
        return open_id

    def restored_marks(self, open_id: int | None) -> tuple[list[Span], list[Span]]:
        """The hits to mark in the reopened source, in its text and in its teaser: those of its
        result the restored search made current, as opening that result marks them. The window
        reopened on the result with the article unmarked, while the same words typed and opened
        marked every hit."""
        pane = self._pane
        showing = pane.list_stack.currentWidget() is pane.results_view
        result = pane.results_view.currentIndex().data(ResultRole) if showing else None
        if not isinstance(result, SearchResult) or result.where != "article" or result.source_id != open_id:
            return [], []
        pane.search_shown.marks_shown()
        return list(result.match_offsets), list(result.teaser_offsets)

    def _remembered(self) -> tuple[SavedSearch | None, str | None, str]:
        """The saved search, tag and words to put back; a gone saved search or tag is none."""
        kept = self._state.library_scope()
        if kept.saved_search is not None:
            saved = self._pane.session.store.saved_searches.get(kept.saved_search)
            return saved, None, saved.query if saved is not None else ""
        tags = self._pane.tag_model  # the tags on live sources, in any case, as the list matches
        row = tags.row_of(kept.tag) if kept.tag is not None else 0
        return None, tags.index(row).data(TagNameRole) if row else None, kept.text

    def _put(self, saved: SavedSearch | None, tag: str | None, text: str, open_id: int | None) -> None:
        if saved is not None:
            self._pane.saved.apply(replace(saved, query=text), open_id)
        else:
            self._pane.show_search(text, tag, SourceFilter(), None, open_id)

"""The left pane: the library as a list, with sort, tag filter and a search box.

It asks the core for the ordered ids that match (sort, tag) and hands them to the lazy
`SourceListModel` (after an import, they are read off the window's thread: `list_loading`);
it repaints only the rows a change touched. While there is text in the search box, ranked
results with snippets take the list's place (`search_shown`). It announces the user's choice
with `source_selected` or `result_opened` and never opens anything itself. Where its parts sit
is `library_layout`'s; its keys (/, J, K, ↓, Esc) are `library_keys`'.
"""

from __future__ import annotations

from contextlib import nullcontext

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QStackedWidget, QWidget

from reader.core.changes import Changes
from reader.core.search import SearchResult
from reader.core.store import SourceFilter
from reader.ui.library import all_sources
from reader.ui.library.all_sources import is_all_sources, narrowed_elsewhere, show_all
from reader.ui.library.current_kept import CurrentKept
from reader.ui.library.eliding_rows import elide_rows
from reader.ui.library.filter_bar import FilterBar
from reader.ui.library.library_keys import bind_keys, go_actions
from reader.ui.library.library_layout import lay_out
from reader.ui.library.list_loading import Listing, ListLoader, asked_of, listing
from reader.ui.library.passing import Passing
from reader.ui.library.results_list import ResultsList
from reader.ui.library.saved_search_list import SavedSearches
from reader.ui.library.scope import LibraryScope
from reader.ui.library.search_box import SearchBox
from reader.ui.library.search_pacing import SearchPacing
from reader.ui.library.search_shown import SearchShown
from reader.ui.library.sort_orders import sort_box
from reader.ui.library.source_delegate import source_list_view
from reader.ui.library.source_model import SourceIdRole, SourceListModel, TagListModel, TagNameRole
from reader.ui.library.status_line import StaleList, StatusLine, count_message
from reader.ui.library.suggestion_line import SuggestionLine
from reader.ui.library.tag_edits import TagEdits, TagList
from reader.ui.session import Session
from reader.ui.step_names import inside
from reader.ui.stories.story_rows import StoryRows


class LibraryPane(QWidget):
    source_selected = Signal(object)  # source id, or None when the list is empty
    sort_changed = Signal(str)
    result_opened = Signal(object)  # SearchResult: open its source at the hit
    scope_changed = Signal()  # what is listed changed: tag, a settled search, filters, a saved search
    search_gone = Signal()  # the search whose hits the article marks is gone: cleared (Esc, ✕, words deleted) or replaced

    def __init__(self, session: Session, sort: str = "published", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPane")
        self.session = session
        self.model = SourceListModel(session.store.sources.summaries, self, session.store.tags.of_sources,
                                     session.store.sources.titles)  # fmt: skip
        self.tag_model = TagListModel(self)
        self._tag: str | None = None
        self._followed: int | None = None  # a result's source the folded list had no row for
        self.current_kept = CurrentKept()  # which source a new listing makes current
        self._build_search()
        self.filters = FilterBar(session, self)
        self.filters.changed.connect(lambda: self.reload())
        self.filters.changed.connect(self.scope_changed)
        self.saved = SavedSearches(session, self)
        self.loader = ListLoader(self)
        self._build_lists()
        self.story_rows = StoryRows(self)
        self._build_results()
        self.splitter = lay_out(self)
        self._build_actions()
        self.set_sort(sort, reload=False)
        self.saved.reload()

    # -- building ---------------------------------------------------------------------------

    def _build_search(self) -> None:
        self.search_box = SearchBox(self)  # says what the search language takes
        # Results once typing pauses, not per key; a half-typed query's refusal waits longer.
        self.search_shown = SearchShown(self)  # its results, a refused query's reason, the marks
        self.pacing = SearchPacing(self.search_box, self._relist, self.search_shown.say_refused,
                                   self.search_shown.withdraw_refused)  # fmt: skip
        self._search_timer = self.pacing.search_timer
        self.search_box.returnPressed.connect(self._search_now)
        self.sort_box = sort_box(self)
        self.sort_box.currentIndexChanged.connect(self._sort_chosen)
        self.status = StatusLine(self)
        self.suggestion = SuggestionLine(self, self.search_box, self._relist, self.session.notice_posted.emit)

    def _build_lists(self) -> None:
        self.tag_view = TagList(self)
        self.tag_view.setObjectName("tagList")
        self.tag_edits = TagEdits(self.session, self, self.tag_view)
        self.tag_view.setModel(self.tag_model)
        self.tag_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elide_rows(self.tag_view)
        self.tag_view.selectionModel().currentChanged.connect(self._tag_chosen)
        all_sources.bind(self)  # a click, Space or Enter on it while it is already current
        self.source_view = source_list_view(self.model, self)
        self.source_view.selectionModel().currentChanged.connect(self._source_chosen)
        self.passing = Passing(self.source_view, self.session.notice_posted.emit)  # keys passing sources by

    def _build_results(self) -> None:
        self.results_view = ResultsList(self)
        self.results_model = self.results_view.results
        self.results_view.opened.connect(self._open_result)
        self.passing.watch(self.results_view)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.source_view)
        self.list_stack.addWidget(self.results_view)
        self.stale = StaleList(self, self.list_stack, self.results_view)

    def _build_actions(self) -> None:
        self.search_action, self.next_action, self.previous_action = go_actions(self)
        self.menu_actions = [self.search_action, self.saved.save_action, self.next_action, self.previous_action]
        bind_keys(self, self._search_now)

    # -- what the window asks of the pane ---------------------------------------------------

    def reload(self, prefer: int | None = None, *, edited: bool = False) -> None:
        """Fill the list (or, with text in the search box, the results) again.

        The list keeps the current (or `prefer`) source selected; when it is gone (deleted,
        filtered out) its neighbour takes its place. After an edit (`edited`: a tag, a source
        added or deleted, a story) the results keep the user's result chosen, silently: the
        search ran anew and left none chosen after tagging the chosen one.
        """
        self.pacing.searched()
        self.saved.follow()
        held = self.loader.drop()  # a listing still being read is older than this one
        if self.searching():
            self.search_shown.refresh() if edited else self.search_shown.run()
            return
        self.show_listing(listing(self.session.store, asked_of(self)), held if prefer is None else prefer)

    def show_listing(self, found: Listing, prefer: int | None) -> None:
        """Show `found` as the list, `prefer` (or the current source) current as in `reload`."""
        self.list_stack.setCurrentWidget(self.source_view)
        followed, self._followed = self._followed, None
        current = next((i for i in (prefer, followed) if i is not None), self.current_source_id())
        restoring = prefer is None and followed is None and not self.session.announcing_outside
        tried = self.current_kept.tried(asked_of(self).scope, current, restoring=restoring)
        old_row = self.source_view.currentIndex().row()
        self.story_rows.expanded &= found.story_ids  # `select_source` opens a story hiding `current`
        self.model.set_ids(found.visible, found.marks, found.story_tags)
        self._show_count(len(found.ids))
        for source_id in tried:
            if self.select_source(source_id):
                self.current_kept.kept(source_id)
                return
        # The open source gone from the new list, the one in its place was not chosen by the
        # user: read once they stay on it (a window starting with none open reads its first).
        with self.passing.stepping() if current is not None else nullcontext():
            self._select_row(self.current_kept.fallback_row(old_row, len(found.visible)))
        self.current_kept.gave_way(current, self.current_source_id())

    def show_search(self, text: str, tag: str | None, filters: SourceFilter, entity: tuple[int, str] | None,
                    prefer: int | None = None) -> None:  # fmt: skip
        """Put a search, tag, filters and entity (or none) in place together (a saved search, the
        last run's scope); reload once, `prefer` current as in `reload`."""
        self._tag = tag
        self.mark_tag()
        # Not under a QSignalBlocker: the box's own ✕ follows its textChanged, and a search put
        # back at start-up stood there without one. The pause timer that textChanged starts is
        # stopped instead (the reload below searches now).
        self.search_box.put(text)  # its start in view
        self.pacing.searched()
        self.filters.set_current(filters)
        self.filters.put_entity(entity)
        self.search_shown.refused = False
        self.reload(prefer)
        if self.search_shown.refused:  # the results of the last search were not this one's: none, and why
            self.results_model.set_results([])
            self.list_stack.setCurrentWidget(self.results_view)
            self.stale.clear()  # nothing listed: nothing to mistake
        self.scope_changed.emit()
        self.search_shown.marks_follow()

    def searching(self) -> bool:
        return bool(self.search_box.text().strip())

    def reload_tags(self) -> None:
        self.tag_model.set_tags(self.session.store.tags.all(), self.session.store.sources.count())
        if self.tag_is_gone() and self.saved.active() is None:
            self._tag = None  # its last source lost it: every source, unless a saved search asks for it
        self.mark_tag()

    def tag_is_gone(self) -> bool:
        """Whether the list is narrowed to a tag no source carries (a saved search of a deleted tag)."""
        return self._tag is not None and self.tag_model.row_of(self._tag) == 0

    def mark_tag(self) -> None:
        """Mark the tag the list is narrowed to (`TagList.mark`); the saved searches ask again
        as they follow the library, so "All sources" is not drawn chosen under one."""
        self.tag_view.mark(self._tag, self.tag_is_gone(), narrowed_elsewhere(self))

    def apply_changes(self, changes: Changes) -> None:
        if changes.tags or changes.sources_added or changes.sources_removed:
            self.reload_tags()
        if changes.sources_added or changes.sources_removed or changes.sources_updated:
            self.filters.reload_choices()
        if changes.sources_added and self.session.announcing_import:
            self.loader.reload_soon()  # its list read off the window's thread
        elif changes.sources_added or changes.sources_removed or changes.tags or changes.stories:
            self.reload(edited=True)  # a story's members fold into one row: a new story changes the rows
        elif self.searching() and (changes.sources_updated or changes.highlights or changes.notes):
            self.search_shown.refresh()  # a new title, highlight or note shows in the results
        touched = changes.sources_updated | changes.highlights | changes.notes | changes.read  # ✎, the unread dot
        if touched:
            self.model.refresh(touched)

    @property
    def current_tag(self) -> str | None:
        """The tag the list is narrowed to, or None for all sources."""
        return self._tag

    def follow_tag(self, old: str | None, new: str | None) -> None:
        """A tag is renamed or deleted: if the list shows `old`, it shows `new` after the change
        (None: every source), instead of falling back to every source."""
        if (self._tag or "").casefold() == (old or "").casefold():
            self._tag = new

    def scope(self) -> LibraryScope:
        """What the list shows now, for the views that follow it (see `scope_changed`)."""
        return self.saved.scope()

    def current_source_id(self) -> int | None:
        index = self.source_view.currentIndex()
        return index.data(SourceIdRole) if index.isValid() else None

    def select_source(self, source_id: int) -> bool:
        """Make `source_id` current (it is announced); False when it is not in the list."""
        if self.list_stack.currentWidget() is self.results_view:
            self.results_view.follow(source_id)
        row = self.model.row_of(source_id)
        if row is None and self.loader.hold(source_id):
            return False
        if row is None and self.story_rows.reveal(source_id):
            self.reload(prefer=source_id)
            return self.model.row_of(source_id) is not None
        if row is None:
            return False
        self._select_row(row)
        return True

    def move_selection(self, step: int) -> None:
        showing_results = self.list_stack.currentWidget() is self.results_view
        view: QAbstractItemView = self.results_view if showing_results else self.source_view
        rows = view.model().rowCount()
        if rows == 0:
            return
        row = max(0, min(rows - 1, view.currentIndex().row() + step))
        with self.passing.stepping():  # J held down passes sources by, as ↓ does
            if view is self.source_view:
                self._select_row(row)
            else:
                view.setCurrentIndex(view.model().index(row, 0))

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def clear_search(self) -> None:
        if self.search_box.text():
            self.search_box.clear()
            self._relist()
        self.source_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_sort(self, order: str, *, reload: bool = True) -> None:
        with QSignalBlocker(self.sort_box):
            self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(order)))
        if reload:
            self.reload()

    def sort_order(self) -> str:
        return str(self.sort_box.currentData())

    # -- reacting to the user ---------------------------------------------------------------

    def _search_now(self) -> None:
        """Enter or ↓ in the search box: go to the list, or open the best result; a refused
        query says why at once and keeps the cursor in the box (its results are the last query's)."""
        self._relist()
        self.enter_list()

    def enter_list(self) -> None:
        """Take the keyboard into what the library lists, opening the best result with its hits
        marked: Enter in the search box, and Enter on a saved search, which only put its search
        back, so the article it showed first had no marks while the same words typed had them.
        A refused query keeps the keyboard where it is (the reason is said)."""
        if self.searching() and self.search_shown.refused:
            return
        if self.list_stack.currentWidget() is not self.results_view:
            self.source_view.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.results_view.open_first()

    def _open_result(self, result: SearchResult) -> None:
        self._follow_in_list(result.source_id)
        self.search_shown.marks_shown()
        self.result_opened.emit(result)

    def _follow_in_list(self, source_id: int) -> None:
        """Make the (hidden) list's current row the result's source, without announcing it,
        so leaving the search lands on what is open rather than on what was open before (for a
        report its folded story hides, by opening the story on it then: Esc opened the story's row)."""
        row = self.model.row_of(source_id)
        self._followed = source_id if row is None else None
        if row is None:
            return
        selection = self.source_view.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)

    def _sort_chosen(self, _row: int) -> None:
        self.reload()
        self.sort_changed.emit(self.sort_order())

    def _tag_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if is_all_sources(current) and show_all(self):
            return  # the entity and a saved search cleared with the tag (`all_sources`)
        self._tag = current.data(TagNameRole) if current.isValid() else None
        self._relist()

    def _relist(self) -> None:
        """The tag or search chosen takes effect: list it and tell the views that follow the library."""
        self.reload()
        self.scope_changed.emit()
        self.search_shown.marks_follow()

    def _source_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.loader.wanted = None  # chosen since: not the source that waited for a listing
        self.source_selected.emit(current.data(SourceIdRole) if current.isValid() else None)

    def _select_row(self, row: int | None) -> None:
        if row is None:
            self.source_selected.emit(None)
            return
        index = self.model.index(row)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.source_view.selectionModel().setCurrentIndex(index, flags)
        self.source_view.scrollTo(index)

    def _show_count(self, count: int) -> None:
        entity = self.filters.entity_label  # say why the list is short, up here
        counted = (inside(self.tr("%Ln source(s) naming “%1”", "", count), entity) if entity is not None
                   else self.tr("%Ln source(s)", "", count))  # fmt: skip
        narrowed = bool(self._tag or self.filters.active())
        self.stale.clear()  # the list is the one counted
        self.status.say(count_message(count, self._tag, count == 0 and self.tag_is_gone(), narrowed, counted))

"""Saved searches under the tags: the library's search box, tag and filters kept under a name,
each with the number of sources it finds (saved_counts).

Go ▸ Save search… (Ctrl+Shift+S) keeps what the library shows now, with the entity it is
narrowed to, if any; the list under the tags names every saved search, and clicking one (or
Enter) puts its search, tag, filters and entity back in place, so the list, the timeline and exports show what it finds in the library as it is now.
F2 renames the chosen one, Delete removes it; both, and saving, are undoable. Saving under a
name already taken asks whether to replace that search (keeping its place): that is how a search
is edited — choose it, change the box or filters, save it again under its name. The list marks
the saved search the library shows, while nothing was changed since. A query that no longer
parses (saved before a syntax change, or naming a label since renamed) is marked in the list
as soon as it is built — slanted, with a warning sign, the reason and how to mend it in its
tooltip — and, chosen, shows "Invalid search" in the library's status line, as the search box
does, over an empty list; saving then offers its name, so mending it is: fix the box, Ctrl+Shift+S,
Enter, replace (a query still refused is not saved: the status bar says why). A search of a tag
no source carries any more (deleted in the tag list or by `briefing tag delete`) is kept, as
the core keeps it, and marked the same way until a source carries the tag again: unmarked, it
silently found nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QWidget,
)

from reader.core.changes import Changes
from reader.core.search import InvalidSearch, check_query, filters_of, saved_entity_id
from reader.core.store import SavedSearch, clean_search_name
from reader.ui import context_menus, dialogs
from reader.ui.core_messages import sentence
from reader.ui.label_names import label_names
from reader.ui.library.edit_keys import EditKeys
from reader.ui.library.eliding_rows import elide_rows
from reader.ui.library.saved_counts import SavedCounts
from reader.ui.library.scope import LibraryScope
from reader.ui.library.status_line import tag_gone
from reader.ui.session import Session
from reader.ui.step_names import inside, named

if TYPE_CHECKING:
    from reader.ui.library.library_pane import LibraryPane

MAX_ROWS_SHOWN = 6  # the list grows with its entries up to this many rows, then scrolls


def _finds(s: SavedSearch) -> tuple[object, ...]:
    """What a search finds, as a value to compare: its words (spacing aside), tag (case aside),
    filters and entity; not its name or id."""
    return " ".join(s.query.split()), (s.tag or "").casefold(), s.outlet, s.author, s.lang, s.unread_only, s.entity_name


def _same(a: SavedSearch, b: SavedSearch) -> bool:
    """Whether two searches find the same (names and ids aside)."""
    return _finds(a) == _finds(b)


def describe(saved: SavedSearch, place: str | None = None) -> str:
    """The search in one line for a tooltip: its words, then its tag and filters, its entity
    named `place` where the window names that place otherwise (`saved_counts`)."""
    translate = QCoreApplication.translate
    parts = [saved.query] if saved.query else []
    for caption, value in ((translate("SavedSearches", "tag"), saved.tag),
                           (translate("SavedSearches", "outlet"), saved.outlet),
                           (translate("SavedSearches", "author"), saved.author),
                           (translate("SavedSearches", "language"), saved.lang)):  # fmt: skip
        if value is not None:
            parts.append(f"{caption}: {value}")
    if saved.unread_only:
        parts.append(translate("SavedSearches", "unread only"))
    if saved.entity_name is not None:
        parts.append(inside(translate("SavedSearches", "naming “%1”"), place or saved.entity_name))
    return " · ".join(parts) or translate("SavedSearches", "every source")


class _NewSavedSearch:
    """`do` of "Save search": adds the row the first time, brings the same row back on redo."""

    def __init__(self, session: Session, wanted: SavedSearch) -> None:
        self._session, self._wanted = session, wanted
        self.saved: SavedSearch | None = None

    def do(self) -> Changes:
        repo = self._session.store.saved_searches
        if self.saved is None:
            self.saved, changes = repo.add(self._wanted)
            return changes
        return repo.restore(self.saved)

    def undo(self) -> Changes:
        assert self.saved is not None
        return self._session.store.saved_searches.delete(self.saved.id)


class SavedSearchList(QListWidget):
    """The list under the tags; F2 and Delete act on it rather than on the window's actions
    bound to the same keys (Edit metadata, …) while it has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit_keys = EditKeys(self)


class SavedSearches(QObject):
    """The saved searches of the library pane: its list, and saving, applying, renaming and
    deleting them through the session (undoable)."""

    def __init__(self, session: Session, pane: LibraryPane) -> None:
        super().__init__(pane)
        self._session, self._pane = session, pane
        self._searches: list[SavedSearch] = []
        self._tagless: set[int] = set()  # ids of the searches marked for a tag gone (see `_changed`)
        self._broken: set[int] = set()  # ids of the searches marked (a refused query, a tag gone)
        self._applied: SavedSearch | None = None  # the saved search chosen last
        self.view = SavedSearchList(pane)
        self.view.setObjectName("savedSearches")
        self.view.setAccessibleName(self.tr("Saved searches"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elide_rows(self.view)
        # The warning sign of a marked search as high as a line of text: at its own 32 px its row
        # stood half again as tall as the others, its name pushed right and down.
        line = self.view.fontMetrics().height()
        self.view.setIconSize(QSize(line, line))
        context_menus.for_items(self.view, self._fill_menu)
        # Like the tags above: moving onto one (arrow keys, a click) shows it. Once the search box
        # or a filter is changed by hand, `follow` leaves none current, so a click shows it again.
        self.view.currentItemChanged.connect(lambda item, _previous: self.apply(self._at(item)))
        self.view.itemActivated.connect(self._open_best)
        self.heading = QLabel(self.tr("Saved searches"), pane)
        self.heading.setObjectName("paneHeading")
        self.save_action = QAction(self.tr("Sa&ve search…"), pane, shortcut=QKeySequence("Ctrl+Shift+S"))
        self.save_action.setStatusTip(self.tr("Keep the library's search, tag and filters under a name"))
        self.save_action.triggered.connect(self.save_current)
        self.rename_action = QAction(self.tr("&Rename…"), self.view)
        self.rename_action.triggered.connect(self.rename_current)
        self.delete_action = QAction(self.tr("&Delete"), self.view)
        self.delete_action.triggered.connect(self.delete_current)
        # Through the actions: F2 and Del do nothing while they are off (a read-only library).
        self.view.edit_keys.rename_requested.connect(self.rename_action.trigger)
        self.view.edit_keys.delete_requested.connect(self.delete_action.trigger)
        # The number each finds after its name, as the tags have theirs (saved_counts).
        self.counts = SavedCounts(session, self.view, lambda: self._searches, lambda: self._broken)
        self.counts.places_named.connect(self._name_places)
        session.changes_applied.connect(self._changed)
        session.settings_changed.connect(lambda _settings: self.reload())  # label names parse anew

    # -- what the library shows -------------------------------------------------------------

    def current(self) -> SavedSearch:
        """The library's search box, tag, filters and entity now, as an unsaved search."""
        pane = self._pane
        chosen, entity = pane.filters.current(), pane.filters.entity
        text = pane.search_box.text().strip() if pane.searching() else ""
        return SavedSearch(0, "", text, pane.current_tag, chosen.outlet, chosen.author, chosen.lang,
                           chosen.unread_only, *(entity or (None, None)))  # fmt: skip

    def active(self) -> SavedSearch | None:
        """The saved search the library shows now (nothing changed since), if any."""
        return self._matching(self.current())

    def scope(self) -> LibraryScope:
        """What the library shows now, with the name of the saved search it is, if any."""
        now = self.current()
        saved = self._matching(now)
        return LibraryScope(now, saved.name if saved is not None else None)

    def _matching(self, now: SavedSearch) -> SavedSearch | None:
        return next((s for s in self._searches if _same(s, now)), None)

    def apply(self, saved: SavedSearch | None, prefer: int | None = None) -> None:
        """Show what `saved` finds: its search, tag, filters and entity in place, the list
        reloaded once with `prefer` current if it is in it (an entity no longer indexed under
        its id is found by its name)."""
        if saved is None:
            return
        self._applied = saved
        entity_id = saved_entity_id(self._session.store, saved)
        entity = (entity_id, saved.entity_name or "") if entity_id is not None else None
        self._pane.show_search(saved.query, saved.tag, filters_of(saved), entity, prefer)

    def _open_best(self, item: QListWidgetItem) -> None:
        """Enter (or a double-click) on a saved search does what Enter does in the search box:
        its best result opens, its hits marked, and the keyboard goes to the results."""
        self.apply(self._at(item))
        self._pane.enter_list()

    def reload(self) -> None:
        """Read the saved searches again; the list shows only while there is one."""
        had_focus = self.view.hasFocus()
        self._searches = self._session.store.saved_searches.all()
        self._tagless = self._tag_gone()
        self._broken = set()
        # Quiet while rebuilt: clearing the list made the row after the current one current, and
        # its search was applied (a tag deleted while one was chosen put another in its place).
        with QSignalBlocker(self.view):
            self.view.clear()
            for saved in self._searches:
                self._add_item(saved)
        self.counts.recount()
        self.view.setVisible(bool(self._searches))
        self.heading.setVisible(bool(self._searches))
        if had_focus and not self._searches:
            # Hidden, the list passed the keyboard on to the Outlet filter below, where the next
            # letter typed filtered the library: the tags above are its neighbours in the loop.
            self._pane.tag_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.ensurePolished()  # row heights with the style sheet's padding
        # Each row's own height: a broken search's warning sign may make its row taller.
        height = sum(self.view.sizeHintForRow(row) for row in range(min(len(self._searches), MAX_ROWS_SHOWN)))
        self.view.setFixedHeight(height + 2 * self.view.frameWidth() + 2)
        # Every row shown, no scroll bar: with a warning sign's taller row the list counted its
        # rows short and showed one beside two searches that both fit.
        all_shown = len(self._searches) <= MAX_ROWS_SHOWN
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if all_shown
                                             else Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # fmt: skip
        self.follow()

    def _add_item(self, saved: SavedSearch) -> None:
        item = QListWidgetItem(saved.name, self.view)
        item.setData(Qt.ItemDataRole.UserRole, saved.id)
        item.setToolTip(describe(saved))
        try:
            check_query(saved.query, label_names(self._session))
        except InvalidSearch as exc:
            mend = self.tr("Choose it, correct the search, and save it again under its name (Ctrl+Shift+S)")
            self._mark_broken(item, saved, sentence(str(exc)), mend)
            return
        if saved.id in self._tagless:
            self._mark_broken(item, saved, tag_gone(saved.tag or ""))

    def _name_places(self, places: dict[int, str]) -> None:
        """Name each search's place in its tooltip as the window does (the counting thread
        found the names: loading them here stalled the window)."""
        for row in range(self.view.count()):
            item, saved = self.view.item(row), self._at(self.view.item(row))
            if saved is not None and saved.id in places:
                item.setToolTip(describe(saved, places[saved.id]))

    def _tag_gone(self) -> set[int]:
        """The ids of the saved searches of a tag no live source carries (any case): those the
        tag list no longer shows, deleted or left only on sources in the bin."""
        tags = {t.name.casefold() for t in self._session.store.tags.all() if t.source_count > 0}
        return {s.id for s in self._searches if s.tag is not None and s.tag.casefold() not in tags}

    def _mark_broken(self, item: QListWidgetItem, saved: SavedSearch, why: str, mend: str = "") -> None:
        """A query that no longer parses (the syntax changed since it was saved), or whose tag
        is gone, is marked before it is chosen: slanted, with a warning sign, and why in its
        tooltip (a refused query's with how to mend it)."""
        self._broken.add(saved.id)
        font = item.font()
        font.setItalic(True)
        item.setFont(font)
        item.setIcon(self.view.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        item.setToolTip("\n".join(line for line in (why, describe(saved), mend) if line))
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, why)

    def follow(self) -> None:
        """Mark the saved search the library shows now, or none, and the tag list's row with it
        (`all_sources.narrowed_elsewhere`)."""
        active = self.active()
        self.view.blockSignals(True)
        self.view.setCurrentRow(-1)
        self.view.clearSelection()
        if active is not None:
            self.view.setCurrentRow(self._searches.index(active))
        self.view.blockSignals(False)
        self._pane.mark_tag()

    # -- commands ---------------------------------------------------------------------------

    def save_current(self) -> None:
        """Ask for a name and keep the library's search, tag and filters under it (a name taken:
        replace that search, if the user says so). A search the box calls invalid is refused
        before a name is asked, as `briefing saved add` refuses it: saved, it was listed at once
        with a warning sign, an entry that could only ever find nothing."""
        wanted = self.current()
        try:
            check_query(wanted.query, label_names(self._session))
        except InvalidSearch as exc:
            self._session.error_raised.emit(self.tr("%1 — nothing was saved").replace("%1", sentence(str(exc))))
            return
        # The words or the tag come offered (selected: typing replaces them), so Enter saves:
        # the field was empty, and "seltene Erden" had to be typed a second time. A marked search
        # chosen last offers its own name: the user is mending it. A list narrowed to an entity
        # alone offers the entity's name: the field was empty, and Enter saved nothing, silently.
        applied = self._applied if self._applied is not None and self._applied.id in self._broken else None
        offered = applied.name if applied is not None else wanted.query.strip() or wanted.tag or wanted.entity_name or ""
        name = dialogs.ask_text(self._pane.window(), self.tr("Save search"),
                                self.tr("Name for this search (%1):").replace("%1", describe(wanted)), offered)  # fmt: skip
        if name is None or not self._name_usable(name, None, replacing=True):
            return
        taken = self._session.store.saved_searches.find(clean_search_name(name))
        if taken is not None:
            self._replace(taken, wanted)
            return
        step = _NewSavedSearch(self._session, replace(wanted, name=clean_search_name(name)))
        undo_text = named(self.tr("Save search %1"), clean_search_name(name))
        self._session.perform(undo_text, step.do, step.undo)
        self._session.notice_posted.emit(inside(self.tr("Saved search “%1”: listed under the tags (Ctrl+Z takes it back)"),
                                                clean_search_name(name)))  # fmt: skip

    def rename_current(self) -> None:
        saved = self._at(self.view.currentItem())
        if saved is None:
            return
        name = dialogs.ask_text(self._pane.window(), self.tr("Rename saved search"), self.tr("New name:"), saved.name)
        if name is None or not self._name_usable(name, saved.id) or clean_search_name(name) == saved.name:
            return
        repo, new = self._session.store.saved_searches, clean_search_name(name)
        self._session.perform(named(self.tr("Rename saved search %1 → %2"), saved.name, new),
                              lambda: repo.rename(saved.id, new), lambda: repo.rename(saved.id, saved.name))  # fmt: skip
        # as saving and deleting do: the list re-sorts, and the renamed search may move away
        self._session.notice_posted.emit(inside(self.tr("Renamed saved search “%1” to “%2” (Ctrl+Z takes it back)"),
                                                saved.name, new))  # fmt: skip

    def delete_current(self) -> None:
        saved = self._at(self.view.currentItem())
        if saved is None:
            return
        repo = self._session.store.saved_searches
        self._session.perform(named(self.tr("Delete saved search %1"), saved.name),
                              lambda: repo.delete(saved.id), lambda: repo.restore(saved))  # fmt: skip
        self._session.notice_posted.emit(inside(self.tr("Deleted saved search “%1” (Ctrl+Z brings it back)"), saved.name))  # fmt: skip

    def _replace(self, old: SavedSearch, wanted: SavedSearch) -> None:
        """Put `wanted` in the place of `old` (its name and id), once the user agrees; undoable."""
        if _same(old, wanted):  # nothing to replace: say so, as before
            self._session.error_raised.emit(inside(self.tr("There is already a saved search called “%1”"), old.name))
            return
        question = inside(self.tr("There is already a saved search called “%1”. Replace it with this search?"), old.name)
        if not dialogs.ask_yes_no(self._pane.window(), self.tr("Replace saved search"), question):
            return
        new, repo = replace(wanted, id=old.id, name=old.name), self._session.store.saved_searches
        self._session.perform(named(self.tr("Replace saved search %1"), old.name),
                              lambda: repo.replace(new), lambda: repo.replace(old))  # fmt: skip
        self._session.notice_posted.emit(inside(self.tr("Replaced saved search “%1” (Ctrl+Z takes it back)"), old.name))

    def _name_usable(self, name: str, own_id: int | None, *, replacing: bool = False) -> bool:
        """Whether `name` can be given to a saved search (`replacing`: a taken name may be, the
        caller asks); says why not in the status bar."""
        try:
            cleaned = clean_search_name(name)
        except ValueError:
            self._session.error_raised.emit(self.tr("A saved search's name is at most 100 characters"))
            return False
        taken = self._session.store.saved_searches.find(cleaned)
        if taken is not None and taken.id != own_id and not replacing:
            self._session.error_raised.emit(inside(self.tr("There is already a saved search called “%1”"), taken.name))
            return False
        return True

    def _at(self, item: QListWidgetItem | None) -> SavedSearch | None:
        if item is None:
            return None
        saved_id = item.data(Qt.ItemDataRole.UserRole)
        return next((s for s in self._searches if s.id == saved_id), None)

    def _fill_menu(self, menu: QMenu, index: QModelIndex) -> bool:
        item = self.view.item(index.row()) if index.isValid() else None
        if item is None:
            return False
        self.view.setCurrentItem(item)
        menu.addActions([self.rename_action, self.delete_action])
        return True

    def _changed(self, changes: Changes) -> None:
        # Tags change on every tagging: the list is built anew only when a search's tag came or went.
        if changes.saved_searches or (changes.tags and self._tag_gone() != self._tagless):
            self.reload()  # counted anew with it
        else:
            self.counts.changed(changes)

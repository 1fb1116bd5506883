"""Renaming and deleting a tag from the library's tag list (F2, Delete, or right-click).

A consultant who tagged twenty sources "Enrgie", or "Kunde X" before the client had a name, had
no way to correct it but to untag and retag every source by hand. Each is one undo step. A
rename is the store's: the tag is renamed on every source, those in the bin too (restored, one
comes back under the new name), a change of case included; into an existing tag the two merge,
and undo restores exactly what was there (a source that had both keeps both). Saved searches of
the tag follow a rename. A delete is the store's too: the tag goes from the sources in the bin as
well (restored, one no longer brings it back), and undo gives it back to every source that had it.

The list of the tag the library shows follows a rename (and its undo), rather than falling
back to every source.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QSignalBlocker, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListView, QMenu, QWidget

from reader.core.changes import Changes
from reader.core.search import source_ids
from reader.core.store import SavedSearch, clean_tag
from reader.ui import context_menus, dialogs
from reader.ui.core_messages import sentence
from reader.ui.i18n import Plural
from reader.ui.library.edit_keys import EditKeys
from reader.ui.library.source_model import TagListModel, TagNameRole
from reader.ui.session import Session
from reader.ui.step_names import inside, named

if TYPE_CHECKING:
    from reader.ui.library.library_pane import LibraryPane


class TagList(QListView):
    """The tag list; F2 and Delete act on the chosen tag rather than on the window's actions
    bound to the same keys (Edit metadata, Delete highlight) while it has the focus.

    It keeps room for its rows, up to `ROWS_KEPT`: a list view's least height is about 70 px,
    and at 1024 x 700 the fourth row ("US-News (2)") showed cut in half under a scroll bar. And
    no more than its rows: at 1024 x 576 the 70 px of a list of one tag ("All sources") pushed
    "Unread only" below the pane's edge.
    """

    ROWS_KEPT = 5

    def mark(self, tag: str | None, gone: bool, elsewhere: bool = False) -> None:
        """Make the tag the list is narrowed to current, and none when that tag is `gone`:
        "All sources" stood chosen over an empty list, and a click on it did nothing. With no
        tag while a saved search or an entity narrows the list (`elsewhere`), "All sources" is
        current but not selected: drawn chosen, it read as if every source were listed."""
        selection = self.selectionModel()
        with QSignalBlocker(selection):
            if gone:
                selection.clear()
            else:
                model = self.model()
                assert isinstance(model, TagListModel)
                self.setCurrentIndex(model.index(model.row_of(tag)))
                if tag is None and elsewhere:
                    selection.clearSelection()
        self.viewport().update()  # the selection changed with its signals blocked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit_keys = EditKeys(self)
        self.setAccessibleName(self.tr("Tags"))

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.updateGeometry)  # the tags are reloaded by a reset

    def sizeHint(self) -> QSize:
        """Every row: the height the tag list has a use for (see `scroll_block`)."""
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        height = sum(self.sizeHintForRow(row) for row in range(rows)) + 2 * self.frameWidth()
        return QSize(self.minimumSizeHint().width(), max(height, self.minimumSizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        model = self.model()
        rows = min(model.rowCount(), self.ROWS_KEPT) if model is not None else 0
        height = sum(self.sizeHintForRow(row) for row in range(rows)) + 2 * self.frameWidth()
        least = super().minimumSizeHint()
        return QSize(least.width(), height if rows else least.height())



class TagEdits(QObject):
    """Rename… and Delete on the pane's tag list, through the session (undoable)."""

    def __init__(self, session: Session, pane: LibraryPane, view: TagList) -> None:
        super().__init__(pane)
        self._session, self._pane, self._view = session, pane, view
        self.rename_action = QAction(self.tr("&Rename tag…"), view)
        self.rename_action.triggered.connect(self.rename_current)
        self.delete_action = QAction(self.tr("&Delete tag"), view)
        self.delete_action.triggered.connect(self.delete_current)
        # Through the actions: F2 and Del do nothing while they are off (a read-only library).
        view.edit_keys.rename_requested.connect(self.rename_action.trigger)
        view.edit_keys.delete_requested.connect(self.delete_action.trigger)
        context_menus.for_items(view, self._fill_menu)

    def current(self) -> str | None:
        """The tag chosen in the list (None on "All sources")."""
        name = self._view.currentIndex().data(TagNameRole)
        return name if isinstance(name, str) else None

    def rename_current(self) -> None:
        old = self.current()
        if old is None:
            return
        typed = dialogs.ask_text(self._pane.window(), self.tr("Rename tag"),
                                 inside(self.tr("New name for “%1”:"), old), old)  # fmt: skip
        if typed is None:
            return
        try:
            new = clean_tag(typed)
        except ValueError as refused:  # refused before the step: a failing redo would stay on the stack
            self._session.error_raised.emit(sentence(str(refused)))
            return
        existing = {name.casefold(): name for name in self._session.store.tags.names()}
        if new.casefold() != old.casefold():
            new = existing.get(new.casefold(), new)  # "japan" joins the existing "Japan"
        if new == old:
            return
        self._session.perform(named(self.tr("Rename tag %1 → %2"), old, new), *self._renaming(old, new))
        self._session.notice_posted.emit(inside(self.tr("Renamed tag “%1” to “%2” (Ctrl+Z takes it back)"), old, new))

    def delete_current(self) -> None:
        name = self.current()
        if name is None:
            return
        tags = self._session.store.tags
        ids = tags.carriers(name)  # binned sources included: what undo gives the tag back to
        shown = self._pane.current_tag == name
        if not ids:
            return
        live = len(self._tagged(name))  # the count the list showed beside the tag

        def do() -> Changes:
            self._pane.follow_tag(name, None)
            return tags.delete(name)

        def undo() -> Changes:
            if shown:
                self._pane.follow_tag(None, name)
            return tags.add(ids, name)

        self._session.perform(named(self.tr("Delete tag %1"), name), do, undo)
        self._session.notice_posted.emit(inside(Plural.tr("Took the tag “%1” off %Ln source(s) (Ctrl+Z puts it back)", "",
                                                          live), name))  # fmt: skip

    def _renaming(self, old: str, new: str) -> tuple[Callable[[], Changes], Callable[[], Changes]]:
        """(do, undo) of renaming `old` to `new`. Undo of a plain rename (or a change of case)
        renames back; undo of a merge takes `new` only from the sources, binned ones included,
        that did not carry it before, and gives `old` back to all that did."""
        tags = self._session.store.tags
        merging = new.casefold() != old.casefold() and new.casefold() in {n.casefold() for n in tags.names()}
        ids = tags.carriers(old)
        had_new = set(tags.carriers(new)) if merging else set()
        gained = [i for i in ids if i not in had_new]

        saved = [s for s in self._session.store.saved_searches.all() if (s.tag or "").casefold() == old.casefold()]

        def do() -> Changes:
            self._pane.follow_tag(old, new)
            return tags.rename(old, new)  # its saved searches follow in the store

        def undo() -> Changes:
            self._pane.follow_tag(new, old)
            if merging:
                changes = (tags.remove(gained, new) if gained else Changes()) | tags.add(ids, old)
            else:
                changes = tags.rename(new, old)
            return changes | self._restore_saved(saved)

        return do, undo

    def _restore_saved(self, searches: list[SavedSearch]) -> Changes:
        """The saved searches of a renamed tag as they were: the store's rename retagged them,
        and undoing a merge renames nothing back. Each keeps its id."""
        repo, changes = self._session.store.saved_searches, Changes()
        for search in searches:
            changes |= repo.delete(search.id)
            changes |= repo.restore(search)
        return changes

    def _tagged(self, name: str) -> list[int]:
        return source_ids(self._session.store, "", tag=name)

    def _fill_menu(self, menu: QMenu, index: QModelIndex) -> bool:
        if not isinstance(index.data(TagNameRole), str):
            return False  # "All sources" is no tag
        self._view.setCurrentIndex(index)
        menu.addActions([self.rename_action, self.delete_action])
        return True

"""File ▸ Bin…: the deleted sources, brought back or deleted for good.

Deleting a source moves it to the bin (`reader.core.store.bin`) with its highlights,
annotations and note; Ctrl+Z brought it back only in the session it was deleted in. The dialog
lists the bin newest deletion first, as Zotero's and Calibre's trash do, with what each source
holds, so the user can see what a restore gives back and what deleting for good loses.

Restore is one undo step of the window (Ctrl+Z, here or in the window, takes it back, each source
back in the bin as deleted when it was). Deleting for good asks first, naming what of the
user's work goes, and says it cannot be undone.
The list is read again whenever the library changes — a source deleted in another window or
by `briefing` while the dialog is open shows up — and every command asks the store again what
is still in the bin: a source restored or deleted for good elsewhere meanwhile is left alone,
and said so, rather than restored twice or counted in a question it is not part of. The
question names all the user's work that goes (`Lost`), as `briefing bin purge` does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.changes import Changes
from reader.core.store import BinnedSource, Lost
from reader.ui import dialogs, read_only
from reader.ui.date_display import long_date
from reader.ui.i18n import Plural
from reader.ui.library.from_bin_words import lost_words
from reader.ui.session import Session
from reader.ui.step_names import named


def _deleted_on(iso: str) -> str:
    """When it was deleted, in the computer's time (the library stores UTC)."""
    try:
        local = datetime.fromisoformat(iso).astimezone().replace(tzinfo=None)
    except ValueError:
        return iso
    return long_date(local.isoformat(timespec="minutes"))


class BinDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("binDialog")
        self.session = session
        self.entries: list[BinnedSource] = []
        self.setWindowTitle(self.tr("Bin"))
        self.resize(820, 400)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Outlet"), self.tr("Deleted"),
                                              self.tr("Highlights"), self.tr("Annotations"), self.tr("Note")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setDefault(True)  # Enter restores the chosen sources
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("&Delete for good…"), self)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button = QPushButton(self.tr("&Empty bin…"), self)
        self.empty_button.clicked.connect(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        for button in (self.restore_button, self.purge_button, self.empty_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        if session.store.read_only:  # offered and refused would be a trap (`read_only`)
            for button in (self.restore_button, self.purge_button, self.empty_button):
                button.setToolTip(read_only.reason())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        session.changes_applied.connect(self._changed)
        self.reload()

    # -- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the bin again, keeping the chosen sources chosen where they are still in it."""
        chosen = set(self.selected_ids())
        self.entries = self.session.store.bin.contents()
        locale = QLocale()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = [entry.title, entry.outlet, _deleted_on(entry.deleted_at), locale.toString(entry.highlights),
                     locale.toString(entry.annotations), self.tr("✎ yes") if entry.has_note else ""]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.clearSelection()
        rows = [row for row, entry in enumerate(self.entries) if entry.id in chosen] or ([0] if self.entries else [])
        for row in rows:  # by the selection model: selectRow read the keys held (Ctrl+Shift+Del's) as a toggle
            self._add_row(row)
        if rows:
            model = self.table.selectionModel()
            model.setCurrentIndex(self.table.model().index(rows[0], 0), model.SelectionFlag.NoUpdate)
        self.intro.setText(self.tr("Deleted sources wait here, with their highlights, annotations and notes, until "
                                   "you restore them or delete them for good.") if self.entries
                           else self.tr("The bin is empty."))  # fmt: skip
        self.table.setVisible(bool(self.entries))
        self._update_buttons()

    def _add_row(self, row: int) -> None:
        model = self.table.selectionModel()
        model.select(self.table.model().index(row, 0), model.SelectionFlag.Select | model.SelectionFlag.Rows)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.entries[row].id for row in rows if row < len(self.entries)]

    def _update_buttons(self) -> None:
        writable = not self.session.store.read_only
        chosen = bool(self.selected_ids())
        self.restore_button.setEnabled(writable and chosen)
        self.purge_button.setEnabled(writable and chosen)
        self.empty_button.setEnabled(writable and bool(self.entries))

    def _changed(self, changes: Changes) -> None:
        """Read again when sources came into the bin or left it, here or in another program
        (`Fingerprint.diff` tells one deleted for good there as `purged` too)."""
        if changes.sources_added or changes.sources_removed or changes.purged:
            self.reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete deletes the chosen sources for good (it asks first); Ctrl+Z takes back the
        window's last step, a restore made here most often: the window's own shortcuts do not
        reach it while this dialog is open. Enter (Restore, the default button) and Esc are
        the dialog's."""
        if event.matches(QKeySequence.StandardKey.Delete):
            self.purge_selected()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.session.undo()
            self.reload()
        else:
            super().keyPressEvent(event)

    # -- commands ---------------------------------------------------------------------------

    def restore_selected(self) -> None:
        """Bring the chosen sources back, as one undo step; those no longer in the bin are said."""
        if self.session.store.read_only or not self.selected_ids():
            return
        store = self.session.store
        plan = store.bin.restorable(self.selected_ids())
        titles = {entry.id: entry.title for entry in self.entries}
        if plan.ids:
            ids = list(plan.ids)
            # Ctrl+Z puts them back as they lay: stamped now, each came back as deleted just now.
            deleted_at = {entry.id: entry.deleted_at for entry in store.bin.contents(ids)}
            text = (named(self.tr("Restore %1"), titles[ids[0]]) if len(ids) == 1
                    else Plural.tr("Restore %Ln source(s)", "", len(ids)))  # fmt: skip
            self.session.perform(text, lambda: store.bin.restore(ids)[1], lambda: store.sources.delete_many(ids, deleted_at))
            done = (named(self.tr("Restored %1 (Ctrl+Z takes it back)"), titles[ids[0]]) if len(ids) == 1
                    else Plural.tr("Restored %Ln source(s) (Ctrl+Z takes them back)", "", len(ids)))  # fmt: skip
            self.session.notice_posted.emit(done)
        self.status.setText(self._gone_meanwhile(plan.missing) if plan.missing else "")
        self.reload()

    def purge_selected(self) -> None:
        self._purge(self.selected_ids())

    def empty(self) -> None:
        self._purge([entry.id for entry in self.entries])

    def _purge(self, ids: Sequence[int]) -> None:
        """Ask, naming what is lost and that it cannot be undone; then delete for good what is
        still in the bin of those asked about (nothing another window put there meanwhile)."""
        if self.session.store.read_only or not ids:
            return
        store = self.session.store
        entries = store.bin.contents(ids)
        missing = [i for i in ids if i not in {entry.id for entry in entries}]
        if entries and dialogs.run(self._question(entries, len(entries) == len(self.entries))) == QMessageBox.StandardButton.Yes:
            chosen = [entry.id for entry in entries]
            gone: list[BinnedSource] = []

            def purge() -> Changes:
                went, changes = store.bin.purge(chosen)
                gone.extend(went)
                return changes

            # Steps on them (deleted, restored, highlighted, quoted) can no longer be taken back:
            # the history goes, asked by the purged sources and briefings. A story step (join,
            # take out) names no source, and its Ctrl+Z would write back the membership of one
            # gone for good (FOREIGN KEY constraint failed): asked too when one was in a story,
            # as the bin listed it. The purge's own changes carry no stories flag: no pane
            # showed a binned source's story.
            changes = self.session.apply(purge)
            self.session.forget_steps_on(changes | Changes(stories=any(entry.in_story for entry in gone)))
            self.session.notice_posted.emit(Plural.tr("Deleted %Ln source(s) for good", "", len(gone)))
        self.status.setText(self._gone_meanwhile(missing) if missing else "")
        self.reload()

    def _question(self, entries: Sequence[BinnedSource], all_of_it: bool) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("purgeQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Empty bin") if all_of_it else self.tr("Delete for good"))
        if len(entries) == 1:
            box.setText(named(self.tr("Delete %1 for good?"), entries[0].title))
        else:
            box.setText(Plural.tr("Delete %Ln source(s) for good?", "", len(entries)))
        lost = lost_words(Lost.of(entries))
        with_it = self.tr("Lost with it: %1.") if len(entries) == 1 else self.tr("Lost with them: %1.")
        said = with_it.replace("%1", lost) + " " if lost else ""
        box.setInformativeText(said + self.tr("This cannot be undone."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Delete for good"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def _gone_meanwhile(self, ids: Sequence[int]) -> str:
        return Plural.tr("%Ln of the chosen sources had already left the bin (restored or deleted for good "
                         "elsewhere, or imported again).", "", len(ids))  # fmt: skip

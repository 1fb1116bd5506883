"""File ▸ Bin…: the deleted sources, brought back or deleted for good.

Deleting a source moves it to the bin (`reader.core.store.bin`) with its highlights,
annotations and note; Ctrl+Z brought it back only in the session it was deleted in. The dialog
lists the bin newest deletion first, as Zotero's and Calibre's trash do (a heading clicked sorts
by its column; the sort box above the list, as the library's, lets the keyboard choose the
order too), with what each source holds, so the user can see what a restore gives back and
what deleting for good loses.

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
from typing import Any

from PySide6.QtCore import QLocale, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
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
from reader.core.text import sort_key
from reader.ui import dialogs, read_only
from reader.ui.date_display import long_date
from reader.ui.eliding_combo import ElidingComboBox
from reader.ui.flushing_edit import history_key
from reader.ui.heading_keys import HeadingKeys
from reader.ui.i18n import Plural
from reader.ui.library.from_bin_words import lost_words
from reader.ui.session import Session
from reader.ui.step_names import named
from reader.ui.undo_actions import take_and_say


def _deleted_on(iso: str) -> str:
    """When it was deleted, in the computer's time (the library stores UTC)."""
    try:
        local = datetime.fromisoformat(iso).astimezone().replace(tzinfo=None)
    except ValueError:
        return iso
    return long_date(local.isoformat(timespec="minutes"))


class _Cell(QTableWidgetItem):
    """A cell sorted by its key, not by the text shown: a count as a number ("10" went before
    "9"), a deletion by its time ("6. Dezember" before "7. Mai"), a title or an outlet as the
    library sorts them (`sort_key`: "Ölpreis" among the O's)."""

    def __init__(self, text: str, key: Any) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return isinstance(other, _Cell) and bool(self.key < other.key)


def _cells(entry: BinnedSource, note: str) -> list[_Cell]:
    locale = QLocale()
    return [_Cell(entry.title, sort_key(entry.title) or ""), _Cell(entry.outlet, sort_key(entry.outlet) or ""),
            _Cell(_deleted_on(entry.deleted_at), (entry.deleted_at, entry.id)),
            _Cell(locale.toString(entry.highlights), entry.highlights),
            _Cell(locale.toString(entry.annotations), entry.annotations),
            _Cell(note if entry.has_note else "", entry.has_note)]  # fmt: skip


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
        # A heading clicked sorts by its column (again: the other way); newest deletion first
        # until then, as Zotero's and Calibre's trash open.
        header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.sort_box = self._sort_box()
        header.sortIndicatorChanged.connect(self._show_sort)
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
        self.sort_label = QLabel(self.tr("&Sort by:"), self)
        self.sort_label.setBuddy(self.sort_box)
        sort_row = QHBoxLayout()
        sort_row.addWidget(self.sort_label)
        sort_row.addWidget(self.sort_box)
        sort_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(sort_row)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        HeadingKeys(header)  # ← → sort by the heading beside, Space the other way
        # Reached by `Tab`, the headings say what they are and what their keys do to a screen
        # reader, which otherwise announced a nameless header between the sort box and the list.
        header.setAccessibleName(self.tr("Column headings"))
        header.setAccessibleDescription(self.tr("The Left and Right arrows sort by the column beside, Space the other way"))
        QWidget.setTabOrder(self.sort_box, header)  # `Tab` reads as the eye does
        QWidget.setTabOrder(header, self.table)
        self.table.setFocus()  # the list first: Enter restores, the arrow keys choose a row
        session.changes_applied.connect(self._changed)
        self.reload()

    # -- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the bin again, keeping the chosen sources chosen where they are still in it."""
        chosen = set(self.selected_ids())
        self.entries = self.session.store.bin.contents()
        self.table.setSortingEnabled(False)  # on, each cell set moved its row away mid-fill
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, item in enumerate(_cells(entry, self.tr("✎ yes"))):
                if column in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)  # its row moves as the list is sorted
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)  # sorted by the heading chosen
        self.table.clearSelection()
        rows = [row for row in range(len(self.entries)) if self._id_at(row) in chosen] or ([0] if self.entries else [])
        for row in rows:  # by the selection model: selectRow read the keys held (Ctrl+Shift+Del's) as a toggle
            self._add_row(row)
        if rows:
            model = self.table.selectionModel()
            model.setCurrentIndex(self.table.model().index(rows[0], 0), model.SelectionFlag.NoUpdate)
        self.intro.setText(self.tr("Deleted sources wait here, with their highlights, annotations and notes, until "
                                   "you restore them or delete them for good.") if self.entries
                           else self.tr("The bin is empty."))  # fmt: skip
        for widget in (self.table, self.sort_label, self.sort_box):  # the headings go with the table
            widget.setVisible(bool(self.entries))
        self._update_buttons()

    def _sort_box(self) -> ElidingComboBox:
        """The orders a heading's click gives, chosen by the keyboard as the library's sort box
        is (`Tab` to it, or Alt+S; the arrow keys choose): a heading cannot take the focus."""
        box = ElidingComboBox(self)
        box.setObjectName("binSort")
        down, up = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
        orders = (
            (self.tr("Newest deleted"), 2, down), (self.tr("Oldest deleted"), 2, up),
            (self.tr("Title A–Z"), 0, up), (self.tr("Outlet A–Z"), 1, up),
            (self.tr("Most highlights"), 3, down), (self.tr("Most annotations"), 4, down),
            (self.tr("With a note first"), 5, down),
        )  # fmt: skip
        self._orders = [(column, order) for _title, column, order in orders]
        box.addItems([title for title, _column, _order in orders])
        box.setToolTip(self.tr("Sort the bin"))
        box.setAccessibleName(box.toolTip())  # its text is its value: "Newest deleted"
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.currentIndexChanged.connect(self._sort_chosen)
        return box

    def _sort_chosen(self, row: int) -> None:
        """Sort as a heading's click does: the heading shows the arrow, and the rows chosen
        stay chosen where they move to."""
        if row >= 0:
            self.table.sortByColumn(*self._orders[row])

    def _show_sort(self, column: int, order: Qt.SortOrder) -> None:
        """The sort box names the order a heading's click chose; none for one it does not offer
        ("Title Z–A")."""
        chosen = (column, order)
        with QSignalBlocker(self.sort_box):
            self.sort_box.setCurrentIndex(self._orders.index(chosen) if chosen in self._orders else -1)

    def _add_row(self, row: int) -> None:
        model = self.table.selectionModel()
        model.select(self.table.model().index(row, 0), model.SelectionFlag.Select | model.SelectionFlag.Rows)

    def _id_at(self, row: int) -> int | None:
        item = self.table.item(row, 0)
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def selected_ids(self) -> list[int]:
        """The chosen sources, top to bottom as the list shows them (sorted by any heading)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [i for row in rows if (i := self._id_at(row)) is not None]

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
        window's last step, a restore made here most often, and Ctrl+Shift+Z does it again,
        each said in the status bar as Edit ▸ Undo says it: the window's own shortcuts do not
        reach it while this dialog is open. Enter (Restore, the default button) and Esc are
        the dialog's."""
        if event.matches(QKeySequence.StandardKey.Delete):
            self.purge_selected()
        elif (key := history_key(event)) is not None:
            take_and_say(self.session, key, self.session.notice_posted.emit)
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
        still_binned = {entry.id for entry in entries}  # once, not again for each id asked
        missing = [i for i in ids if i not in still_binned]
        if entries and dialogs.run(self._question(entries, len(entries) == len(self.entries))) == QMessageBox.StandardButton.Yes:
            chosen = [entry.id for entry in entries]
            gone: list[BinnedSource] = []

            def purge() -> Changes:  # only what the question named (`BinRepo.purge`)
                went, changes = store.bin.purge(chosen, entries)
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
            if gone:
                self.session.notice_posted.emit(Plural.tr("Deleted %Ln source(s) for good", "", len(gone)))
            # Those the question named that did not go: left the bin, or changed while it stood.
            gone_ids = {entry.id for entry in gone}
            kept = [i for i in chosen if i not in gone_ids]
            binned = {entry.id for entry in store.bin.contents(kept)}
            missing += [i for i in kept if i not in binned]
            changed = len(binned)
        else:
            changed = 0
        said = [self._gone_meanwhile(missing)] if missing else []
        said += [Plural.tr("%Ln of the chosen sources changed while you were asked and stayed in the bin "
                           "(Delete asks again, naming what it holds now).", "", changed)] if changed else []  # fmt: skip
        self.status.setText(" ".join(said))
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
        lost = lost_words(Lost.of(entries), one=len(entries) == 1)
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

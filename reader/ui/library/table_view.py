"""View ▸ Library table: every source as a sortable table with filters and bulk actions.

Columns sort by a click on their header (again: the other way) and hide or show from the
header's context menu; the choice is remembered. Filters for tag, outlet, author, language and
unread sit above the table, and a box where plain words find titles, outlets and authors. A selection of many rows can be tagged, untagged, marked read or
unread, deleted (each one undo step), added to a briefing (all their highlights) or exported.
Opening a row (double-click, Enter) reads it. Entry point: `LibraryTable(session)`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.changes import Changes
from reader.core.store import SourceFilter, filter_choices, stored_tag, table_ids, table_rows
from reader.core.text import sort_key
from reader.ui import context_menus, dialogs
from reader.ui.briefing.add_menu import fill_briefing_menu
from reader.ui.eliding_combo import ElidingComboBox, narrow_combo
from reader.ui.folding_row import FoldingRow
from reader.ui.i18n import Plural
from reader.ui.language_names import language_label
from reader.ui.letters import caption_for, letter_of, with_letter
from reader.ui.library import bulk
from reader.ui.library.table_model import COLUMNS, SourceIdRole, SourceTableModel
from reader.ui.one_ellipsis import OneEllipsisCells
from reader.ui.read_only import editing
from reader.ui.session import Session
from reader.ui.step_names import inside

DEFAULT_HIDDEN = ("author", "added")  # the narrower default; the header menu shows them
WORDS_DELAY_MS = 200  # a pause in typing before the table narrows


NARROW_COLUMNS = frozenset({"highlights", "note", "unread"})  # a count or a mark: as wide as the title
# Real outlets are longer than the samples' "DWN": at 100 px a first day's table read "Associated
# Pr…", "berkutschi sk…", "Management Ci…". The Outlet column starts as wide as this name.
OUTLET_SAMPLE = "Associated Press"
CELL_PADDING = 8  # a cell's margin on each side, and a little air


class LibraryTable(QWidget):
    source_opened = Signal(int)  # read this source (double-click, Enter)
    export_requested = Signal()  # File ▸ Export… on the selected sources

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._sort, self._descending = "published", True
        self._binned: frozenset[int] = frozenset()  # the sources the last bulk delete took
        self.model = SourceTableModel(lambda ids: table_rows(session.store.db, ids), self.resort, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_filters())
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_bulk())
        session.changes_applied.connect(self.apply_changes)
        self.reload_choices()
        # Sorting on fills the table: Qt sorts by the indicator's column at once (→ resort).
        self.table.horizontalHeader().setSortIndicator(self.column_of("published"), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        # Each column as wide as its title, sort arrow and the style sheet's padding (polished
        # for them): at Qt's 100 px the German "Markierungen" read "Markierunger". Columns of
        # text get Qt's 100 px at the least; a count or a mark (2, ✎, ●) no more than its title,
        # or three of them took 300 px from the titles ("Warum Japan beim Thema seltene Erden gel…").
        header = self.table.horizontalHeader()
        header.ensurePolished()
        for column in range(1, len(COLUMNS)):
            least = 0 if COLUMNS[column][0] in NARROW_COLUMNS else header.defaultSectionSize()
            if COLUMNS[column][0] == "outlet":
                least = max(least, self.table.fontMetrics().horizontalAdvance(OUTLET_SAMPLE) + 2 * CELL_PADDING)
            header.resizeSection(column, max(least, header.sectionSizeHint(column)))

    # -- building ---------------------------------------------------------------------------

    def _build_filters(self) -> FoldingRow:
        """The filters in one row, or two where one is too narrow (`FoldingRow`): the words, tag
        and outlet, then the author, language and Unread only."""
        row = FoldingRow(self)
        self.words_edit = QLineEdit(placeholderText=self.tr("Title, outlet or author…"), clearButtonEnabled=True)
        self._words_timer = QTimer(self, singleShot=True, interval=WORDS_DELAY_MS)
        self._words_timer.timeout.connect(self.reload)
        self.words_edit.textChanged.connect(lambda _text: self._words_timer.start())
        row.first.addWidget(self.words_edit, 2)
        self.tag_combo, self.outlet_combo = ElidingComboBox(), ElidingComboBox()
        self.author_combo, self.lang_combo = ElidingComboBox(), ElidingComboBox()
        self.unread_check = QCheckBox(self.tr("&Unread only"))
        for caption, widget in ((self.tr("&Tag"), self.tag_combo), (self.tr("&Outlet"), self.outlet_combo),
                                (self.tr("&Author"), self.author_combo), (self.tr("&Language"), self.lang_combo)):  # fmt: skip
            narrow_combo(widget)
            half = row.first if widget in (self.tag_combo, self.outlet_combo) else row.second
            half.addWidget(caption_for(caption, widget))
            half.addWidget(widget, 1)
            widget.currentIndexChanged.connect(self.reload)
        row.second.addWidget(self.unread_check)
        self.unread_check.toggled.connect(self.reload)
        return row

    def _build_table(self) -> QTableView:
        self.table = QTableView(self)
        self.table.setObjectName("libraryTable")
        self.table.setItemDelegate(OneEllipsisCells(self.table))  # a title's own "…" not doubled
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for key in DEFAULT_HIDDEN:
            self.table.setColumnHidden(self.column_of(key), True)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        context_menus.for_items(self.table, self._fill_row_menu)
        return self.table

    def _build_bulk(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count_label = QLabel("")
        row.addWidget(self.count_label, 1)
        self.bulk_button = QPushButton()  # with a menu: its arrow has room (a tool button's sat on its text)
        self.bulk_button.setText(self.tr("Sele&cted sources"))
        self.bulk_menu = QMenu(self.bulk_button)
        self.bulk_menu.aboutToShow.connect(lambda: self.fill_bulk_menu(self.bulk_menu))
        self.bulk_button.setMenu(self.bulk_menu)
        self.open_button = QPushButton(self.tr("&Read"))
        self.open_button.clicked.connect(lambda: self._activated(self.table.currentIndex()))
        row.addWidget(self.bulk_button)
        row.addWidget(self.open_button)
        self._selection_changed()
        return row

    def column_of(self, key: str) -> int:
        return [k for k, _title in COLUMNS].index(key)

    # -- data -------------------------------------------------------------------------------

    def current_filter(self) -> SourceFilter:
        return SourceFilter(tag=self.tag_combo.currentData(), outlet=self.outlet_combo.currentData(),
                            author=self.author_combo.currentData(), lang=self.lang_combo.currentData(),
                            unread_only=self.unread_check.isChecked(), words=self.words_edit.text())  # fmt: skip

    def reload_choices(self) -> None:
        """Refill the filters from the library, keeping what was chosen while it still exists."""
        store = self.session.store
        choices = filter_choices(store.db)
        self._fill(self.tag_combo, [(t.name, t.source_count) for t in store.tags.all() if t.source_count])
        self._fill(self.outlet_combo, choices.outlets)
        self._fill(self.author_combo, choices.authors)
        self._fill(self.lang_combo, choices.languages, language_label)  # "Deutsch", not "de"

    def _fill(self, combo: QComboBox, entries: list[tuple[str, int]], named: Callable[[str], str] = str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for value, count in entries:
            combo.addItem(f"{named(value)}  ({count})", value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def reload(self) -> None:
        """Ask for the ids again (order, filters), keeping the selected sources selected."""
        selected = self.selected_ids()
        current = self.table.currentIndex()
        current_id, column = current.data(SourceIdRole), max(current.column(), 0)
        ids = table_ids(self.session.store.db, self._sort, self._descending, self.current_filter())
        self.model.set_ids(ids)
        self.select_ids(selected)
        self._keep_current(current_id, column)
        # A model reset drops the selection without a selectionChanged: after deleting the
        # selected rows the button still said "2 selected" and offered them.
        self._selection_changed()
        self.count_label.setText(self.tr("%Ln source(s)", "", len(ids)))

    def resort(self, key: str, descending: bool) -> None:
        self._sort, self._descending = key, descending
        self.reload()

    def apply_changes(self, changes: Changes) -> None:
        if changes.sources_added or changes.sources_removed or changes.tags:
            self.reload_choices()
            self.reload()
            if changes.sources_added and changes.sources_added == self._binned:
                # the sources the table deleted, back by Ctrl+Z: selected again, as they went,
                # not scattered among 2,000 rows with nothing to say which came back
                self.select_ids(list(self._binned))  # its selectionChanged updates the button
        elif changes.sources_updated or changes.highlights or changes.notes:
            self.reload_choices()
            self.model.refresh()
        elif changes.read:  # opened or marked elsewhere: the Unread column's dot, the bold title
            self.model.refresh()

    # -- selection --------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The selected sources in table order."""
        ids = self.model.ids()  # a copy: once, not once per row (1,000 rows copied 1,000 times)
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [ids[r] for r in rows if r < len(ids)]

    def select_ids(self, ids: list[int]) -> None:
        """Select the sources' rows in one go: row by row, every row told the selection count
        again, and tagging 1,000 selected sources froze the window for 17 s."""
        rows = sorted(row for row in map(self.model.row_of, ids) if row is not None)
        chosen = QItemSelection()
        for first, last in _runs(rows):
            chosen.select(self.model.index(first, 0), self.model.index(last, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(chosen, flags)

    def _keep_current(self, source_id: object, column: int) -> None:
        """The row the keyboard was on stays current through a reload, the selection as it is:
        the reset dropped it, so after tagging the selection Read was greyed out, Enter opened
        nothing and ↓ started again from the top of 2,000 rows."""
        row = self.model.row_of(source_id) if isinstance(source_id, int) else None
        if row is not None:
            flag = QItemSelectionModel.SelectionFlag.NoUpdate
            self.table.selectionModel().setCurrentIndex(self.model.index(row, column), flag)

    def come_to(self, source_id: int | None) -> None:
        """Entering the table, the source being read is its current row, selected and in sight:
        the table opened on its first row, unselected, Read greyed out, and Enter read that row
        instead. A selection of several rows (a bulk change under way) stays as it is."""
        row = self.model.row_of(source_id) if source_id is not None else None
        if row is None or len(self.selected_ids()) > 1:
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self, *_: object) -> None:
        count = len(self.selected_ids())
        self.bulk_button.setEnabled(count > 0)
        self.bulk_button.setText(self.tr("%Ln sele&cted", "", count) if count else self.tr("Sele&cted sources"))
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    def _activated(self, index: object) -> None:
        source_id = getattr(index, "data", lambda _r: None)(SourceIdRole)
        if source_id is not None:
            self.source_opened.emit(source_id)

    # -- menus ------------------------------------------------------------------------------

    def fill_bulk_menu(self, menu: QMenu) -> None:
        """What a selection can have done to it; each entry is one undo step."""
        menu.clear()
        menu.setToolTipsVisible(True)  # an entry held off in a read-only library says why
        ids = self.selected_ids()
        editing(menu.addAction(self.tr("&Tag…"), lambda: self._ask_tag(ids, add=True)), self.session)
        editing(menu.addAction(self.tr("Remo&ve tag…"), lambda: self._ask_tag(ids, add=False)), self.session)
        menu.addSeparator()
        editing(menu.addAction(self.tr("Mark &read"), lambda: bulk.mark_read(self.session, ids, True)), self.session)
        editing(menu.addAction(self.tr("Mark &unread"), lambda: bulk.mark_read(self.session, ids, False)), self.session)
        menu.addSeparator()
        briefings = menu.addMenu(self.tr("Add their &highlights to briefing"))
        fill_briefing_menu(briefings, self.session, lambda: bulk.highlight_ids(self.session, ids), self)
        menu.addAction(self.tr("&Export…"), self.export_requested.emit)
        menu.addSeparator()
        editing(menu.addAction(self.tr("&Delete…"), lambda: self._delete(ids)), self.session)

    def _delete(self, ids: list[int]) -> None:
        if bulk.delete_sources(self.session, ids, self):
            self._binned = frozenset(ids)  # Ctrl+Z brings them back selected (`apply_changes`)

    def _ask_tag(self, ids: list[int], *, add: bool) -> None:
        """Ask for the tag, saying how many sources it goes on (or off): "Tag:" alone, over
        2,093 selected rows the dialog hid, did not say that it would tag all of them."""
        title = self.tr("Tag sources") if add else self.tr("Remove tag")
        label = (self.tr("Tag for %Ln source(s):", "", len(ids)) if add
                 else self.tr("Tag to remove from %Ln source(s):", "", len(ids)))  # fmt: skip
        # Offered as one types: the library's tags to add; to remove, only those the sources
        # carry (one they do not carry, offered and chosen, removed nothing: `untag_sources`).
        store = self.session.store
        offered = store.tags.names() if add else sorted(
            {tag for source in store.sources.summaries(ids) for tag in source.tags}, key=lambda tag: sort_key(tag) or "")
        name = dialogs.ask_text(self, title, label, completions=offered)
        if not name:
            return
        spelled = stored_tag(store.db, name)  # "klient a" typed is the library's "Klient A"; before untag takes it
        try:
            changed = (bulk.tag_sources if add else bulk.untag_sources)(self.session, ids, name)
        except ValueError as exc:  # a name the store refuses (empty after cleaning, too long)
            self.session.error_raised.emit(str(exc))
            return
        # Said when done too: the table, filling the window, has no tag column, and 30 sources
        # tagged at 1280 × 720 left the status line blank, as if the Enter had gone nowhere.
        said = (Plural.tr("Tagged %Ln source(s) “%1” (Ctrl+Z takes it back)", "", changed) if add
                else Plural.tr("Took the tag “%1” off %Ln source(s) (Ctrl+Z puts it back)", "", changed))  # fmt: skip
        if changed:
            self.session.notice_posted.emit(inside(said, spelled))

    def _fill_row_menu(self, menu: QMenu, _index: QModelIndex) -> bool:
        """The selection's commands, then the columns: the header, which the keyboard never
        reaches, was the only way to them."""
        if self.selected_ids():
            self.fill_bulk_menu(menu)
            menu.addSeparator()
        self._fill_column_menu(menu.addMenu(self.tr("&Columns")))
        return True

    def _fill_column_menu(self, menu: QMenu) -> None:
        """One entry per column, checked while it is shown; each with a letter of its own."""
        taken: set[str] = set()
        for column, (key, title) in enumerate(COLUMNS):
            action = menu.addAction(with_letter(self.model.tr(title), taken))
            taken.add(letter_of(action.text()) or "")
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.setEnabled(key != "title")  # the title always stays
            action.toggled.connect(lambda on, c=column: self.table.setColumnHidden(c, not on))

    def _header_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        self._fill_column_menu(menu)
        context_menus.show(menu, self.table.horizontalHeader().mapToGlobal(point))
        menu.deleteLater()

    # -- remembered between runs ------------------------------------------------------------

    def header_state(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def restore_header(self, state: QByteArray | None) -> None:
        if state is not None and self.table.horizontalHeader().restoreState(state):
            indicator = self.table.horizontalHeader()
            column = indicator.sortIndicatorSection()
            if 0 <= column < len(COLUMNS):
                self.resort(COLUMNS[column][0], indicator.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of neighbours: [1, 2, 3, 7] → [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs

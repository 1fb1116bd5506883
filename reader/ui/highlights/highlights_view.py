"""The Highlights view: every highlight in the library, filtered, grouped, ready for a briefing.

Filters (tag, label, outlet, published range, text) and grouping map one-to-one onto the core
query (`highlights_query`), read off the window's thread (`loading`); the view only shows what
it returns, when it arrives (`listed`). Selected highlights can be
added to a briefing (undoable) or copied as Markdown with their citations; opening one
(double-click, Enter) asks the window to show it in its source. Entry point:
`HighlightsView(session)`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFontMetricsF, QGuiApplication, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.changes import Changes
from reader.core.date_input import parse_date
from reader.core.export import copy_as_markdown
from reader.core.labels import LABELS
from reader.core.store import GroupBy, HighlightFilter, outlets, paragraph_numbers
from reader.ui import context_menus
from reader.ui.actions import make_action
from reader.ui.article import highlight_keys
from reader.ui.briefing.add_menu import add_to_briefing, fill_briefing_menu
from reader.ui.eliding_combo import ElidingComboBox, narrow_combo
from reader.ui.folding_row import FoldingRow
from reader.ui.highlights.highlights_model import (
    ANNOTATION_COLUMN,
    SOURCE_COLUMN,
    HighlightIdRole,
    HighlightsModel,
)
from reader.ui.highlights.loading import Asked, HighlightsLoader, Listing
from reader.ui.highlights.tree import HighlightsTree
from reader.ui.highlights.tree_place import Place
from reader.ui.i18n import export_language
from reader.ui.label_names import display_name, label_names
from reader.ui.letters import caption_for
from reader.ui.one_ellipsis import OneEllipsisCells
from reader.ui.read_only import editing, reason, writable
from reader.ui.session import Session
from reader.ui.theme import label_swatch, theme


def _typed_date(text: str) -> str | None:
    """A date filter as ISO, from any form a user types (28.10.2025, 28. Oktober 2025, 2025-10)."""
    text = text.strip()
    return (parse_date(text) or text) if text else None


TEXT_MIN = 100  # px the text filter keeps in a 1024 px window


def line_edit_chrome(edit: QLineEdit) -> int:
    """The px a line edit takes around its text (frame, padding of the theme, margins): its
    size hint less the 17 "x" Qt sizes its text room by."""
    return edit.sizeHint().width() - 17 * edit.fontMetrics().horizontalAdvance("x")

class HighlightsView(QWidget):
    highlight_activated = Signal(int)  # the user opened a highlight (double-click, Enter)
    listed = Signal()  # a list read (`refresh`) is shown

    def __init__(self, session: Session, parent: QWidget | None = None, menu_actions: Sequence[QAction] = ()) -> None:
        """`menu_actions`: the window's entries a row's context menu offers after the view's."""
        super().__init__(parent)
        self.session = session
        self._menu_actions = menu_actions
        self._swatches: dict[tuple[str, str], QIcon] = {}
        self.model = HighlightsModel(lambda key: display_name(session, key), self._swatch,
                                     lambda ids: paragraph_numbers(session.store.db, ids), self)  # fmt: skip
        self._shown_once = False  # a list arrived (`refresh`)
        self.loader = HighlightsLoader(session, self)
        self.loader.listed.connect(self._show_listing)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_filters())
        layout.addWidget(self._build_tree(), 1)
        layout.addLayout(self._build_actions())
        session.changes_applied.connect(self.apply_changes)
        session.settings_changed.connect(lambda _settings: self._relabel())
        self.reload_choices()
        self.refresh()

    # -- building ---------------------------------------------------------------------------

    def _build_filters(self) -> FoldingRow:
        """The filters in one row, or two where one is too narrow (`FoldingRow`): the words,
        tag and label, then the outlet and the dates."""
        row = FoldingRow(self)
        self.text_edit = QLineEdit(placeholderText=self.tr("Filter text…"), clearButtonEnabled=True)
        self.tag_combo, self.label_combo, self.outlet_combo = ElidingComboBox(), ElidingComboBox(), ElidingComboBox()
        self.from_edit = QLineEdit(placeholderText=self.tr("from YYYY-MM-DD"))
        self.to_edit = QLineEdit(placeholderText=self.tr("to YYYY-MM-DD"))
        for caption, widget in (("", self.text_edit), (self.tr("&Tag"), self.tag_combo),
                                (self.tr("&Label"), self.label_combo), (self.tr("&Outlet"), self.outlet_combo),
                                (self.tr("P&ublished"), self.from_edit), ("", self.to_edit)):  # fmt: skip
            half = row.first if widget in (self.text_edit, self.tag_combo, self.label_combo) else row.second
            if caption:
                half.addWidget(caption_for(caption, widget))
            if isinstance(widget, QComboBox):
                narrow_combo(widget, characters=3)
            half.addWidget(widget, 2 if widget is self.text_edit else 1 if isinstance(widget, QComboBox) else 0)
        # In a narrow window the lists give way first: the text filter had read "T…".
        self.text_edit.setMinimumWidth(TEXT_MIN)
        for edit in (self.from_edit, self.to_edit):  # a date typed whole, and the hint read whole
            wanted = max(QFontMetricsF(edit.font()).horizontalAdvance(text) for text in ("00.00.0000", edit.placeholderText()))
            edit.setMinimumWidth(math.ceil(wanted) + 2 + line_edit_chrome(edit))  # 2: the text cursor, and rounding
            edit.setMaximumWidth(max(130, edit.minimumWidth()))
        for edit in (self.text_edit, self.from_edit, self.to_edit):
            edit.textChanged.connect(self.refresh)
        for combo in (self.tag_combo, self.label_combo, self.outlet_combo):
            combo.currentIndexChanged.connect(self.refresh)
        return row

    def _build_grouping(self, row: QHBoxLayout) -> None:
        """The grouping, under the list beside the count it groups ("in 3 groups"): in the row of
        filters it made the window 991 px wide in German (past a 1024 px screen's 976 px window)
        with the dates' hints cut to "von TT.MM.JJ". One of two short words, kept whole: squeezed
        with the lists at 1024 px it read "By so…" ("Nach Q…"), which says nothing."""
        self.group_combo = ElidingComboBox()
        self.group_combo.addItem(self.tr("By source"), GroupBy.SOURCE)
        self.group_combo.addItem(self.tr("By label"), GroupBy.LABEL)
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_combo.currentIndexChanged.connect(self.refresh)
        row.addWidget(caption_for(self.tr("G&roup"), self.group_combo))
        row.addWidget(self.group_combo)
        # 6 px before the count, not 12: beside the docked composer in the 976 px window of a
        # 1024 px screen the German row ("0 Markierungen in 0 Gruppen") widened it by 5 px (wrapped
        # instead, the count took three lines as the composer took the width).
        row.addSpacing(6)

    def _build_tree(self) -> HighlightsTree:
        self.tree = HighlightsTree()
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setDragEnabled(True)  # into the briefing composer beside it
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        # A double-click opens the highlight; nothing is edited here (the model's highlight rows
        # have Qt's flags for an empty cell, editable among them: `HighlightsModel`).
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 4px 2px; }")  # quotes need air
        self.tree.setItemDelegate(OneEllipsisCells(self.tree))  # a title's own "…" not doubled
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ANNOTATION_COLUMN, QHeaderView.ResizeMode.Interactive)  # a third (`tree`)
        self.tree.setColumnHidden(SOURCE_COLUMN, True)  # grouped by source while the first list is read
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.activated.connect(self._activated)
        # B, as in the article and the notes' list: here it did nothing, only Alt+I's button. Off
        # in a library open read-only, as that button is: the row's menu offered it, on.
        self.briefing_action = editing(make_action(self.tree, self.tr("Add to &briefing…"), self.offer_briefings, "B",
                                                   context=Qt.ShortcutContext.WidgetShortcut), self.session)  # fmt: skip
        # Enter, as before (the list's own key for it), now an entry of the row's menu too.
        self.open_action = make_action(self.tree, self.tr("&Open in source"), self._open_current,
                                       QKeySequence(Qt.Key.Key_Return), context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        context_menus.for_items(self.tree, self._fill_menu)  # right-click, the Menu key, Shift+F10
        # An empty table said nothing on a first day: why it is empty, and how highlights come.
        self.empty_hint = QLabel(self.tree.viewport(), wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        QVBoxLayout(self.tree.viewport()).addWidget(self.empty_hint)
        return self.tree

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self._build_grouping(row)
        self.count_label = QLabel("")
        row.addWidget(self.count_label, 1)
        self.add_button = QPushButton()  # with a menu: its arrow has room (a tool button's sat on its text)
        self.add_button.setText(self.tr("&Add to briefing"))
        self.add_menu = QMenu(self.add_button)
        self.add_menu.aboutToShow.connect(self._fill_briefing_menu)
        self.add_button.setMenu(self.add_menu)
        if not writable(self.session):
            self.add_button.setToolTip(reason())
        self.copy_button = QPushButton(self.tr("Copy as &Markdown"))
        self.copy_button.clicked.connect(self.copy_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.copy_button)
        self._selection_changed()
        return row

    # -- data -------------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Refill the tag, label and outlet filters, keeping what was chosen if still there."""
        store = self.session.store
        self._fill(self.tag_combo, [(t.name, t.name) for t in store.tags.all()])
        self._fill(
            self.label_combo, [(display_name(self.session, lab.key), lab.key) for lab in LABELS]
        )
        self._fill(self.outlet_combo, [(o, o) for o in outlets(store.db)])

    def _fill(self, combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for text, value in entries:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def current_filter(self) -> HighlightFilter:
        label = self.label_combo.currentData()
        return HighlightFilter(
            tag=self.tag_combo.currentData(),
            labels=frozenset({label}) if label else frozenset(),
            outlet=self.outlet_combo.currentData(),
            published_from=_typed_date(self.from_edit.text()),
            published_to=_typed_date(self.to_edit.text()),
            text=self.text_edit.text(),
        )

    def refresh(self) -> None:
        """Read the list again from the store, off the window's thread (`loading`): shown when
        it arrives, the list meanwhile as it was. Until the first one arrives the empty list says
        that it is being read, where it says why it is empty (not in the count under it, whose
        longer German text widened the window beside the docked composer)."""
        self.loader.read(Asked(self.current_filter(), GroupBy(self.group_combo.currentData()), label_names(self.session)))
        if not self._shown_once and self.loader.reading():
            self.empty_hint.setText(self.tr("Reading the highlights…"))

    def reading(self) -> bool:
        """Whether the list asked for last is still being read."""
        return self.loader.reading()

    def _show_listing(self, found: Listing) -> None:
        """Fill the list with `found`, keeping the user's place (`tree_place`): the selected
        highlights, the current one in view, or its neighbour when it is gone."""
        self._shown_once = True
        place = Place.of(self.tree)
        self.model.set_groups(found.groups)
        for row in range(self.model.rowCount()):  # before the rows are laid out, each found at once
            self.tree.setFirstColumnSpanned(row, self.tree.rootIndex(), True)
        self.tree.expandAll()
        # Grouped by source, every row would repeat its group's title: hide that column.
        self.tree.setColumnHidden(SOURCE_COLUMN, found.asked.by is GroupBy.SOURCE)
        place.restore(self.tree)
        # Qt empties the selection of a list filled again without a word: with none of the
        # chosen highlights listed any more, Add and Copy stayed on, for nothing.
        self._selection_changed()
        self.empty_hint.setVisible(not found.count)
        self.empty_hint.setText(self._empty_text(found.asked.chosen))
        counted = self.tr("%Ln highlight(s)", "", found.count)
        grouped = self.tr("%Ln group(s)", "", len(found.groups))
        self.count_label.setText(self.tr("%1 in %2").replace("%1", counted).replace("%2", grouped))
        self.listed.emit()

    def _empty_text(self, chosen: HighlightFilter) -> str:
        if chosen != HighlightFilter(text=""):
            return self.tr("No highlight matches these filters.")
        if not writable(self.session):
            return self.tr("The library has no highlights.")
        return self.tr("No highlights yet. Select words in an article and press 1–5: every highlight of the "
                       "library is listed here, to filter and add to a briefing.")

    def apply_changes(self, changes: Changes) -> None:
        if changes.highlights or changes.sources_updated or changes.sources_removed or changes.tags:
            self.reload_choices()
            self.refresh()

    def _swatch(self, key: str) -> QIcon:
        """`key`'s colour in the window's theme, drawn once per theme: drawn for each row, a
        list of 5,000 highlights took 160 ms and 80 MB more at every letter typed in a filter."""
        name = theme(self.session.settings.theme).name
        if (name, key) not in self._swatches:
            self._swatches[(name, key)] = label_swatch(theme(name), key)
        return self._swatches[(name, key)]

    def _relabel(self) -> None:
        """The labels' names as the window now has them: a label renamed while the list was
        shown (or built and hidden) left the old ones in its rows, its groups and the filter."""
        self.reload_choices()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        # The window switches theme by changing the application palette (as the notes pane
        # follows it): the rows draw their colours again, the list itself is the same (read
        # again, 10,000 highlights froze the window for a second).
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "count_label"):  # built whole
            self.tree.viewport().update()
        super().changeEvent(event)

    # -- actions ----------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """Selected highlights in the order shown (group rows select nothing)."""
        ids = [i.data(HighlightIdRole) for i in self.tree.selectionModel().selectedRows(0)]
        shown = {hid: n for n, hid in enumerate(self.model.shown_ids())}
        return sorted({i for i in ids if i is not None}, key=lambda i: shown.get(i, 0))

    def _selection_changed(self, *_: object) -> None:
        has = bool(self.selected_ids())
        self.add_button.setEnabled(has and writable(self.session))  # read-only: copy, no adding
        self.copy_button.setEnabled(has)

    def copy_selected(self) -> str:
        text = copy_as_markdown(self.session.store, self.selected_ids(),
                                export_language(self.session.settings))  # fmt: skip
        QGuiApplication.clipboard().setText(text)
        return text

    def _fill_briefing_menu(self) -> None:
        """(The highlights selected as the menu opens: see `offer_briefings`.)"""
        chosen = self.selected_ids()
        fill_briefing_menu(self.add_menu, self.session, lambda: chosen, self)

    def offer_briefings(self) -> None:
        """The "Add to briefing" menu for the selected highlights, under the current row: those
        selected as it opens. (The list filled again while it is open, by a change made in a
        terminal, gives a deleted highlight's place to its neighbour, which was then added.)"""
        chosen = self.selected_ids()
        if not chosen:
            return
        rect = self.tree.visualRect(self.tree.currentIndex())
        highlight_keys.offer_briefings_at(self.session, lambda: chosen, self, self.tree.viewport().mapToGlobal(rect.bottomLeft()))

    def add_to_briefing(self, briefing_id: int) -> None:
        """Append the selected highlights to a briefing, as one undoable step."""
        add_to_briefing(self.session, briefing_id, self.selected_ids())

    def _fill_menu(self, menu: QMenu, index: QModelIndex) -> bool:
        """A highlight's entries, as its buttons and keys have them: open it in its source, add
        the selected highlights to a briefing (B), copy them as Markdown. Right-click, the Menu
        key and Shift+F10 did nothing. A group's title row offers none: it is no highlight."""
        if index.siblingAtColumn(0).data(HighlightIdRole) is None:
            return False
        menu.setObjectName("highlightMenu")
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.briefing_action)
        menu.addActions(list(self._menu_actions))
        return True

    def _open_current(self) -> None:
        """Enter and the menu's Open in source: the highlight the user is on, as the library's
        Read opens the row it is on. The window shows one source at a time (no tabs), so of
        several chosen one opens and the others stay chosen for the way back (`mode`). The row
        the keyboard is on, once Ctrl+click took it out of the choice, is not what was chosen:
        then the first chosen one opens, not a highlight the user had just put aside."""
        current = self.tree.currentIndex()
        chosen = self.selected_ids()
        if chosen and current.siblingAtColumn(0).data(HighlightIdRole) not in chosen:
            self.highlight_activated.emit(chosen[0])
            return
        self._activated(current)

    def _activated(self, index: QModelIndex) -> None:
        highlight_id = index.siblingAtColumn(0).data(HighlightIdRole)
        if highlight_id is not None:
            self.highlight_activated.emit(highlight_id)

"""The briefing composer: headings, connecting Markdown and quotes, ordered by drag and drop.

The list shows the briefing's items as the store keeps them; every change (add, edit, move,
remove) is an undoable core mutation through `Session.perform`, and the list is reloaded from
the store after it, so what the user sees is always what will be exported. Entry point:
`BriefingComposer(session)`; `open_briefing(id)` shows a stored briefing. The box where a
heading or text is typed, and its saving, is `item_editor`'s; renaming and deleting the
briefing itself, `briefing_edits`'.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.briefing_model import BriefingItem, ItemKind
from reader.core.changes import Changes
from reader.ui import dialogs
from reader.ui.briefing.add_menu import add_to_briefing, ask_briefing_name, create_briefing
from reader.ui.briefing.briefing_edits import delete_briefing, rename_briefing
from reader.ui.briefing.composer_buttons import Can, ComposerButtons, Where
from reader.ui.briefing.composer_splitter import ComposerSplitter
from reader.ui.briefing.drag import HighlightDrops
from reader.ui.briefing.empty_hint import ListHint
from reader.ui.briefing.export_strip import ExportStrip
from reader.ui.briefing.export_target import suggested_for
from reader.ui.briefing.item_editor import ItemEditor
from reader.ui.briefing.item_keys import ItemKeys
from reader.ui.briefing.item_lines import ItemIdRole, list_item
from reader.ui.briefing.new_item import add_new_item
from reader.ui.briefing.outline_delegate import OutlineDelegate
from reader.ui.briefing.preview import BriefingPreview
from reader.ui.core_messages import sentence
from reader.ui.export.dialog import ask_overwrite
from reader.ui.export.folder_button import FolderButton
from reader.ui.path_label import PathLabel
from reader.ui.read_only import hold_composer, reason, writable
from reader.ui.session import Session
from reader.ui.window_state import WindowState


class BriefingComposer(QWidget):
    export_finished = Signal(object)  # ExportReport or ExportFailed, once the status line says it

    def __init__(self, session: Session, parent: QWidget | None = None, *, state: WindowState | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._state = state  # the window's: exports share their last folder
        self.briefing_id: int | None = None
        self.ask = ask_overwrite
        self._listed_id: int | None = None  # the briefing whose items the list shows
        self._choosing = False  # the list tells of a new current item: not rebuilt meanwhile
        self.setWindowTitle(self.tr("Briefing composer"))
        self.preview = BriefingPreview(session, self)
        self.buttons = ComposerButtons("" if writable(session) else reason())
        self.status = PathLabel()  # wraps; a folder it names fits on a line of its own
        # Its own letter: "Ordner &zeigen" (the export dialog's) is the German menu bar's Alt+Z.
        self.folder_button = FolderButton(self.tr("Show f&older"))
        self.exporting = ExportStrip(session, self.status, self.folder_button, lambda conflicts: self.ask(self, conflicts), state)
        self.exporting.running_changed.connect(lambda _running: self._follow_buttons())
        self.exporting.ended.connect(self.export_finished)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        list_box = self._build_list()
        splitter = ComposerSplitter(self.items_list)  # the list keeps its lines on a short screen
        splitter.addWidget(list_box)
        splitter.addWidget(self._build_editor())
        splitter.addWidget(self.preview)
        splitter.setSizes([300, 180, 220])  # the editor a fair share (3 lines high on 800 px)
        layout.addWidget(splitter, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(status_row)
        layout.addWidget(self.exporting)
        session.changes_applied.connect(self.apply_changes)
        if not writable(session):
            hold_composer(self)
        self.reload_briefings()

    # -- building ---------------------------------------------------------------------------

    def _build_header(self) -> QVBoxLayout:
        # Two short rows, not one long one: docked beside the article, the composer stays narrow.
        column = QVBoxLayout()
        row = QHBoxLayout()
        caption = QLabel(self.tr("Br&iefing:"))
        row.addWidget(caption)
        self.briefing_combo = QComboBox()
        caption.setBuddy(self.briefing_combo)
        self.briefing_combo.setMinimumWidth(120)
        self.briefing_combo.currentIndexChanged.connect(self._briefing_chosen)
        row.addWidget(self.briefing_combo, 1)
        column.addLayout(row)
        column.addWidget(self.buttons.row((self.tr("&New…"), self._new_clicked, Can.always),
                                          (self.tr("&Rename…"), self._rename_clicked, Can.briefing),
                                          (self.tr("&Delete"), self._delete_clicked, Can.briefing),
                                          (self.tr("E&xport…"), self._export_clicked, Can.export)))  # fmt: skip
        return column

    def _build_list(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.items_list = QListWidget()
        self.items_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items_list.setWordWrap(True)
        self.items_list.setSpacing(2)
        self.items_list.setItemDelegate(OutlineDelegate(self.items_list))
        self.items_list.model().rowsMoved.connect(self._rows_moved)
        self.items_list.currentItemChanged.connect(self._current_changed)
        # The preview shows the item chosen (by click or key; a reload picks one with its
        # signals blocked and lets the preview show what was added); clicked again once the
        # preview was scrolled away, it is shown again.
        self.items_list.currentItemChanged.connect(self._show_chosen)
        self.items_list.itemClicked.connect(self._show_chosen)
        self.drops = HighlightDrops(self.items_list, self._highlights_dropped)
        self.empty_hint = ListHint(self.items_list, self.tr(  # inside the list: all its lines, 640 px high too
            "This briefing is empty. Add highlights with B on a highlight in the article, with "
            "“Add to briefing” in All highlights or the library table, or drag them here from the notes "
            "pane or All highlights. Add headings and connecting text with the buttons below."))
        column.addWidget(self.items_list, 1)
        adds = self.buttons.row((self.tr("&Add heading"), self._add_heading, Can.briefing),
                                (self.tr("Add &text"), self._add_text, Can.briefing))  # fmt: skip
        self.add_text_button = adds.buttons[1]
        column.addWidget(adds)
        moves = self.buttons.row((self.tr("Move &up"), lambda: self._step(-1), Can.rise),
                                 (self.tr("Move do&wn"), lambda: self._step(1), Can.sink),
                                 (self.tr("Re&move"), self._remove_clicked, Can.item))  # fmt: skip
        column.addWidget(moves)
        ItemKeys(self.items_list, *moves.buttons)  # Alt+↑/↓ and Delete press them in the list
        return box

    def _build_editor(self) -> QWidget:
        self.item_editor = ItemEditor(self.session, self)
        self.editor, self.editor_label = self.item_editor.editor, self.item_editor.label
        self._current_changed(None)
        return self.item_editor

    # -- loading ----------------------------------------------------------------------------

    def reload_briefings(self) -> None:
        self.briefing_combo.blockSignals(True)
        self.briefing_combo.clear()
        for briefing in self.session.store.briefings.all():
            self.briefing_combo.addItem(briefing.name, briefing.id)
        index = self.briefing_combo.findData(self.briefing_id)
        self.briefing_combo.setCurrentIndex(max(index, 0))
        self.briefing_combo.blockSignals(False)
        self.briefing_id = self.briefing_combo.currentData()
        self.reload_items()

    def open_briefing(self, briefing_id: int) -> None:
        self.briefing_id = briefing_id
        self.reload_briefings()

    def reload_items(self) -> None:
        """List the briefing's items again, the current one still current; an item added since
        (a highlight sent with B, a drop, an undone removal) becomes current; when the current
        one went (an undone insert, a removal), the item now in its row, or the last one: with
        none current the keyboard had nowhere to start. The preview shows the item so chosen,
        as a click's (its first new block was the first of two added at once, not the chosen)."""
        current, row, same = self.current_item(), self.items_list.currentRow(), self._listed_id == self.briefing_id
        listed = {self.items_list.item(r).data(ItemIdRole) for r in range(self.items_list.count())}
        self.items_list.blockSignals(True)
        self.items_list.clear()
        items = self.session.store.briefings.items(self.briefing_id) if self.briefing_id else []
        for item in items:
            self.items_list.addItem(list_item(self.session.store, item))
            if current and item.id == current.id:
                self.items_list.setCurrentRow(self.items_list.count() - 1)
        fresh = [r for r, item in enumerate(items) if item.id not in listed] if same else []
        rechosen = not fresh and current is None and same and row >= 0 and bool(items)  # the current one went
        if fresh:  # added by B, dropped, or an undone removal: the new item is the current one
            self.items_list.setCurrentRow(fresh[0])
        elif rechosen:
            self.items_list.setCurrentRow(min(row, len(items) - 1))
        self._listed_id = self.briefing_id
        self.items_list.blockSignals(False)
        self._current_changed(self.items_list.currentItem())
        self.empty_hint.setVisible(self.briefing_id is not None and not items)
        self.preview.show_briefing(self.briefing_id)
        if fresh or rechosen:
            self._show_chosen(self.items_list.currentItem())
        self._say_count()

    def _say_count(self) -> None:
        """The status line's resting words: how many items the briefing has."""
        self.status.setText(self.tr("%Ln item(s)", "", self.items_list.count()) if self.briefing_id
                            else self.tr("Create a briefing."))  # fmt: skip
        self.status.setToolTip("")
        self.folder_button.point_at(None)  # the folder was the export's, said no longer

    def apply_changes(self, changes: Changes) -> None:
        if self._choosing:  # the item left saved both texts (`GuardedText`) as the list told of
            QTimer.singleShot(0, self, lambda: self.apply_changes(changes))  # the next: its items live on
            return
        if changes.briefings:
            self.reload_briefings()
        elif changes.highlights or changes.sources_removed or changes.sources_updated:
            self.reload_items()

    # -- the current item -------------------------------------------------------------------

    def current_item(self) -> BriefingItem | None:
        entry = self.items_list.currentItem()
        return self.session.store.briefings.item(entry.data(ItemIdRole)) if entry else None

    def _show_chosen(self, entry: QListWidgetItem | None, *_: object) -> None:
        if entry is not None:
            self.preview.show_item(entry.data(ItemIdRole))

    def _current_changed(self, *_: object) -> None:
        # what was typed belongs to the item shown before: `show_item` saves it first
        self._choosing = True
        try:
            moved = self.item_editor.show_item(self.current_item())
        finally:
            self._choosing = False
        if not moved:  # its text could not be saved (a full disk): the list goes back to its item,
            QTimer.singleShot(0, self, self._back_to_edited)  # once the click or key is done with it
        self._follow_buttons()

    def _back_to_edited(self) -> None:
        """The list's current item is again the one whose text the editor holds, never one item
        listed and another's text in the editor."""
        row = self._row_of(self.item_editor.editing_id)
        if row is not None and row != self.items_list.currentRow():
            self.items_list.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _row_of(self, item_id: int | None) -> int | None:
        return next((r for r in range(self.items_list.count())
                     if self.items_list.item(r).data(ItemIdRole) == item_id), None)  # fmt: skip

    # -- mutations (undoable) ---------------------------------------------------------------

    def _insert_position(self) -> int | None:
        row = self.items_list.currentRow()
        return None if row < 0 else row + 1

    def _add_heading(self) -> None:
        text = dialogs.ask_text(self, self.tr("Add heading"), self.tr("Heading:"))
        if text:
            self.add_item(ItemKind.HEADING, text)

    def _add_text(self) -> None:
        self.add_item(ItemKind.TEXT, "")

    def add_item(self, kind: ItemKind, text: str, step: str | None = None) -> None:
        """Add a heading or a text after the current item (or at the end); `step` names it on
        the undo stack when it is more than typed text ("Insert chronology")."""
        if self.briefing_id is None:
            return
        added = add_new_item(self.session, self.briefing_id, kind, text, self._insert_position(), step,
                             lambda item: self.items_list.setCurrentRow(item.position))  # fmt: skip
        # the new item is selected, the cursor in its text: ready for typing
        row = self._row_of(added)
        if row is not None:
            self.items_list.setCurrentRow(row)
        # A text the app wrote (a chronology) is read first, not typed on: with the cursor in
        # it, the Ctrl+Z its status line offered went to the editor and took nothing back.
        (self.items_list if step else self.editor).setFocus(Qt.FocusReason.OtherFocusReason)

    def start_writing(self) -> None:
        """The keyboard to Add text, one Space from a cursor in a new text, for a briefing just
        made (its text box greyed while it is empty): after New briefing… the keyboard stayed in
        the library, and the first words typed went there."""
        self.add_text_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _highlights_dropped(self, ids: list[int], position: int | None) -> None:
        """Highlights dragged in from the notes pane or All highlights, at the row dropped on."""
        if self.briefing_id is None:
            self.status.setText(self.tr("Create a briefing first, then drop highlights into it."))
            return
        add_to_briefing(self.session, self.briefing_id, ids, position)

    def flush(self) -> None:
        """Write the editor's text now, not after the pause (the window quits); a full disk raises."""
        self.item_editor.flush()

    def move_item(self, item_id: int, position: int) -> None:
        repo = self.session.store.briefings
        item = repo.item(item_id)
        if item is None or item.position == position:
            return
        old = item.position
        self.session.perform(self.tr("Move briefing item"), lambda: repo.move_item(item_id, position),
                             lambda: repo.move_item(item_id, old))  # fmt: skip

    def _rows_moved(
        self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int
    ) -> None:
        """A drag and drop moved a row inside the list: make it a move in the store.

        Deferred to the event loop because the list is rebuilt from the store afterwards,
        which must not happen while the view is still finishing its drop.
        """
        target = row if row < start else row - 1
        item_id = self.items_list.item(target).data(ItemIdRole)
        QTimer.singleShot(0, lambda: self.move_item(item_id, target))

    def _step(self, delta: int) -> None:
        item = self.current_item()
        if item is not None:
            self.move_item(item.id, max(0, item.position + delta))

    def _remove_clicked(self) -> None:
        # The typing first, into the item removed (Alt+M leaves the editor after the click):
        # else it was held as deleted elsewhere, and Ctrl+Z brought the item back without it.
        self.flush()
        item = self.current_item()
        if item is not None:
            repo = self.session.store.briefings
            self.session.perform(self.tr("Remove briefing item"), lambda: repo.remove_item(item.id),
                                 lambda: repo.insert_item(item))  # fmt: skip

    def _new_clicked(self) -> None:
        name = ask_briefing_name(self)
        if name and self.create_briefing(name):  # refused, the keyboard stays on New… to ask again
            self.start_writing()

    def create_briefing(self, name: str) -> bool:
        """Create a briefing (undoable) and show it; a refused name is said in the status line."""
        self.session.error_raised.connect(self._say_refused)
        try:
            briefing_id = create_briefing(self.session, name)
        finally:
            self.session.error_raised.disconnect(self._say_refused)
        if briefing_id is not None:
            self.open_briefing(briefing_id)
        return briefing_id is not None

    def _rename_clicked(self) -> None:
        if self.briefing_id is not None:
            refused = rename_briefing(self.session, self, self.briefing_id, self.briefing_combo.currentText())
            if refused:
                self._say_refused(refused)

    def _say_refused(self, text: str) -> None:
        """A refusal in the status line as the main window's status bar says it: in the window's
        language and as a sentence (the core's English showed here in the German window)."""
        self.status.setText(sentence(text))

    def _delete_clicked(self) -> None:
        if self.briefing_id is not None:
            briefing_id, self.briefing_id = self.briefing_id, None  # the list falls back to another
            delete_briefing(self.session, briefing_id)

    def _briefing_chosen(self) -> None:
        self._choosing = True  # its save's changes reload the briefings after the choice (`apply_changes`):
        try:  # at once, they put the combo back on the briefing left, and the choice was lost
            moved = self.item_editor.guard.move_on()
        finally:
            self._choosing = False
        if not moved:  # its text could not be saved (a full disk): the briefing it was typed in
            with QSignalBlocker(self.briefing_combo):  # stays chosen
                self.briefing_combo.setCurrentIndex(self.briefing_combo.findData(self.briefing_id))
            return
        self.briefing_id = self.briefing_combo.currentData()
        self.reload_items()

    # -- export -----------------------------------------------------------------------------

    def export_to(self, path: Path) -> None:
        """Export the briefing to `path` on the worker (`export_finished` says when it is
        written): its text saved first, so the file holds what the composer shows; a save that
        fails (a full disk) raises here, the text stays in the editor and nothing is exported."""
        assert self.briefing_id is not None
        self.flush()
        self._say_count()  # not the last export's "Exported to Memo.md" while this one runs
        self.exporting.start(self.briefing_id, path)

    def _export_clicked(self) -> None:
        if self.briefing_id is None or self.exporting.running:
            return
        offered = suggested_for(self.session, self._state, self.briefing_id)
        target = dialogs.ask_save_file(self, self.tr("Export briefing"), offered, "md")
        if target is not None:
            self.export_to(target)

    def _follow_buttons(self) -> None:
        self.buttons.follow(Where(self.briefing_id is not None, self.items_list.currentRow(),
                                  self.items_list.count(), self.exporting.running))  # fmt: skip

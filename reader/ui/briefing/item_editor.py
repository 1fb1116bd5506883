"""The composer's editor: the box under the list where the chosen heading or text is typed.

Apart from the composer because it keeps a promise of its own: what is typed is saved like the
summary note (after a pause, on focus-out, before another item is shown), each save one
undoable step, and a save that failed (a full disk) is kept in the box and tried again, never
replaced by the next item's text. It shows an item, it does not choose one: the composer tells
it which (`show_item`) whenever the list's current item changes or the list is reloaded.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.core.briefing_model import BriefingItem, ItemKind
from reader.ui.flushing_edit import FlushingEdit
from reader.ui.session import Session

SAVE_DELAY_MS = 600


class ItemEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._editing_id: int | None = None  # the item whose text the editor holds
        self._save_failed = False  # the editor's text could not be written (a full disk): kept
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()  # says what the box below is for: `show_item`
        self.label.setWordWrap(True)
        # Saves itself like the summary note: after a pause, on focus-out, on switching items.
        self.editor = FlushingEdit(SAVE_DELAY_MS, self)
        self.editor.setTabChangesFocus(True)  # like the summary note: Tab moves on, types no tab
        self.editor.save_due.connect(self.save)
        # Two lines at the least (Qt's least was four): the hint above keeps all its lines, and
        # the composer still fits a 540 px high screen (`_fit_label`).
        margin = 2 * (self.editor.frameWidth() + round(self.editor.document().documentMargin()))
        self.editor.setMinimumHeight(2 * self.editor.fontMetrics().lineSpacing() + margin)
        column.addWidget(self.label)
        column.addWidget(self.editor, 1)

    def show_item(self, item: BriefingItem | None) -> None:
        """Hold `item`'s text if it is a heading or a text (a quote is not typed on), after
        saving what was typed for the item held before; a save that fails raises here, before
        the other item's text replaces it."""
        editable = item is not None and item.kind is not ItemKind.HIGHLIGHT
        self.flush()
        shown = item.id if editable and item else None
        if shown != self._editing_id or (item is not None and self.editor.toPlainText() != item.text
                                         and not self.editor.hasFocus()):  # fmt: skip
            self.editor.load(item.text if editable and item else "")
        self._editing_id = shown
        self.editor.setEnabled(editable)
        # Not offered while greyed out: "Connecting text in Markdown" over nothing chosen was
        # clicked and typed into, and the letters went to the list's one-key commands (J, K).
        self.editor.setPlaceholderText(self.tr("Connecting text in Markdown") if editable else "")
        if editable and item and item.kind is ItemKind.HEADING:
            self.label.setText(self.tr("Edit the heading:"))
        elif editable:
            self.label.setText(self.tr("Edit the text:"))
        else:
            # Without "Drag items to reorder them.": the Move buttons above say it, and it made
            # the hint six lines high in a narrow dock.
            self.label.setText(self.tr("Select a heading or text to edit it, or press Add text."))
        self._fit_label()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_label()

    def _fit_label(self) -> None:
        """The label as high as its lines at this width: the splitter the editor sits in asks
        for no height for width, and docked at 1024 × 700 in German the hint's four lines got
        three lines' height, its first and last cut in half."""
        self.label.setMinimumHeight(0)  # else its own minimum is what heightForWidth gives back
        self.label.setMinimumHeight(self.label.heightForWidth(max(1, self.width())))

    def flush(self) -> None:
        """Write the editor's text now, not after the pause (the window quits); a full disk raises."""
        if self.editor.pending or self._save_failed:
            self.save()

    def save(self) -> None:
        repo = self.session.store.briefings
        item = repo.item(self._editing_id) if self._editing_id is not None else None
        if item is None or item.kind is ItemKind.HIGHLIGHT:
            return
        new, old = self.editor.toPlainText(), item.text
        if new != old:
            self._save_failed = True  # until the write is done: a full disk raises below
            self.session.perform(
                self.tr("Edit heading") if item.kind is ItemKind.HEADING else self.tr("Edit text"),
                lambda: repo.update_item_text(item.id, new),
                lambda: repo.update_item_text(item.id, old),
            )
        self._save_failed = False

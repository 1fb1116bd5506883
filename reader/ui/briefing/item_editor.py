"""The composer's editor: the box under the list where the chosen heading or text is typed.

Apart from the composer because it keeps a promise of its own: what is typed is saved like the
summary note (after a pause, on focus-out, before another item is shown), each save one
undoable step, and a save that failed (a full disk) is kept in the box and tried again, never
replaced by the next item's text; and, like the note's (`GuardedText`), a save never writes over
a text another program wrote meanwhile: the conflict bar asks, leaving the item or quitting
keeps both. It shows an item, it does not choose one: the composer tells it which (`show_item`)
whenever the list's current item changes or the list is reloaded.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.core.briefing_model import BriefingItem, ItemKind
from reader.ui.briefing.new_item import add_new_item, item_key
from reader.ui.conflict_bar import ConflictBar
from reader.ui.editor_bar import fit_label
from reader.ui.flushing_edit import FlushingEdit
from reader.ui.guarded_text import GuardedText, Place
from reader.ui.lost_text_bar import LostTextBar
from reader.ui.session import Session

SAVE_DELAY_MS = 600


def _one_line(text: str) -> str:
    """A heading as the store keeps it (`item_text`), without refusing an empty one here."""
    return " ".join(text.split())


class ItemEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._editing_id: int | None = None  # the item whose text the editor holds
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()  # says what the box below is for: `show_item`
        self.label.setWordWrap(True)
        # Saves itself like the summary note: after a pause, on focus-out, on switching items.
        self.editor = FlushingEdit(SAVE_DELAY_MS, self)
        self.editor.setTabChangesFocus(True)  # like the summary note: Tab moves on, types no tab
        # its words say a heading or a text (`show_item`); its letters rest while the keyboard
        # is outside the composer (`LetterTurns`), so they may be the notes pane's bars' own
        self.conflict = ConflictBar("", self.tr("&Keep mine"), self.tr("Show the &other"), self)
        self.lost = LostTextBar(self.tr("This item was deleted elsewhere while you typed: your text is not saved."),
                                self.tr("&Copy text"), self.tr("Kee&p as a new item"), self)
        self.guard = GuardedText(session, self.editor, self.conflict, self.lost, self.tr(
            "The briefing's text was changed elsewhere while you typed: both texts are kept, the other one first"),
            self.tr("Your briefing text could not be saved: the disk holding the library is full. It is still in "
                    "the editor, and its item stays chosen. Free some space on that disk (empty the trash, delete "
                    "or move large files), then choose again: the text is saved first."))
        self.editor.save_due.connect(lambda: self.guard.flush(leaving=False))
        # Two lines at the least (Qt's least was four): the hint above keeps all its lines, and
        # the composer still fits a 540 px high screen (`_fit_label`).
        margin = 2 * (self.editor.frameWidth() + round(self.editor.document().documentMargin()))
        self.editor.setMinimumHeight(2 * self.editor.fontMetrics().lineSpacing() + margin)
        column.addWidget(self.label)
        column.addWidget(self.lost)
        column.addWidget(self.conflict)
        column.addWidget(self.editor, 1)

    @property
    def editing_id(self) -> int | None:
        """The item whose text the editor holds (None: none, or a quote)."""
        return self._editing_id

    def show_item(self, item: BriefingItem | None) -> bool:
        """Hold `item`'s text if it is a heading or a text (a quote is not typed on), after
        saving what was typed for the item held before; a save that fails on a full disk keeps
        the text here, its item's, and returns False (the box says so: `GuardedText.move_on`),
        while one kept out by another program's lock is kept for its item and saved once the
        library is free. The item held, reloaded, is refreshed: its text changed elsewhere
        shows, or the bar asks when typing here is unsaved."""
        editable = item is not None and item.kind is not ItemKind.HIGHLIGHT
        shown = item.id if editable and item else None
        if item is not None and shown is not None and shown == self._editing_id:
            self.guard.refresh(item.text)
            return True
        if not self.guard.move_on():
            return False
        self._editing_id = shown
        place = self._place(item) if editable and item else None
        self.guard.load(item.text if editable and item else "", place)
        self.editor.setEnabled(editable)
        # Not offered while greyed out: "Connecting text in Markdown" over nothing chosen was
        # clicked and typed into, and the letters went to the list's one-key commands (J, K).
        self.editor.setPlaceholderText(self.tr("Connecting text in Markdown") if editable else "")
        if editable and item and item.kind is ItemKind.HEADING:
            self.label.setText(self.tr("Edit the heading:"))
            self.conflict.say(self.tr("This heading was changed elsewhere while you typed: yours is not saved yet."))
        elif editable:
            self.label.setText(self.tr("Edit the text:"))
            self.conflict.say(self.tr("This text was changed elsewhere while you typed: yours is not saved yet."))
        else:
            # Without "Drag items to reorder them.": the Move buttons above say it, and it made
            # the hint six lines high in a narrow dock.
            self.label.setText(self.tr("Select a heading or text to edit it, or press Add text."))
        self._fit_label()
        return True

    def _place(self, shown: BriefingItem) -> Place:
        repo, item_id, kind, briefing_id = self.session.store.briefings, shown.id, shown.kind, shown.briefing_id

        def read() -> str:
            item = repo.item(item_id)
            return item.text if item is not None else ""

        def step() -> str:  # the undo step's name: in Edit ▸ Undo before the typing is saved too
            return self.tr("Edit heading") if kind is ItemKind.HEADING else self.tr("Edit text")

        def write(old: str, new: str) -> bool:
            item = repo.item(item_id)
            if item is None:  # removed elsewhere
                return False
            self.session.perform(
                step(),
                lambda: repo.update_item_text(item_id, new, expected=old),
                lambda: repo.update_item_text(item_id, old),
            )
            return True

        def keep(text: str) -> bool:
            """A text whose item was deleted elsewhere, as a new item at its briefing's end."""
            if repo.get(briefing_id) is None:
                return False
            add_new_item(self.session, briefing_id, kind, text, None)
            return True

        return Place(read, write, lambda: repo.item(item_id) is not None, keep,
                     _one_line if kind is ItemKind.HEADING else lambda text: text,
                     key=item_key(self.session, item_id), name=step)  # the item's, not its number's

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_label()

    def _fit_label(self) -> None:
        """The hint as high as its lines at the editor's width: docked at 1024 × 700 in German
        its four lines got three lines' height, its first and last cut in half."""
        fit_label(self.label, self.width())

    def flush(self) -> None:
        """Write the editor's text now, not after the pause (the window quits, another item is
        shown); a full disk raises. Over a text changed elsewhere both are kept, the other first."""
        self.guard.flush(leaving=True)

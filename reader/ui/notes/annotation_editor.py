"""Editing the selected highlight's annotation in place, one undo step per burst of typing.

The text is saved after a pause, on focus-out and on flush; each save is one undoable step
from the last saved text to the new one, so Ctrl+Z in the window undoes a thought, not a key.
An annotation another program set meanwhile (`briefing highlight add … --note` in a terminal)
is never saved over: the save is the summary note's (`GuardedText`), with its conflict bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.core.models import Highlight
from reader.ui import undoable
from reader.ui.conflict_bar import ConflictBar
from reader.ui.flushing_edit import FlushingEdit
from reader.ui.guarded_text import GuardedText, Place, both
from reader.ui.lost_text_bar import LostTextBar
from reader.ui.session import Session

SAVE_DELAY_MS = 800
MIN_LINES, MAX_LINES = 3, 14  # the editor grows with the text between these, then scrolls


class AnnotationEditor(QWidget):
    finished = Signal()  # Esc in the editor: the text is saved, back to reading

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._highlight_id: int | None = None
        self._build_widgets()
        self.edit(None)

    def _build_widgets(self) -> None:
        self.title = QLabel(self.tr("Annotation"), self)
        self.title.setObjectName("sectionTitle")
        self.editor = FlushingEdit(SAVE_DELAY_MS, self)
        self.editor.setAccessibleName(self.title.text())
        self.editor.setTabChangesFocus(True)
        self.editor.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self.editor.save_due.connect(lambda: self.flush(leaving=False))
        self.conflict = ConflictBar(self.tr("This annotation was changed elsewhere while you typed: yours is not saved yet."),
                                    self.tr("Keep &mine"), self.tr("Sho&w the other"), self)  # the note's: K, T
        self.lost = LostTextBar(self.tr("This highlight was deleted elsewhere while you typed: your annotation is not saved."),
                                self.tr("Co&py text"), self.tr("Add to the &note"), self)  # the note's: C
        self.guard = GuardedText(self._session, self.editor, self.conflict, self.lost, self.tr(
            "The annotation was changed elsewhere while you typed: both texts are kept, the other one first"),
            self.tr("Your annotation could not be saved: the disk holding the library is full. It is still in "
                    "the editor, and its highlight stays selected. Free some space on that disk (empty the trash, "
                    "delete or move large files), then choose again: the annotation is saved first."))
        done = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.editor)
        done.setContext(Qt.ShortcutContext.WidgetShortcut)
        done.activated.connect(self._finish)
        self._fit()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.lost)
        layout.addWidget(self.conflict)
        layout.addWidget(self.editor)

    def _fit(self) -> None:
        """As tall as the text (in wrapped lines), from MIN_LINES up to MAX_LINES."""
        lines = int(self.editor.document().documentLayout().documentSize().height())
        shown = max(MIN_LINES, min(MAX_LINES, lines))
        margins = self.editor.contentsMargins()
        frame = 2 * self.editor.frameWidth() + 2 * int(self.editor.document().documentMargin())
        self.editor.setFixedHeight(shown * self.editor.fontMetrics().lineSpacing() + frame
                                   + margins.top() + margins.bottom())  # fmt: skip

    def begin(self) -> None:
        """Start typing into the annotation (the key to annotate the selected highlight)."""
        if self._highlight_id is None:
            return
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def _finish(self) -> None:
        self.flush(leaving=False)  # Esc: still here to answer the bar
        self.finished.emit()

    @property
    def highlight_id(self) -> int | None:
        return self._highlight_id

    def edit(self, highlight: Highlight | None) -> bool:
        """Show `highlight`'s annotation for editing (saving the previous one first, or keeping
        it for its highlight while the library is busy: `GuardedText.move_on`); False when the
        disk is full and the annotation typed stays, its highlight's."""
        if not self.guard.move_on():
            return False
        self._highlight_id = highlight.id if highlight else None
        self.guard.load(highlight.annotation if highlight else "", self._place(highlight) if highlight else None)
        self.editor.setEnabled(highlight is not None)
        self.editor.setPlaceholderText(
            self.tr("Your comment on this passage…") if highlight
            else self.tr("Select a highlight to comment on it.")
        )
        return True

    def _place(self, highlight: Highlight) -> Place:
        store, highlight_id, source_id = self._session.store, highlight.id, highlight.source_id

        def read() -> str:
            now = store.highlights.get(highlight_id)
            return now.annotation if now is not None else ""

        def write(old: str, new: str) -> bool:
            undoable.edit_annotation(self._session, highlight_id, old, new)
            return True

        def keep(text: str) -> bool:
            """An annotation whose highlight was deleted elsewhere, below its source's note."""
            if store.sources.get(source_id) is None:
                return False
            note = store.notes.get(source_id).body
            undoable.edit_note(self._session, source_id, note, both(note, text))
            return True

        return Place(read, write, lambda: store.highlights.get(highlight_id) is not None, keep, key=highlight_id,
                     name=lambda: undoable.annotation_step(self._session, highlight_id))

    def refresh(self, highlight: Highlight | None) -> None:
        """The bound highlight as now stored (after undo, another process): shown unless typing
        here is unsaved, when the conflict bar asks."""
        if highlight is None or highlight.id != self._highlight_id:
            self.edit(highlight)
        else:
            self.guard.refresh(highlight.annotation)

    def flush(self, *, leaving: bool = True) -> None:
        """Save what was typed: over an annotation changed elsewhere, a pause asks (the bar);
        leaving the highlight or quitting keeps both texts, the other first."""
        self.guard.flush(leaving=leaving)

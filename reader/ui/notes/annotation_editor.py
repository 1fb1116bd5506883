"""Editing the selected highlight's annotation in place, one undo step per burst of typing.

The text is saved after a pause, on focus-out and on flush; each save is one undoable step
from the last saved text to the new one, so Ctrl+Z in the window undoes a thought, not a key.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.core.models import Highlight
from reader.ui import undoable
from reader.ui.flushing_edit import FlushingEdit
from reader.ui.session import Session

SAVE_DELAY_MS = 800
PLACEHOLDER = "Your comment on this passage…"
NOTHING_SELECTED = "Select a highlight to comment on it."


class AnnotationEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._highlight_id: int | None = None
        self._saved = ""
        self._build_widgets()
        self.edit(None)

    def _build_widgets(self) -> None:
        self.title = QLabel("Annotation", self)
        self.title.setObjectName("sectionTitle")
        self.editor = FlushingEdit(SAVE_DELAY_MS, self)
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 4 + 16)
        self.editor.save_due.connect(self.flush)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.editor)

    @property
    def highlight_id(self) -> int | None:
        return self._highlight_id

    def edit(self, highlight: Highlight | None) -> None:
        """Show `highlight`'s annotation for editing (saving the previous one first)."""
        self.flush()
        self._highlight_id = highlight.id if highlight else None
        self._saved = highlight.annotation if highlight else ""
        self.editor.load(self._saved)
        self.editor.setEnabled(highlight is not None)
        self.editor.setPlaceholderText(PLACEHOLDER if highlight else NOTHING_SELECTED)

    def refresh(self, highlight: Highlight | None) -> None:
        """The bound highlight as now stored (after undo, say); typing in progress wins."""
        if highlight is None or highlight.id != self._highlight_id:
            self.edit(highlight)
        elif not self.editor.pending and highlight.annotation != self.editor.toPlainText():
            self._saved = highlight.annotation
            self.editor.load(highlight.annotation)

    def flush(self) -> None:
        text = self.editor.toPlainText()
        if self._highlight_id is None or text == self._saved:
            return
        old, self._saved = self._saved, text
        undoable.edit_annotation(self._session, self._highlight_id, old, text)

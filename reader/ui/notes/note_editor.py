"""The source's summary note: Markdown with syntax colouring, a rendered preview, autosave.

Saving is debounced (a pause in typing), and also happens on focus-out, on switching sources
and when the window calls `flush()` at quit, so typing and closing at once loses nothing; a
save that failed (a full disk) is tried again at each of those. A note changed elsewhere (a
terminal, another program) since it was loaded here is never saved over (`GuardedText`, the
save the annotation and the composer share): with nothing typed here it is shown (`refresh`);
with typing here the conflict bar asks, and leaving the source or quitting before it is
answered keeps both texts. The
preview shows `core.render`'s sanitised HTML in an inert browser: nothing loads, links ask.
A letter typed in the preview is writing: it goes into the editor, not to the window's
one-key commands (K, "previous source", sent the rest of "Peking" into another source's note).
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

from reader.core.render import render_note
from reader.ui import undoable
from reader.ui.article.code_blocks import note_code_css
from reader.ui.article.inert_browser import InertBrowser
from reader.ui.conflict_bar import ConflictBar
from reader.ui.flushing_edit import FlushingEdit
from reader.ui.guarded_text import GuardedText, Place
from reader.ui.lost_text_bar import LostTextBar
from reader.ui.notes.markdown_highlighter import MarkdownHighlighter
from reader.ui.session import Session
from reader.ui.theme import Theme

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 600
EDIT_TAB, PREVIEW_TAB = 0, 1
# Qt sets an <h1> xx-large: in the pane's width "# Zusammenfassung" broke mid-word. A note's
# headings only need to stand out from its lines.
HEADINGS_CSS = "h1 { font-size: large; } h2, h3, h4, h5, h6 { font-size: medium; }"
_TYPING_MODIFIERS = (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
                     | Qt.KeyboardModifier.GroupSwitchModifier)  # fmt: skip
# AltGr as Windows reports it, and macOS's Option: the "[", "@", "{" or "€" of a German keyboard,
# a Markdown link's "[" among them, came with Ctrl and Alt, or Alt, and were taken for a shortcut
# (and lost). On Linux Alt+letter stays a control's letter (`flushing_edit.alt_letter`).
_ALT_GR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
_OPTION = Qt.KeyboardModifier.AltModifier


def _is_typing(event: QKeyEvent) -> bool:
    """A key that writes a character (Ctrl+A, arrows, Return and Space, which pages down a long
    note, stay the preview's)."""
    text = event.text()
    held = event.modifiers() & ~_TYPING_MODIFIERS
    typed_with = (Qt.KeyboardModifier.NoModifier, _ALT_GR) + ((_OPTION,) if sys.platform == "darwin" else ())
    return bool(text.strip()) and text.isprintable() and held in typed_with


class NoteEditor(QWidget):
    def __init__(self, session: Session, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._theme = theme
        self._source_id: int | None = None
        self._build_editor()
        self._build_tabs()
        self.show_source(None)

    def _build_editor(self) -> None:
        self.editor = FlushingEdit(SAVE_DELAY_MS, self)
        # Tab leaves the note, as in every other field: a tab typed into Markdown starts a code
        # block, and a keyboard user was caught here, typing tabs into the summary.
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Summary note"))
        self.editor.setPlaceholderText(
            self.tr("Summary for the briefing — Markdown: # heading, **bold**, - list, [link](https://…)")
        )
        self.editor.save_due.connect(lambda: self.flush(leaving=False))
        self.conflict = ConflictBar(self.tr("This note was changed elsewhere while you typed: yours is not saved yet."),
                                    self.tr("&Keep mine"), self.tr("Show the o&ther"), self)  # the annotation's: M, W
        self.lost = LostTextBar(self.tr("This note's source was deleted elsewhere while you typed: your text is not saved."),
                                self.tr("&Copy text"), parent=self)  # the annotation's: P, N
        self.guard = GuardedText(self._session, self.editor, self.conflict, self.lost, self.tr(
            "The summary note was changed elsewhere while you typed: both texts are kept, the other one first"),
            self.tr("Your summary note could not be saved: the disk holding the library is full. It is still in "
                    "the editor, and its source stays open. Free some space on that disk (empty the trash, delete "
                    "or move large files), then open the other source again: the note is saved first."))
        self.highlighter = MarkdownHighlighter(self.editor.document(), self._theme)
        self.preview = InertBrowser(self)
        self.preview.setPlaceholderText(self.tr("No summary note yet: write one under Edit."))
        self.preview.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing in the preview, or on the Edit/Preview tabs (where `Tab` from the annotation
        lands first), switches to Edit and writes there, in this source's note: the letters
        went to the window, and J or K opened another source."""
        typed_on = (self.preview, self.tabs.tabBar())
        if watched in typed_on and isinstance(event, QKeyEvent) and _is_typing(event):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # a letter here is text, not the window's J/K/1–5
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.tabs.setCurrentIndex(EDIT_TAB)
                self.editor.setFocus()
                QApplication.sendEvent(self.editor, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text()))
                return True
        return super().eventFilter(watched, event)

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.editor, self.tr("Edit"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.currentChanged.connect(self._update_preview)
        self.editor.textChanged.connect(self._update_preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lost)
        layout.addWidget(self.conflict)
        layout.addWidget(self.tabs)
        # Tab reaches Edit/Preview first, as they stand above the text (the editor, made before
        # the tabs, came first in the focus chain, and Tab went from the text up to the tabs)
        QWidget.setTabOrder(self.tabs.tabBar(), self.editor)
        self.tabs.tabBar().installEventFilter(self)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.highlighter.set_theme(theme)
        self._update_preview()

    def show_source(self, source_id: int | None) -> bool:
        """Save the open note (kept for its source while the library is busy), then load the
        note of `source_id`; on a full disk the note stays (`GuardedText.move_on`): False."""
        if not self.guard.move_on():
            return False
        self._source_id = source_id
        notes = self._session.store.notes
        saved = notes.get(source_id).body if source_id is not None else ""
        self.guard.load(saved, self._place(source_id) if source_id is not None else None)
        self.editor.setEnabled(source_id is not None)
        if not saved:  # nothing to preview: the tab where a note is written, not a blank box
            self.tabs.setCurrentIndex(EDIT_TAB)
        self._update_preview()
        return True

    def _place(self, source_id: int) -> Place:
        def write(old: str, new: str) -> bool:
            if not self._session.store.sources.exists(source_id):
                log.warning("note of source #%s not saved: the source is gone", source_id)
                return False
            undoable.edit_note(self._session, source_id, old, new)  # Ctrl+Z undoes a burst of typing
            return True

        return Place(lambda: self._session.store.notes.get(source_id).body, write,
                     lambda: self._session.store.sources.get(source_id) is not None, key=source_id,
                     name=lambda: undoable.note_step(self._session, source_id))

    def refresh(self) -> None:
        """The note changed elsewhere (an undo, another process): show it when nothing typed
        here is unsaved; else keep the typing and let the conflict bar ask."""
        if self._source_id is not None:
            self.guard.refresh(self._session.store.notes.get(self._source_id).body)

    def reveal(self, word: str = "") -> None:
        """Show the note for editing with the first `word` (a search hit) selected."""
        self.tabs.setCurrentIndex(EDIT_TAB)
        self.editor.setFocus()
        found = self.editor.document().find(word) if word else None
        if found is not None and not found.isNull():
            self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()

    def flush(self, *, leaving: bool = True) -> None:
        """Save what was typed. Over a note changed elsewhere since it was loaded, a pause in
        typing (`leaving` False) saves nothing and the conflict bar asks; leaving the source or
        quitting, with no one left to ask, saves the other text with this one below it."""
        self.guard.flush(leaving=leaving)

    def _update_preview(self) -> None:
        if self.tabs.currentIndex() != PREVIEW_TAB:
            return
        css = note_code_css(self._theme)
        self.preview.document().setDefaultStyleSheet(
            f"{css}\na {{ color: {self._theme.link}; }}\npre {{ margin: 4px 0; }}\n{HEADINGS_CSS}"
        )
        # Qt shows the newline pygments leaves before </code> as an extra empty code line.
        self.preview.setHtml(render_note(self.editor.toPlainText()).replace("\n</code>", "</code>"))

"""The right pane: the open source's tags, its highlights with their annotations, its summary.

It loads from the store and writes through the session; the window wires its signals to the
article pane (a highlight clicked here scrolls the article to it, and back). `flush()` saves
whatever is being typed, which the window calls before switching sources and on quit.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QLabel, QListView, QMenu, QSplitter, QVBoxLayout, QWidget

from reader.core.anchoring import Selector
from reader.core.changes import Changes
from reader.ui import context_menus
from reader.ui.label_names import label_names
from reader.ui.notes.annotation_editor import AnnotationEditor
from reader.ui.notes.highlight_delegate import HighlightDelegate
from reader.ui.notes.highlight_list import HighlightListModel
from reader.ui.notes.label_legend import legend
from reader.ui.notes.note_editor import NoteEditor
from reader.ui.notes.tag_editor import TagEditor
from reader.ui.scroll_block import scrolling
from reader.ui.session import Session
from reader.ui.theme import Theme, theme


class _HighlightsView(QListView):
    """The highlights list asks for no more height than its least, two lines: the room left in
    the pane is what it gets (see `_build_layout`), and at 1024 × 576 the pane's block fits
    without scrolling (Qt's least for a list, 72 px, tipped it over)."""

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:  # its least height follows its first row (see minimumSizeHint)
            for changed in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                changed.connect(self.updateGeometry)

    def minimumSizeHint(self) -> QSize:
        """Two lines, or the first highlight whole: at 960 × 540 the list showed half of one,
        its quote cut through the middle, in a block that scrolls anyway. An empty list asks
        for nothing: the hint and the key legend above it say what goes there, and with the
        legend's five lines the block scrolled at 1024 × 576 for an empty box."""
        model = self.model()
        if model is None or not model.rowCount():
            return QSize(super().minimumSizeHint().width(), 2 * self.frameWidth())
        lines = 2 * self.fontMetrics().lineSpacing()
        first = self.sizeHintForRow(0)
        return QSize(super().minimumSizeHint().width(), max(lines, first) + 2 * self.frameWidth())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Shorter, the list keeps its current highlight in sight: N made the annotation field
        below grow as it took the cursor, and the highlight being commented on lost its last
        line under the list's edge."""
        super().resizeEvent(event)
        shrunk = event.oldSize().height() - event.size().height()
        current = self.currentIndex()
        if shrunk <= 0 or not current.isValid():
            return
        shown = self.visualRect(current)  # the viewport has its new height already: the old one
        if shown.top() >= 0 and shown.bottom() < self.viewport().height() + shrunk:
            self.scrollTo(current)


class NotesPane(QWidget):
    highlight_activated = Signal(int)
    # Esc in the tag field, the annotation or the summary note: back to reading (the tag field
    # drops what was typed in it first). Only the annotation had it: Esc in the tag field after
    # Ctrl+T did nothing, and the next letter typed went on into the field.
    editing_done = Signal()
    briefing_requested = Signal(int, QPoint)  # B on a highlight in the list: offer briefings there

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._source_id: int | None = None
        self._theme = self._current_theme()
        self._build_tags()
        self._build_highlights()
        self._build_note()
        self._build_layout()
        self._connect()
        self.show_source(None)

    def _build_tags(self) -> None:
        self.tags_title = self._section_title(self.tr("Tags"))
        self.tag_editor = TagEditor(self._session, self)

    def _build_highlights(self) -> None:
        self.highlights_title = self._section_title(self.tr("Highlights"))
        self.model = HighlightListModel(self)
        self.delegate = HighlightDelegate(self._theme, self)
        self.delegate.label_names = label_names(self._session)
        self.list = _HighlightsView(self)
        self.list.setAccessibleName(self.tr("Highlights"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(self.delegate)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setWordWrap(True)
        self.list.setDragEnabled(True)  # into the briefing composer
        self.list.setDragDropMode(QListView.DragDropMode.DragOnly)
        # A highlight an update placed on changed wording is flagged until the user says so.
        self.confirm_action = QAction(self.tr("The new &words are right"), self.list)
        self.confirm_action.setStatusTip(self.tr("Keep this highlight on the words the update changed it to"))
        self.confirm_action.triggered.connect(self._confirm_current)
        self.list.addAction(self.confirm_action)
        # B, as in the article: a keyboard user who went to the list (Alt+3) had no way on.
        self.briefing_action = QAction(self.tr("Add to &briefing…"), self.list)
        self.briefing_action.setShortcut(QKeySequence("B"))
        self.briefing_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.briefing_action.triggered.connect(self._offer_briefings)
        self.list.addAction(self.briefing_action)
        context_menus.for_items(self.list, self._fill_menu)
        self.empty_hint = QLabel(self.tr("No highlights yet. Select words in the article and press 1–5."), self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("hint")
        self.label_legend = QLabel(legend(label_names(self._session), self._theme), self)  # what 1–5 and the colours mean
        self.label_legend.setObjectName("labelLegend")
        self.label_legend.setTextFormat(Qt.TextFormat.RichText)
        self.label_legend.setWordWrap(True)  # a long name (40 letters in Preferences) wraps, the pane stays narrow
        self.annotation = AnnotationEditor(self._session, self)

    def _build_note(self) -> None:
        self.note_title = self._section_title(self.tr("Summary note"))
        self.note = NoteEditor(self._session, self._theme, self)

    def _build_layout(self) -> None:
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(10, 10, 10, 6)
        for widget in (self.tags_title, self.tag_editor, self.highlights_title, self.empty_hint, self.label_legend,
                       self.list, self.annotation):  # fmt: skip
            top_layout.addWidget(widget)
        top_layout.setStretchFactor(self.list, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(10, 6, 10, 10)
        bottom_layout.addWidget(self.note_title)
        bottom_layout.addWidget(self.note, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        # A pane too short for its tags, highlights and annotation scrolls them rather than cut
        # them: at 960 × 540 a second row of tags was drawn half over the "Add tag…" field. The
        # list asks for its least height only, so the block asks for what the rest needs and
        # the list fills whatever room is left.
        self.splitter.addWidget(scrolling(top, self))
        self.splitter.addWidget(bottom)
        # The summary note's 38 % left two highlights with an annotation under two tags no room
        # in a 1024 px screen's window (the first scrolled above the list's edge): it scrolls.
        self.splitter.setSizes([650, 250])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _section_title(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("sectionTitle")
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _connect(self) -> None:
        self.list.clicked.connect(self._activate)
        self.list.activated.connect(self._activate)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self._session.settings_changed.connect(lambda _settings: self._restyle())
        self.annotation.finished.connect(self.editing_done)
        # Esc from anywhere in the note, its Edit/Preview tabs and the preview too, which letters
        # write in as the editor (from the tabs it did nothing: the keyboard was stuck there)
        note = (self.note.editor, self.note.tabs.tabBar(), self.note.preview)
        for field, leave in ((self.tag_editor.field, self.tag_editor.field.clear), *((f, None) for f in note)):
            escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), field)
            escape.setContext(Qt.ShortcutContext.WidgetShortcut)
            if leave is not None:
                escape.activated.connect(leave)
            escape.activated.connect(self.editing_done)

    # -- the contract with the window ----------------------------------------------------------

    def show_source(self, source_id: int | None) -> None:
        if not self.move_on():  # a full disk: the typing stays, and its source (`move_on`)
            return
        self._source_id = source_id
        self.tag_editor.show_source(source_id)
        self.note.show_source(source_id)
        self.annotation.edit(None)
        self._reload_highlights()
        for widget in (self.tag_editor, self.list, self.annotation, self.note):
            widget.setEnabled(source_id is not None)

    def select_highlight(self, highlight_id: int) -> None:
        row = self.model.row_of(highlight_id)
        if row is None:
            return
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)

    def annotate(self, highlight_id: int) -> None:
        """Select the highlight and put the cursor in its annotation, ready to type."""
        self.select_highlight(highlight_id)
        if self.annotation.highlight_id == highlight_id:
            self.annotation.begin()

    def show_note(self, word: str = "") -> None:
        """Bring the summary note forward (a search hit in it), `word` selected."""
        self.note.reveal(word)

    def flush(self) -> None:
        self.annotation.flush()
        self.note.flush()

    def move_on(self) -> bool:
        """Save the typing before another source is shown; while another program holds the
        library it is kept for the source it was typed in (`GuardedText.move_on`), and the move
        goes on: it stopped halfway, the library list on the new source, the notes on the old.
        False on a full disk: the typing could not be saved and stays, the source with it."""
        return self.annotation.guard.move_on() and self.note.guard.move_on()

    def apply_changes(self, changes: Changes) -> None:
        source_id = self._source_id
        if source_id is None or not changes.touches_source(source_id):
            return
        if source_id in changes.sources_removed:
            self.show_source(None)
            return
        if source_id in changes.highlights:
            self._reload_highlights()
        if source_id in changes.sources_updated or changes.tags:
            self.tag_editor.reload()
        if source_id in changes.notes:
            self.note.refresh()

    # -- highlights ---------------------------------------------------------------------------

    def _reload_highlights(self) -> None:
        """Reload the list, keeping the current highlight selected if it still exists."""
        current = self.annotation.highlight_id
        store = self._session.store
        rows = store.highlights.for_source(self._source_id) if self._source_id is not None else []
        flagged = store.revisions.needs_review(self._source_id) if rows and self._source_id is not None else []
        self.delegate.review = frozenset(flagged)
        self.model.set_rows(rows)
        self.highlights_title.setText(self.tr("Highlights (%1)").replace("%1", QLocale().toString(len(rows))) if rows else self.tr("Highlights"))
        self.empty_hint.setVisible(self._source_id is not None and not rows)
        self.label_legend.setVisible(self.empty_hint.isVisibleTo(self) and not store.read_only)  # no key highlights there
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.list.selectionModel().setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.annotation.refresh(self.model.highlight(row) if row is not None else None)
        self.confirm_action.setVisible(current is not None and current in self.delegate.review)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        highlight = self.model.highlight(current.row()) if current.isValid() else None
        self.confirm_action.setVisible(highlight is not None and highlight.id in self.delegate.review)
        if (highlight is None or highlight.id != self.annotation.highlight_id) and not self.annotation.edit(highlight):
            QTimer.singleShot(0, self, self._back_to_annotated)  # a full disk: the annotation stays

    def _back_to_annotated(self) -> None:
        """The list's current highlight is again the one whose annotation the editor holds,
        once the click or key that chose another is done with it."""
        if self.annotation.highlight_id is not None:
            self.select_highlight(self.annotation.highlight_id)

    def _confirm_current(self) -> None:
        """The selected highlight's new words are right: it quotes them from now on (undoable)."""
        index = self.list.currentIndex()
        highlight = self.model.highlight(index.row()) if index.isValid() else None
        if highlight is None or highlight.id not in self.delegate.review:
            return
        revisions = self._session.store.revisions
        before: list[Selector] = []

        def do() -> Changes:
            selector, changes = revisions.confirm(highlight.id)
            before[:] = [selector]
            return changes

        self._session.perform(self.tr("Confirm highlight"), do, lambda: revisions.unconfirm(highlight.id, before[0]))

    def _fill_menu(self, menu: QMenu, index: QModelIndex) -> bool:
        """The list's own entries, for the highlight right-clicked (or the current one)."""
        if not index.isValid():
            return False
        self.list.setCurrentIndex(index)
        menu.addActions([a for a in self.list.actions() if a.isVisible()])
        return True

    def _offer_briefings(self) -> None:
        index = self.list.currentIndex()
        highlight = self.model.highlight(index.row()) if index.isValid() else None
        if highlight is not None:
            where = self.list.viewport().mapToGlobal(self.list.visualRect(index).bottomLeft())
            self.briefing_requested.emit(highlight.id, where)

    def _activate(self, index: QModelIndex) -> None:
        highlight = self.model.highlight(index.row())
        if highlight is not None:
            self.highlight_activated.emit(highlight.id)

    # -- looks --------------------------------------------------------------------------------

    def _current_theme(self) -> Theme:
        return theme(self._session.settings.theme)

    def _restyle(self) -> None:
        self._theme = self._current_theme()
        self.delegate.theme = self._theme
        self.delegate.label_names = label_names(self._session)
        self.label_legend.setText(legend(self.delegate.label_names, self._theme))
        self.note.set_theme(self._theme)
        self.list.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        # The window switches theme by changing the application palette; follow it.
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "delegate"):
            self._restyle()
        super().changeEvent(event)

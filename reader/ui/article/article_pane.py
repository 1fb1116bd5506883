"""The middle pane: the article in the reading view, and what a reader does to it.

Highlighting (keys 1–5, the floating bar, the context menu), deleting a highlight, adding it to
a briefing, and "Show original" with restoring or hiding blocks all go through the session as
undoable steps. Ctrl+F finds in the article; search hits are marked the same way. The pane
remembers nothing between runs: the window persists reading position, theme and zoom.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStackedLayout, QVBoxLayout, QWidget

from reader.core.changes import Changes
from reader.core.ingest import BlockRole
from reader.core.labels import LABELS
from reader.core.store import marking
from reader.ui import undoable
from reader.ui.actions import make_action
from reader.ui.article.caret_in_view import CaretInView
from reader.ui.article.empty_article import EmptyArticle
from reader.ui.article.find_bar import FindBar
from reader.ui.article.highlight_keys import HighlightKeys
from reader.ui.article.reading_view import ArticleView
from reader.ui.article.selection_bar import SelectionToolbar
from reader.ui.article.versions_bar import VersionsBar
from reader.ui.briefing.add_menu import fill_briefing_menu
from reader.ui.label_names import display_name, label_names
from reader.ui.letters import letter_of, with_letter
from reader.ui.read_only import editing, writable
from reader.ui.session import Session
from reader.ui.theme import Theme, label_swatch, theme


class ArticlePane(QWidget):
    highlight_clicked = Signal(int)
    annotate_requested = Signal(int)  # N on a selected highlight: open its annotation
    source_link_clicked = Signal(int)  # "Similar to #N": the user wants that source

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._source_id: int | None = None
        self._revision: int | None = None  # an earlier revision on screen (read only), or None
        self._theme: Theme = theme(session.settings.theme)
        self._build_view()
        self._build_actions()
        self._build_layout()
        self._connect()
        self.set_theme(self._theme.name)
        self._update_actions()

    def _build_view(self) -> None:
        self.view = ArticleView(self)
        self.caret = CaretInView(self.view)  # keyboard selection starts where the reader scrolled to
        self.find_bar = FindBar(self.view, self)
        self.selection_bar = SelectionToolbar(self.view.viewport())
        self.versions = VersionsBar(self)
        self.empty = EmptyArticle(self._session, self)

    def _build_actions(self) -> None:
        self.highlight_actions: dict[str, QAction] = {}
        for label in LABELS:
            action = self._action("", label.shortcut, self._highlighter(label.key))
            self.highlight_actions[label.key] = action
        self.delete_highlight_action = self._action(self.tr("&Delete highlight"), QKeySequence.StandardKey.Delete, self.delete_selected_highlight)
        self.delete_highlight_action.setStatusTip(self.tr("Delete the selected highlight and its annotation (Ctrl+Z brings them back)"))
        self.show_original_action = self._action(self.tr("Show o&riginal"), "Ctrl+U", self._show_original)
        self.show_original_action.setCheckable(True)
        # Window-wide, as Find is: Ctrl+U pressed in the library list (the menu shows it) did nothing.
        self.show_original_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.show_original_action.setStatusTip(self.tr("Show the imported text with the blocks set aside"))
        self._build_find_actions()
        self.keys = HighlightKeys(self._session, self.view, self, lambda: self._source_id,
                                  self._on_highlight_clicked, self.annotate_requested.emit)  # fmt: skip
        self.menu_actions: list[QAction] = [*self.highlight_actions.values(), self.delete_highlight_action,
                                            *self.keys.actions, *self.find_actions,
                                            self.show_original_action]  # fmt: skip
        self._name_actions()

    def _build_find_actions(self) -> None:
        # Window-wide: Ctrl+F from the library list still means "find in this article".
        self.find_actions = [
            self._action(self.tr("Find &in article…"), QKeySequence.StandardKey.Find, self.find_bar.open),
            self._action(self.tr("Find ne&xt"), QKeySequence.StandardKey.FindNext, lambda: self.find_bar.step(1)),
            self._action(self.tr("Find pre&vious"), QKeySequence.StandardKey.FindPrevious, lambda: self.find_bar.step(-1)),
        ]  # fmt: skip
        tips = (self.tr("Find words in the article you are reading"), self.tr("Go to the next match"),
                self.tr("Go to the previous match"))  # fmt: skip
        for action, tip in zip(self.find_actions, tips, strict=True):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setStatusTip(tip)

    def _highlighter(self, key: str) -> Callable[[], None]:
        """The slot of the action highlighting the selection with the label `key`."""
        return lambda: self.highlight_selection(key)

    def _action(
        self, text: str, keys: str | QKeySequence.StandardKey, slot: Callable[[], object] | Callable[[bool], object]
    ) -> QAction:
        # Only while the reader is in the article: "1" typed into the search box stays a "1".
        return make_action(self, text, slot, keys, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_layout(self) -> None:
        self.reading = QWidget(self)
        column = QVBoxLayout(self.reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.versions)
        column.addWidget(self.view, 1)
        column.addWidget(self.find_bar)
        layout = QStackedLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.reading)
        self._stack = layout

    def _connect(self) -> None:
        self.view.highlight_clicked.connect(self._on_highlight_clicked)
        self.view.selection_finished.connect(self._offer_selection_bar)
        self.view.selectionChanged.connect(self._on_selection_changed)
        self.view.context_menu_requested.connect(self._extend_context_menu)
        self.view.internal_link_clicked.connect(self._on_internal_link)
        self.view.header.show_original_requested.connect(self.show_original_action.trigger)
        self.view.verticalScrollBar().valueChanged.connect(self.selection_bar.hide)
        self.selection_bar.label_chosen.connect(self.highlight_selection)
        self.versions.revision_chosen.connect(self._show_revision)
        self.versions.source_link_clicked.connect(self.source_link_clicked)
        self._session.settings_changed.connect(lambda _settings: self._name_actions())

    # -- the contract with the window ----------------------------------------------------------

    def show_source(self, source_id: int | None) -> None:
        self._source_id = source_id
        self._revision = None
        self.show_original_action.setChecked(False)
        self._load(keep_position=False)

    def scroll_to_highlight(self, highlight_id: int) -> None:
        highlight = self._session.store.highlights.get(highlight_id)
        if highlight is None or highlight.source_id != self._source_id:
            return
        self.view.select_highlight(highlight_id)
        self.view.scroll_to_reading_span(highlight.start, highlight.end)
        self._update_actions()

    def show_matches(
        self, spans: list[tuple[int, int]], teaser: Sequence[tuple[int, int]] = (), *, scroll: bool = True,
    ) -> None:  # fmt: skip
        """Mark every search hit in the open article, its teaser's too, and scroll to the first
        (one in the teaser: the page's top, where the header shows it); not with `scroll`
        False (a search restored at start: the reader is where they read)."""
        if self.find_bar.isVisible():
            self.find_bar.hide()
        self.view.set_matches(spans, teaser=teaser)
        if not scroll:
            return
        if teaser:
            self.view.set_reading_position(0.0)
        elif spans:
            self.view.scroll_to_reading_span(*spans[0])

    def drop_search_marks(self) -> None:
        """The library's search is gone: its marks go too (not the Find bar's)."""
        self.find_bar.drop_search_marks()

    def note_while_empty(self, note: str | None) -> None:
        """What the middle says with no article open while something is under way (None: the usual words)."""
        self.empty.set_note(note)

    def reading_position(self) -> float:
        return self.view.reading_position()

    def set_reading_position(self, fraction: float) -> None:
        self.view.set_reading_position(fraction)

    def set_theme(self, name: str) -> None:
        self._theme = theme(name)
        self.view.set_theme(self._theme)
        self.selection_bar.apply_style(self._theme, label_names(self._session))
        for key, action in self.highlight_actions.items():  # the menus' entries show their colour
            action.setIcon(label_swatch(self._theme, key))
        self.empty.setStyleSheet(f"color: {self._theme.muted}; background: {self._theme.page};")
        self.versions.apply_style(self._theme)

    def zoom_in(self) -> None:
        self.view.set_zoom(self.view.zoom + 1)

    def zoom_out(self) -> None:
        self.view.set_zoom(self.view.zoom - 1)

    def zoom_reset(self) -> None:
        self.view.set_zoom(0)

    def apply_changes(self, changes: Changes) -> None:
        """Reload what changed of the open source: all of it (a search's marks kept), or its highlights."""
        source_id = self._source_id
        if source_id is None or not changes.touches_source(source_id):
            return
        if source_id in changes.sources_removed:
            self.show_source(None)
        elif source_id in changes.sources_updated or source_id in changes.sources_added:
            marks = self.view.matches
            text = self.view.plain_text() if marks else ""  # the whole text, only when it is compared
            self._load(keep_position=True)
            if marks and not self.find_bar.isVisible() and self.view.plain_text() == text:
                self.view.set_matches(marks)  # a search's words stayed marked when a tag came
        elif source_id in changes.highlights:  # a note change shows nothing here
            self.view.set_highlights(self._session.store.highlights.for_source(source_id))
            self._update_actions()

    # -- highlighting -------------------------------------------------------------------------

    def highlight_selection(self, label: str) -> None:
        """Highlight the selected words with `label`, then select the new highlight."""
        self.view.snap_unless_kept_exact()  # a keyboard selection snaps here, a drag on release
        span = self.view.selected_span()
        if self._relabels():
            self.keys.relabel(label)  # nothing selected: 1–5 change the selected highlight's label
            return
        if self._source_id is None or span is None or self._revision is not None:
            return
        self.selection_bar.hide()
        there = marking(self._session.store.highlights.for_source(self._source_id), span, label)
        # The same words highlighted again (a second 1–5 on a kept selection), or words inside a
        # highlight of this label, would stack a second card in the notes (inside: an invisible
        # one in the text): the existing highlight is selected and takes the label instead.
        highlight_id = there.id if there else undoable.add_highlight(self._session, self._source_id, span, label)
        cursor = self.view.textCursor()
        cursor.clearSelection()
        self.view.setTextCursor(cursor)
        if highlight_id is not None:
            self.view.select_highlight(highlight_id)  # first: the actions follow the selection
            self._on_highlight_clicked(highlight_id)
            if there is not None:
                self.keys.relabel(label)

    def delete_selected_highlight(self) -> None:
        highlight_id = self.view.selected_highlight
        if highlight_id is not None:
            self.view.select_highlight(None)
            undoable.delete_highlight(self._session, highlight_id)
            self._update_actions()

    def _on_highlight_clicked(self, highlight_id: int) -> None:
        self._update_actions()
        self.highlight_clicked.emit(highlight_id)

    # -- show original ------------------------------------------------------------------------

    def _show_original(self, checked: bool) -> None:
        """Switch to or from the original, the block at the top of the view staying there."""
        if not checked:
            self._revision = None
        self._load(keep_position=True, keep_block=True)

    def show_revision(self, number: int) -> None:
        """Show revision `number` of the open source under Show original (the newest: current)."""
        if self._source_id is None:
            return
        self.show_original_action.setChecked(True)
        self._show_revision(number)

    def _show_revision(self, number: int) -> None:
        current = len(self._session.store.revisions.revisions(self._source_id)) if self._source_id else 0
        self._revision = number if 0 < number < current else None
        self._load(keep_position=False)

    def _set_block_role(self, block_index: int, role: BlockRole) -> None:
        source = self.view.source
        if source is None or self._source_id is None or not 0 <= block_index < len(source.blocks):
            return
        if self._revision is not None:  # an earlier revision is for reading only
            return
        old = source.blocks[block_index].role
        if old is not role:
            undoable.set_block_role(self._session, self._source_id, block_index, old, role)

    def _on_internal_link(self, url: QUrl) -> None:
        action, _, index = url.path().partition("/")
        if action == "restore" and index.isdigit():
            self._set_block_role(int(index), BlockRole.BODY)

    # -- menus and the floating bar -------------------------------------------------------------

    def _extend_context_menu(self, menu: QMenu, point: QPoint) -> None:
        menu.setToolTipsVisible(True)  # an entry held off in a read-only library says why
        menu.addSeparator()
        if self.view.selected_span() is not None and self._revision is None:
            for action in self.highlight_actions.values():
                menu.addAction(action)
        selected = self.view.selected_highlight
        if selected is not None:
            menu.addAction(self.delete_highlight_action)
            menu.addAction(self.keys.annotate_action)  # as in the Edit menu: a mouse user looked here
            self.keys.fill_label_menu(menu.addMenu(self.tr("Change &label")), selected)
            briefings = menu.addMenu(self.tr("Add to &briefing"))
            fill_briefing_menu(briefings, self._session, lambda: [selected], self)
        if self.view.original and self._revision is None:
            self._add_block_actions(menu, point)
        menu.addSeparator()
        menu.addAction(self.show_original_action)

    def _add_block_actions(self, menu: QMenu, point: QPoint) -> None:
        shown = self.view.block_at(point)
        if shown is None:
            return
        if shown.block.role is BlockRole.BODY:
            hide = editing(menu.addAction(self.tr("&Hide this block from the article")), self._session)
            hide.triggered.connect(lambda: self._set_block_role(shown.index, BlockRole.BOILERPLATE))
        else:
            restore = editing(menu.addAction(self.tr("Restore this bl&ock to the article")), self._session)
            restore.triggered.connect(lambda: self._set_block_role(shown.index, BlockRole.BODY))

    def _offer_selection_bar(self) -> None:
        # An earlier revision is for reading only, and so is a library open read-only.
        if self.view.selected_span() is not None and self._revision is None and writable(self._session):
            self.selection_bar.show_over(self.view.selection_rect())

    def _on_selection_changed(self) -> None:
        if not self.view.textCursor().hasSelection():
            self.selection_bar.hide()
        self._update_actions()

    def _relabels(self) -> bool:
        """Keys 1–5 relabel the selected highlight only while no text is selected at all. With
        `, "` selected (Ctrl+Shift+→ stops at punctuation) they relabelled a highlight made
        lines above, still selected while the caret moved on, instead of doing nothing."""
        return self.view.selected_highlight is not None and not self.view.textCursor().hasSelection()

    def _update_actions(self) -> None:
        can_highlight = self._revision is None and (self.view.selected_span() is not None or self._relabels())
        self.keys.update()
        for action in self.highlight_actions.values():
            action.setEnabled(can_highlight)
        self.delete_highlight_action.setEnabled(self.view.selected_highlight is not None)
        self.show_original_action.setEnabled(self._source_id is not None)
        for action in self.find_actions:  # nothing to find in without an article
            action.setEnabled(self._source_id is not None)

    def keep_letters_free(self, taken: set[str]) -> None:
        """The letters the Edit menu's other entries hold: the labels' entries take others."""
        self._menu_letters = taken
        self._name_actions()

    def _name_actions(self) -> None:
        # A label's name may be the user's own: its letter is chosen here, not by a translator.
        taken = set(getattr(self, "_menu_letters", ()))
        for label in LABELS:
            name = display_name(self._session, label.key)
            lettered = with_letter(name, taken)
            taken.add(letter_of(lettered) or "")
            self.highlight_actions[label.key].setText(self.tr("Highlight as %1").replace("%1", lettered))
            self.highlight_actions[label.key].setStatusTip(self.tr("Mark the selected words as %1").replace("%1", name))
        self.selection_bar.apply_style(self._theme, label_names(self._session))

    # -- loading ----------------------------------------------------------------------------

    def _load(self, *, keep_position: bool, keep_block: bool = False) -> None:
        """Show the open source afresh; `keep_position` keeps the scroll bar's fraction, or with
        `keep_block` the block at the view's top (the layouts differ: Show original)."""
        block = self.view.top_block() if keep_block else None
        source = self._session.store.sources.get(self._source_id) if self._source_id is not None else None
        if source is None:
            self._source_id = None
        position = self.view.reading_position() if keep_position else 0.0
        highlights = self._session.store.highlights.for_source(source.id) if source else []
        original = self.show_original_action.isChecked()
        if source is not None:
            source, highlights, self._revision = self.versions.show_for(self._session.store, source, highlights,
                                                                        self._revision, original=original)  # fmt: skip
        else:
            self.versions.hide()
        self.view.show_source(source, highlights, original=original, earlier=self._revision is not None)
        if source is None:
            self.empty.refresh()
        self._stack.setCurrentWidget(self.reading if source else self.empty)
        if block is not None:
            self.view.block_to_top(block)
        elif keep_position:
            self.view.set_reading_position(position)
        self.find_bar.refresh()
        self._update_actions()

"""The keyboard's way through an article's highlights: next and previous, annotate, relabel,
add to a briefing.

Reading with the keyboard means never reaching for the mouse between passages: `Alt+Down` and
`Alt+Up` step from highlight to highlight (selected in the article and the notes pane alike),
`N` opens the selected highlight's annotation for typing, `B` offers the briefings to add it
to, and the label menu changes its colour (keys 1–5 do the same on a selected highlight). The
mouse can drag the selected highlight into the briefing composer.
Every change is an undoable step through `undoable`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QDrag, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from reader.core.labels import LABELS
from reader.core.models import AnchorStatus, Highlight
from reader.ui import context_menus, undoable
from reader.ui.actions import make_action
from reader.ui.article.reading_view import ArticleView
from reader.ui.briefing.add_menu import fill_briefing_menu
from reader.ui.briefing.drag import highlights_mime
from reader.ui.label_names import display_name
from reader.ui.letters import letter_of, with_letter
from reader.ui.read_only import editing_menu
from reader.ui.session import Session


def popup(menu: QMenu, where: QPoint) -> None:
    """Show a menu opened by a key (B) at a global point and wait for the choice, its first
    entry ready for Enter (tests answer it instead)."""
    context_menus.show(menu, where, by_key=True)


def offer_briefings_at(session: Session, highlight_ids: Callable[[], list[int]], parent: QWidget, where: QPoint) -> None:
    """The "Add to briefing" menu for `highlight_ids` at a global point, opened by B (the
    article, the notes' list, All highlights)."""
    menu = QMenu(parent)
    fill_briefing_menu(menu, session, highlight_ids, parent)
    popup(menu, where)
    menu.deleteLater()


def start_drag(source: QWidget, mime: QMimeData) -> None:
    """Drag `mime` from `source` until it is dropped (tests catch it here instead)."""
    drag = QDrag(source)
    drag.setMimeData(mime)
    drag.exec(Qt.DropAction.CopyAction)


class HighlightKeys(QObject):
    def __init__(self, session: Session, view: ArticleView, pane: QWidget,
                 source_id: Callable[[], int | None], chosen: Callable[[int], None],
                 annotate: Callable[[int], None]) -> None:  # fmt: skip
        """`chosen(id)` tells the pane a highlight was selected; `annotate(id)` opens its editor."""
        super().__init__(pane)
        self._session, self._view, self._pane = session, view, pane
        self._source_id, self._chosen, self._annotate = source_id, chosen, annotate
        self.next_action = self._make(self.tr("&Next highlight"), "Alt+Down", lambda: self.step(1))
        self.next_action.setStatusTip(self.tr("Select the next highlight in the article"))
        self.previous_action = self._make(self.tr("&Previous highlight"), "Alt+Up", lambda: self.step(-1))
        self.previous_action.setStatusTip(self.tr("Select the previous highlight in the article"))
        self.annotate_action = self._make(self.tr("&Annotate highlight"), "N", self.annotate_selected)
        self.annotate_action.setStatusTip(self.tr("Write a comment on the selected highlight"))
        self.briefing_action = self._make(self.tr("Add highlight to &briefing…"), "B", self.offer_briefings)
        self.briefing_action.setStatusTip(self.tr("Quote the selected highlight in a briefing, with its citation"))
        self.actions = [self.next_action, self.previous_action, self.annotate_action, self.briefing_action]
        self._press: tuple[QPoint, int] | None = None  # a press on the selected highlight: a drag?
        view.viewport().installEventFilter(self)

    def _make(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        # Like keys 1–5: only while the reader is in the article, so "N" typed elsewhere is an N.
        return make_action(self._pane, text, slot, keys, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def update(self) -> None:
        """Next/Previous only where there is a highlight to go to (in an article without any
        they were offered and did nothing)."""
        has_highlights = self._source_id() is not None and bool(self._view.anchored_highlights())
        selected = self._view.selected_highlight is not None
        self.next_action.setEnabled(has_highlights)
        self.previous_action.setEnabled(has_highlights)
        self.annotate_action.setEnabled(selected)
        self.briefing_action.setEnabled(has_highlights)  # none selected: the caret's, or it says how

    # -- dragging the selected highlight into the composer --------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A press on the selected highlight followed by a move drags it (to the briefing
        composer); anywhere else the mouse selects text as always."""
        if isinstance(event, QMouseEvent) and watched is self._view.viewport():
            kind = event.type()
            point = event.position().toPoint()
            if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
                selected = self._view.selected_highlight
                on_it = selected is not None and self._view.highlight_at(point) == selected
                self._press = (point, selected) if on_it and selected is not None else None
                return on_it  # no text selection starts on the highlight being dragged
            if kind == QEvent.Type.MouseMove and self._press is not None:
                start, highlight_id = self._press
                if (point - start).manhattanLength() >= QApplication.startDragDistance():
                    self._press = None
                    start_drag(self._view, highlights_mime([highlight_id]))
                return True
            if kind == QEvent.Type.MouseButtonRelease:
                self._press = None
        return False

    # -- moving ---------------------------------------------------------------------------------

    def _anchored(self) -> list[Highlight]:
        source_id = self._source_id()
        if source_id is None:
            return []
        rows = self._session.store.highlights.for_source(source_id)
        return [h for h in rows if h.anchor_status is AnchorStatus.ANCHORED]

    def step(self, direction: int) -> int | None:
        """Select the next (1) or previous (-1) highlight in reading order; its id, or None."""
        rows = self._anchored()
        if not rows:
            return None
        ids = [h.id for h in rows]
        current = self._view.selected_highlight
        if current in ids:
            position = ids.index(current) + direction
            if not 0 <= position < len(ids):
                return current  # at the first or last one: stay
        else:
            position = 0 if direction > 0 else len(ids) - 1
        chosen = rows[position]
        self._view.select_highlight(chosen.id)
        self._view.scroll_to_reading_span(chosen.start, chosen.end)
        self._chosen(chosen.id)
        return chosen.id

    # -- acting on the selected highlight -------------------------------------------------------

    def annotate_selected(self) -> None:
        selected = self._view.selected_highlight
        if selected is not None:
            self._annotate(selected)

    def relabel(self, label: str) -> None:
        """Give the selected highlight another label (keys 1–5 without a text selection)."""
        selected = self._view.selected_highlight
        highlight = self._session.store.highlights.get(selected) if selected is not None else None
        if highlight is not None and highlight.label != label:
            undoable.set_label(self._session, highlight.id, highlight.label, label)

    def fill_label_menu(self, menu: QMenu, highlight_id: int) -> None:
        """One checkable entry per label; the highlight's own is checked (none when read-only)."""
        if not editing_menu(menu, self._session):
            return
        highlight = self._session.store.highlights.get(highlight_id)
        taken: set[str] = set()  # a label's name may be the user's own: its letter is chosen here
        for label in LABELS:
            action = menu.addAction(f"{with_letter(display_name(self._session, label.key), taken)}\t{label.shortcut}")
            taken.add(letter_of(action.text()) or "")
            action.setCheckable(True)
            action.setChecked(highlight is not None and highlight.label == label.key)
            action.triggered.connect(lambda _c=False, k=label.key: self.relabel(k))

    def offer_briefings(self) -> None:
        """The "Add to briefing" menu at the selected highlight, for the keyboard; with none
        selected, at the one the caret stands in (chosen with it), or the status bar says how
        to choose one. Beside the docked composer at 1024 px the notes pane steps aside, and B
        in the article is the way in: on a highlight reached with the arrow keys it did nothing."""
        selected = self._view.selected_highlight
        if selected is None and (selected := self._at_caret()) is not None:
            self._view.select_highlight(selected)
            self._chosen(selected)
        if selected is not None:
            self.offer_briefings_for(selected, self._under(selected))
            return
        self._session.notice_posted.emit(self.tr("Choose a highlight first: click it, or press Alt+↓, then B."))

    def _at_caret(self) -> int | None:
        """The innermost highlight the text cursor stands in (at its start counts), or None."""
        view, text_map = self._view, self._view.text_map
        if text_map is None:
            return None
        return view.highlight_holding(text_map.to_reading(text_map.utf16.to_python(view.textCursor().selectionStart())))

    def _under(self, highlight_id: int) -> QPoint:
        """The global point under the highlight's first line, where the eye is: the menu opened
        in the middle of the article, half a page from the passage it quotes (seen at 1024 ×
        700, the highlight at the top). Under its last line when its first is scrolled above the
        view (its end at the top of the page still opened the menu half a page below); the
        article's middle when the highlight is out of view."""
        view, text_map = self._view, self._view.text_map
        viewport = view.viewport()
        highlight = next((h for h in view.anchored_highlights() if h.id == highlight_id), None)
        spans = text_map.to_document(highlight.start, highlight.end) if highlight and text_map else []
        if text_map is not None and spans:
            cursor = QTextCursor(view.document())
            for position in (spans[0][0], spans[-1][1]):
                cursor.setPosition(text_map.utf16.to_qt(position))
                corner = view.cursorRect(cursor).bottomLeft() + QPoint(0, 2)
                if viewport.rect().contains(corner):
                    return viewport.mapToGlobal(corner)
        return viewport.mapToGlobal(viewport.rect().center())

    def offer_briefings_for(self, highlight_id: int, where: QPoint) -> None:
        """The same menu for a highlight chosen elsewhere (B in the notes pane's list)."""
        offer_briefings_at(self._session, lambda: [highlight_id], self._pane, where)

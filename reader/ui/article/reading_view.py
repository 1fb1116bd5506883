"""The reading view: the article's document in a calm, centred column, with highlights painted.

Read-only and inert (see InertBrowser). It knows about text and geometry only: which span is
selected, which highlight is under the mouse, where to scroll, which matches to mark. Storing anything is the pane's
job. Offsets it reports are reading-text code points; Qt's UTF-16 positions stay inside. The
typeface and the column it is set in are `reading_column`'s; which character is under a point,
`point_in_text`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QFrame, QMenu, QWidget

from reader.core.models import AnchorStatus, Highlight, Source
from reader.core.word_snap import snapped
from reader.ui import context_menus
from reader.ui.article.document import ShownBlock, TextMap, build_document
from reader.ui.article.header import ArticleHeader
from reader.ui.article.highlight_look import highlight_format
from reader.ui.article.inert_browser import InertBrowser
from reader.ui.article.match_marks import match_selections
from reader.ui.article.painter import HighlightPainter
from reader.ui.article.passage_in_view import bring_into_view
from reader.ui.article.point_in_text import document_offset_at, reading_offset_at
from reader.ui.article.reading_column import (
    SIDE_MIN,
    TOP_PAD,
    ZOOM_RANGE,
    column_width,
    lay_out_column,
    reading_font,
)
from reader.ui.article.reading_place import block_to_top, top_block
from reader.ui.article.tab_columns import align_tab_columns
from reader.ui.letters import letters_apart
from reader.ui.theme import Theme, theme

EXACT_MODIFIER = Qt.KeyboardModifier.AltModifier  # held on release: keep the selection as dragged


class ArticleView(InertBrowser):
    highlight_clicked = Signal(int)
    selection_finished = Signal()  # the mouse let go of a non-empty selection
    context_menu_requested = Signal(QMenu, QPoint)  # the menu to extend, where (viewport)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme: Theme = theme(None)
        self._zoom = 0
        self._source: Source | None = None
        self._map: TextMap | None = None
        self._original = self._earlier = False
        self._highlights: list[Highlight] = []
        self._selected: int | None = None
        self._kept_exact: tuple[int, int] | None = None  # a selection Alt let go of, as dragged
        self._matches: list[tuple[int, int]] = []
        self._current_match: int | None = None
        self._matches_on_page = False  # the matches are page offsets (see set_matches)
        self._teaser_matches: list[tuple[int, int]] = []  # in the header's teaser, before the text's
        self._side = SIDE_MIN
        self._build_browser()
        self._build_header()
        self._apply_style()

    def _build_browser(self) -> None:
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("articleView")  # frameless in the style sheet too: the caret shows its focus
        self.setAccessibleName(self.tr("Article"))
        self.document().setDocumentMargin(0)
        self.painter = HighlightPainter(self.document())
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )

    def _build_header(self) -> None:
        self.header = ArticleHeader(self.viewport())
        self.header.hide()
        self.verticalScrollBar().valueChanged.connect(self._place_header)

    # -- content ----------------------------------------------------------------------------

    # Shadows QTextBrowser.source() (a URL) on purpose: the view is given HTML, never a URL.
    @property
    def source(self) -> Source | None:  # type: ignore[override]
        return self._source

    @property
    def text_map(self) -> TextMap | None:
        return self._map

    @property
    def original(self) -> bool:
        return self._original

    def show_source(
        self, source: Source | None, highlights: list[Highlight], *, original: bool = False, earlier: bool = False
    ) -> None:
        """Lay out a source (or nothing) with its highlights, no matches marked; scrolls to the top.
        An `earlier` version is for reading only: its set-aside blocks offer no Restore link.

        The selected highlight stays only if it is one of `highlights`: kept from the source read
        before, keys 1–5 and Delete acted on a highlight no longer on the screen (seen after
        Delete source, whose next source came up with the bin's highlight still selected)."""
        self._source, self._original, self._earlier = source, original, earlier
        self._highlights = list(highlights)
        if all(h.id != self._selected for h in highlights):
            self._selected = None
        self._matches, self._current_match, self._teaser_matches = [], None, []
        self.painter.forget()
        self.document().clear()
        self.setExtraSelections([])
        self.header.setVisible(source is not None)
        if source is not None:
            self.header.show_source(source, original=original, earlier=earlier)
        self._relayout()  # margins first, so the text is laid out once, at its final width
        self._map = None
        if source is not None:
            self._map = build_document(self.document(), source.blocks, self._theme, original=original,
                                       restorable=not earlier)
        align_tab_columns(self.document(), self.document().defaultFont(), self.column_width())
        self.moveCursor(QTextCursor.MoveOperation.Start)  # the build left it at the end
        self._paint_highlights()
        self.verticalScrollBar().setValue(0)

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self._highlights = list(highlights)
        if self._selected is not None and all(h.id != self._selected for h in highlights):
            self._selected = None
        self._paint_highlights()

    def select_highlight(self, highlight_id: int | None) -> None:
        self._selected = highlight_id
        self._paint_highlights()

    @property
    def selected_highlight(self) -> int | None:
        return self._selected

    def plain_text(self) -> str:
        """The document's text exactly (toPlainText would turn no-break spaces into spaces)."""
        return self.document().toRawText().replace("\u2029", "\n")

    # -- style ------------------------------------------------------------------------------

    def set_theme(self, chosen: Theme) -> None:
        self._theme = chosen
        self._apply_style()
        self._rebuild()

    def set_zoom(self, steps: int) -> None:
        self._zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], steps))
        self._apply_style()
        self._relayout()

    @property
    def zoom(self) -> int:
        return self._zoom

    def _apply_style(self) -> None:
        palette = self.palette()
        for role, value in (
            (QPalette.ColorRole.Base, self._theme.page), (QPalette.ColorRole.Window, self._theme.page),
            (QPalette.ColorRole.Text, self._theme.ink), (QPalette.ColorRole.Highlight, self._theme.selection),
            (QPalette.ColorRole.HighlightedText, self._theme.ink), (QPalette.ColorRole.Link, self._theme.link),
        ):  # fmt: skip
            palette.setColor(role, QColor(value))
        self.setPalette(palette)
        self.viewport().setPalette(palette)
        font = reading_font(self._zoom)
        self.document().setDefaultFont(font)
        self.header.apply_style(self._theme, font)

    def _rebuild(self) -> None:
        """Lay the same source out again (theme colours live in the char formats)."""
        if self._source is None:
            return
        position, matches, current = self.reading_position(), self._matches, self._current_match
        on_page, teaser = self._matches_on_page, self._teaser_matches
        self.show_source(self._source, self._highlights, original=self._original, earlier=self._earlier)
        self.set_matches(matches, current, on_page=on_page, teaser=teaser)
        self.set_reading_position(position)

    # -- geometry ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def column_width(self) -> int:
        return column_width(self)

    def _relayout(self) -> None:
        """Centre a column of ~70 characters and make room above it for the header."""
        column, self._side = lay_out_column(self, self.header, self.header.isVisible() or self._source is not None)
        self._place_header()
        align_tab_columns(self.document(), self.document().defaultFont(), column)  # zoom, width

    def _place_header(self) -> None:
        self.header.move(self._side, TOP_PAD - self.verticalScrollBar().value())

    def reading_position(self) -> float:
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def set_reading_position(self, fraction: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(round(max(0.0, min(1.0, fraction)) * bar.maximum()))

    def top_block(self) -> int | None:
        """The block at the view's top, as an index in Source.blocks (see reading_place)."""
        return top_block(self, self._map)

    def block_to_top(self, index: int) -> None:
        """Scroll block `index` (or the next one shown) to the view's top (see reading_place)."""
        block_to_top(self, self._map, index)

    def scroll_to_reading_span(self, start: int, end: int, *, on_page: bool = False) -> None:
        """Bring a reading-text span (`on_page`: a page span) into view, a third down the page,
        the title whole or gone."""
        spans = self._qt_spans(start, end, on_page=on_page)
        if spans:
            bring_into_view(self, self.header, spans[0][0], spans[-1][1])

    # -- selection and hit testing ------------------------------------------------------------

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as a reading-text span, or None if empty, outside the reading text, or
        without a letter or digit: Ctrl+Shift+→ stops at punctuation, and a keyboard user who
        pressed 4 on `, "` got a highlight quoting nothing („, "“) in the notes and the briefing."""
        cursor = self.textCursor()
        if self._map is None or not cursor.hasSelection():
            return None
        utf16 = self._map.utf16
        start = self._map.to_reading(utf16.to_python(cursor.selectionStart()))
        end = self._map.to_reading(utf16.to_python(cursor.selectionEnd()))
        if start is None or end is None:
            return None
        text = self._source.reading_text if self._source else ""
        while start < end and text[start].isspace():  # a selection dragged over a line end
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if any(character.isalnum() for character in text[start:end]) else None

    def selection_rect(self) -> QRect:
        """The selection's first line in viewport coordinates (where a toolbar may float)."""
        cursor = QTextCursor(self.textCursor())
        cursor.setPosition(self.textCursor().selectionStart())
        return self.cursorRect(cursor)

    def block_at(self, point: QPoint) -> ShownBlock | None:
        """The article block under `point` (captions and blank lines count as the block above)."""
        offset = document_offset_at(self, self._map, point, exact=False)
        return None if offset is None or self._map is None else self._map.block_at(offset)

    def highlight_at(self, point: QPoint) -> int | None:
        """The innermost (shortest) highlight under `point`, so overlapping ones stay clickable."""
        return self.highlight_holding(reading_offset_at(self, self._map, point))

    def highlight_holding(self, offset: int | None) -> int | None:
        """The innermost highlight holding the reading-text `offset` (its start counts), or None."""
        if offset is None:
            return None
        under = [h for h in self.anchored_highlights() if h.start <= offset < h.end]
        return min(under, key=lambda h: (h.end - h.start, -h.id)).id if under else None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.textCursor().hasSelection():
            exact = bool(event.modifiers() & EXACT_MODIFIER)
            if not exact:
                self.snap_selection_to_words()
            cursor = self.textCursor()
            self._kept_exact = (cursor.selectionStart(), cursor.selectionEnd()) if exact else None
            self.selection_finished.emit()
            return
        if self.anchorAt(event.position().toPoint()):
            return
        clicked = self.highlight_at(event.position().toPoint())
        if clicked is not None:
            self.select_highlight(clicked)
            self.highlight_clicked.emit(clicked)

    def snap_unless_kept_exact(self) -> None:
        """Snap the selection to words as it is highlighted, unless Alt kept it exact: a caret
        a click left inside "Aktiengesellschaft", then Ctrl+Shift+→, highlighted "chaft ist"."""
        cursor = self.textCursor()
        if (cursor.selectionStart(), cursor.selectionEnd()) != self._kept_exact:
            self.snap_selection_to_words()

    def snap_selection_to_words(self) -> None:
        """Widen a selection to whole words, without the punctuation it caught from its
        neighbours (`word_snap.snapped`)."""
        cursor = self.textCursor()
        if self._map is None or not cursor.hasSelection():
            return
        utf16 = self._map.utf16
        start, end = snapped(self._map.text, utf16.to_python(cursor.selectionStart()), utf16.to_python(cursor.selectionEnd()))
        if cursor.position() < cursor.anchor():  # dragged backwards: Shift+← still moves its start
            start, end = end, start
        snapped_cursor = QTextCursor(self.document())
        snapped_cursor.setPosition(utf16.to_qt(start))
        snapped_cursor.setPosition(utf16.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(snapped_cursor)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        clicked = self.highlight_at(event.pos())
        if clicked is not None and not self.textCursor().hasSelection():
            self.select_highlight(clicked)
            self.highlight_clicked.emit(clicked)
        self.context_menu_requested.emit(menu, event.pos())
        letters_apart(menu)
        context_menus.show(menu, event.globalPos(), event.reason() is QContextMenuEvent.Reason.Keyboard)
        menu.deleteLater()

    # -- marking matches --------------------------------------------------------------------------

    def set_matches(
        self, spans: list[tuple[int, int]], current: int | None = None, *, on_page: bool = False,
        teaser: Sequence[tuple[int, int]] = (),
    ) -> None:  # fmt: skip
        """Mark search or find matches, `current` the strongest: reading-text spans, or with
        `on_page` spans of the page as shown (TextMap.text), which under Show original has the
        set-aside blocks too — Find there finds what is on the screen, not the article only.
        `teaser` are matches in the header's teaser (its code points), counted before the
        text's as it stands above it: `current` numbers the teaser's first."""
        self._matches, self._current_match, self._matches_on_page = list(spans), current, on_page
        self._teaser_matches = list(teaser)
        before = len(self._teaser_matches)
        self.header.mark_teaser(self._teaser_matches, current if current is not None and current < before else None)
        in_text = current - before if current is not None and current >= before else None
        marks = [self._qt_spans(start, end, on_page=on_page) for start, end in self._matches]
        self.setExtraSelections(match_selections(self.document(), self._theme, marks, in_text))

    @property
    def matches(self) -> list[tuple[int, int]]:
        """The marked matches in order, reading-text spans (page spans if marked `on_page`)."""
        return list(self._matches)

    @property
    def teaser_matches(self) -> list[tuple[int, int]]:
        """The matches marked in the teaser, spans of its code points."""
        return list(self._teaser_matches)

    def anchored_highlights(self) -> list[Highlight]:
        """The highlights drawn in the text (the keys' Next/Previous are off without any)."""
        return [h for h in self._highlights if h.anchor_status is AnchorStatus.ANCHORED]

    def _qt_spans(self, start: int, end: int, *, on_page: bool = False) -> list[tuple[int, int]]:
        if self._map is None:
            return []
        to_qt = self._map.utf16.to_qt
        spans = [(start, end)] if on_page else self._map.to_document(start, end)
        return [(to_qt(s), to_qt(e)) for s, e in spans]

    def _paint_highlights(self) -> None:
        """Paint every anchored highlight; shorter ones last, so overlaps stay visible on top."""
        spans = []
        for highlight in sorted(self.anchored_highlights(), key=lambda h: h.start - h.end):
            char_format = highlight_format(self._theme, highlight, selected=highlight.id == self._selected)
            spans += [(start, end, char_format) for start, end in self._qt_spans(highlight.start, highlight.end)]
        self.painter.set_spans(spans)

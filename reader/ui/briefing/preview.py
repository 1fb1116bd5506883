"""The composer's live preview: the briefing as its export will read, rendered.

The exported Markdown (`briefing_document`, in the export language, front matter left off) goes
through the same sanitising renderer as the summary note's preview, into an inert browser that
loads nothing. Each quote is a tinted box of its own: Qt draws a quote as indented paragraphs
only, so two quotes in a row could not be told from one quote of two paragraphs. It is rebuilt a moment after the briefing changes, so typing stays smooth, and
keeps its place when it is: `setHtml` scrolled it back to the top at every change. The item
chosen in the list is brought into view (`show_item`), by click or key, and one the list chose
itself (an added chronology, who's who, quote or heading; what an undo left): its first block is
the one after as many blocks as the document's Markdown up to the item's place renders into.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QPalette, QShowEvent, QTextBlock, QTextDocument
from PySide6.QtWidgets import QWidget

from reader.core.export import BriefingText, briefing_markdown
from reader.core.render import render_note
from reader.ui.article.inert_browser import InertBrowser
from reader.ui.i18n import export_language
from reader.ui.session import Session

REFRESH_DELAY_MS = 150
# Paragraphs of one quote touch, quotes keep a gap: a block's tint leaves its margins blank.
QUOTE_CSS = "blockquote {{ background-color: {tint}; margin: 8px 12px 8px 24px; }} blockquote p {{ margin: 0; }}"
REVEAL_MARGIN = 8  # px above a revealed block: its top is not flush with the frame


def without_front_matter(markdown: str) -> str:
    """The document's body: the YAML block between the first two `---` lines is for Obsidian."""
    if markdown.startswith("---\n"):
        end = markdown.find("\n---\n", 4)
        if end >= 0:
            return markdown[end + 5 :]
    return markdown


class BriefingPreview(InertBrowser):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefingPreview")
        self._session = session
        self._briefing_id: int | None = None
        self._rendered_id: int | None = None  # the briefing the document shows now
        self._wanted: int | None = None  # the item to bring into view once rendered
        self._shown = BriefingText("", {})  # what the document was rendered from
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

    def show_briefing(self, briefing_id: int | None) -> None:
        """Render `briefing_id` soon."""
        if briefing_id != self._briefing_id:
            self._wanted = None
        self._briefing_id = briefing_id
        self._timer.start()

    def show_item(self, item_id: int) -> None:
        """Bring the item chosen in the composer's list into view, now or, while a change is
        still to be rendered, when it is (an item not in the document, a deleted quote, is not)."""
        self._wanted = item_id
        if not self._timer.isActive() and self._rendered_id == self._briefing_id:
            self._show_wanted()

    def refresh(self) -> None:
        """Render the briefing now (the timer calls this after a change); a hidden preview
        waits until it is shown."""
        self._timer.stop()
        if not self.isVisible():
            return
        store = self._session.store
        same = self._rendered_id == self._briefing_id
        self._rendered_id = self._briefing_id
        if self._briefing_id is None or store.briefings.get(self._briefing_id) is None:
            self._shown = BriefingText("", {})
            self.setHtml("")
            return
        place = self.verticalScrollBar().value()
        tint = self.palette().color(QPalette.ColorRole.AlternateBase).name()  # the theme's
        self.document().setDefaultStyleSheet(QUOTE_CSS.format(tint=tint))
        self._shown = self._placed()
        self.setHtml(render_note(without_front_matter(self._shown.markdown)))
        if same:
            self.verticalScrollBar().setValue(place)
        if self._wanted is not None:
            self._show_wanted()

    def _show_wanted(self) -> None:
        item_id, self._wanted = self._wanted, None
        start = self._shown.starts.get(item_id) if item_id is not None else None
        if start is None:
            return
        above = QTextDocument()  # the blocks before the item, rendered as the document's are
        above.setHtml(render_note(without_front_matter(self._shown.markdown[:start])))
        block = self.document().findBlockByNumber(above.blockCount())
        if block.isValid():
            self._scroll_to(block)

    def _scroll_to(self, block: QTextBlock) -> None:
        """Bring `block` into view, its top a little below the frame's, unless it is in view."""
        rect = self.document().documentLayout().blockBoundingRect(block)
        bar = self.verticalScrollBar()
        if rect.top() < bar.value() or rect.bottom() > bar.value() + self.viewport().height():
            bar.setValue(max(0, round(rect.top()) - REVEAL_MARGIN))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    def changeEvent(self, event: QEvent) -> None:
        # A theme is a new palette: the quotes' tint is the theme's (`refresh`). Chosen while
        # the composer was shown, the dark theme left light boxes behind light text, unreadable.
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_timer"):  # built whole
            self._timer.start()
        super().changeEvent(event)

    def markdown(self) -> str:
        """What the preview shows, as the Markdown it was rendered from (for tests and copying)."""
        return without_front_matter(self._placed().markdown)

    def _placed(self) -> BriefingText:
        if self._briefing_id is None:
            return BriefingText("", {})
        language = export_language(self._session.settings)
        return briefing_markdown(self._session.store, self._briefing_id, language)

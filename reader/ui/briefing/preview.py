"""The composer's live preview: the briefing as its export will read, rendered.

The exported Markdown (`briefing_document`, in the export language, front matter left off) goes
through the same sanitising renderer as the summary note's preview, into an inert browser that
loads nothing. It is rebuilt a moment after the briefing changes, so typing stays smooth.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from reader.core.export import briefing_markdown
from reader.core.render import render_note
from reader.ui.article.inert_browser import InertBrowser
from reader.ui.i18n import export_language
from reader.ui.session import Session

REFRESH_DELAY_MS = 150


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
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

    def show_briefing(self, briefing_id: int | None) -> None:
        self._briefing_id = briefing_id
        self._timer.start()

    def refresh(self) -> None:
        """Render the briefing now (the timer calls this after a change); a hidden preview
        waits until it is shown."""
        self._timer.stop()
        if not self.isVisible():
            return
        store = self._session.store
        if self._briefing_id is None or store.briefings.get(self._briefing_id) is None:
            self.setHtml("")
            return
        self.setHtml(render_note(self.markdown()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    def markdown(self) -> str:
        """What the preview shows, as the Markdown it was rendered from (for tests and copying)."""
        if self._briefing_id is None:
            return ""
        language = export_language(self._session.settings)
        return without_front_matter(briefing_markdown(self._session.store, self._briefing_id, language))

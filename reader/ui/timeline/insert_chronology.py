"""Briefing ▸ Insert chronology: the briefing's quoted sources (or, while it quotes none, the
sources the library lists) as a dated Markdown list with footnote citations, inserted after
the composer's current item as one text item (undoable like any added text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from reader.core.briefing_model import ItemKind
from reader.core.models import Source
from reader.core.stories import chronology_markdown
from reader.ui.actions import make_action
from reader.ui.i18n import export_language
from reader.ui.label_names import label_names
from reader.ui.session import Session

if TYPE_CHECKING:
    from reader.ui.briefing.briefing_actions import BriefingCommands
    from reader.ui.library.library_pane import LibraryPane


class InsertChronology(QObject):
    def __init__(self, session: Session, window: QWidget, briefings: BriefingCommands,
                 library: LibraryPane) -> None:  # fmt: skip
        super().__init__(window)
        self._session, self._briefings, self._library = session, briefings, library
        self.action = make_action(window, self.tr("Insert &chronology"), self.insert, None,
                                  self.tr("A dated list of the briefing's sources, with citations"))  # fmt: skip

    def sources(self, briefing_id: int) -> tuple[list[Source], bool]:
        """The briefing's quoted sources, or the library's listed ones (second value False)."""
        store = self._session.store
        quoted: dict[int, None] = {}
        for item in store.briefings.items(briefing_id):
            if item.kind is ItemKind.HIGHLIGHT and item.highlight_id is not None:
                highlight = store.highlights.get(item.highlight_id)
                if highlight is not None:
                    quoted[highlight.source_id] = None
        ids = list(quoted)
        from_briefing = bool(ids)
        if not ids:
            ids = self._library.scope().source_ids(store, label_names(self._session))
        return [s for i in ids if (s := store.sources.get(i)) is not None], from_briefing

    def insert(self) -> None:
        composer = self._briefings.composer()
        briefing_id = composer.briefing_id
        if briefing_id is None:
            self._session.notice_posted.emit(self.tr("Open or create a briefing first (Briefing ▸ New briefing…)."))
            return
        sources, from_briefing = self.sources(briefing_id)
        if not sources:
            self._session.notice_posted.emit(self.tr("No sources for a chronology."))
            return
        story_of = self._session.store.stories.story_of([s.id for s in sources])
        # Its words are the briefing's, in the export language (`reader.core.block_words`), as its
        # days and citations are; an export in another language puts them into its own.
        text = chronology_markdown(sources, story_of, language=export_language(self._session.settings))
        self._briefings.show(briefing_id)
        composer.add_item(ItemKind.TEXT, text, self.tr("Insert chronology"))
        # Whole sentences, not a scope put into one: German needs its own case for each
        # ("„Wer ist wer“ der in der Bibliothek gelisteten Quellen eingefügt" read as a fragment).
        self._session.notice_posted.emit(
            self.tr("Inserted a chronology of the briefing's quoted sources (Ctrl+Z takes it back)") if from_briefing
            else self.tr("Inserted a chronology of the sources the library lists (Ctrl+Z takes it back)"))  # fmt: skip

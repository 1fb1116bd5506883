"""The window's Entities commands in one place: View ▸ Entities, Briefing ▸ Insert who's who, and
where their answers go — a mention opens in the reading panes at its passage (marked in the
text; one in the teaser, which the header shows above the text, selected there), "Show sources
in library" narrows the library list to the sources naming the entity.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from reader.core.entities import TEASER, EntitySummary, Mention
from reader.ui.entities.correction_actions import CorrectionActions
from reader.ui.entities.entities_mode import EntitiesMode
from reader.ui.entities.insert_whos_who import InsertWhosWho

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class EntityCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.mode = EntitiesMode(window.session, window.modes.stack, window.splitter, window,
                                 window.briefings.lend_width)
        self.corrections = CorrectionActions(window.session, self.mode, window)
        self.whos_who = InsertWhosWho(window.session, window, window.briefings, window.chronology.sources, self.mode)
        self.mode.mention_opened.connect(self._open)
        self.mode.sources_requested.connect(self._show_sources)
        window.briefings.composer_shown.connect(self.mode.fit_beside_composer)
        self.mode.action.toggled.connect(lambda on: None if on else window.briefings.take_back_width())

    def _open(self, mention: Mention) -> None:
        window = self._window
        window.read_source(mention.source_id)
        article, span = window.article, (mention.start, mention.end)
        in_teaser = mention.part == TEASER
        article.show_matches([] if in_teaser else [span])  # nothing left of another mention
        article.view.header.select_in_teaser(span if in_teaser else None)
        if in_teaser:
            article.set_reading_position(0.0)  # the header, with the teaser, tops the page
        article.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_sources(self, entity: EntitySummary) -> None:
        library = self._window.library
        library.filters.set_entity(entity.id, entity.name)
        library.source_view.setFocus(Qt.FocusReason.OtherFocusReason)

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
from reader.ui.step_names import inside

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
        """Every source naming the entity: words left in the library's search box give way, as
        a saved search's words do when one is chosen. Kept, a search typed before the user went
        to Entities ("Handelsblatt") narrowed the list to the sources it and the entity share,
        unseen from where the question was asked; the status bar says which words went, to be
        typed again. The tag and the filters chosen stay: they are drawn beside the list."""
        library = self._window.library
        words = library.search_box.text().strip()
        library.show_search("", library.current_tag, library.filters.current(), (entity.id, entity.name))
        if words:
            self._window.session.notice_posted.emit(inside(
                self.tr("Sources naming “%1”: the search “%2” no longer narrows the list"),
                library.filters.entity_label or entity.name, words))  # fmt: skip
        library.source_view.setFocus(Qt.FocusReason.OtherFocusReason)

"""What the library pane shows for the words in its search box: their ranked results, the
reason a query is refused, and which search the article's hit marks belong to.

The pane lists sources and says which is current; this is its search's side. A refused query
keeps the last results on screen, marked stale (`StaleList`), with the reason in the status
line, so the user sees why nothing changed; the article's marks go once their words do.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from reader.core import search
from reader.ui.core_messages import sentence
from reader.ui.library import live_search
from reader.ui.library.status_line import tag_gone

if TYPE_CHECKING:
    from reader.ui.library.library_pane import LibraryPane

log = logging.getLogger(__name__)


class SearchShown:
    """The results `pane` shows for its search box, and whether that query was refused."""

    def __init__(self, pane: LibraryPane) -> None:
        self._pane = pane
        self.refused = False  # the search box's query is refused (its reason said or held back)
        self._marked = ""  # the words of the search whose result was opened last (its hits marked)

    def say_refused(self, reason: str) -> None:
        self._pane.status.say(reason, error=True)
        self._pane.stale.mark()

    def withdraw_refused(self) -> None:
        self._pane.status.withdraw_error()
        self._pane.stale.clear()

    def run(self) -> None:
        """Show the results for the search box; a refused query says why and keeps the last."""
        pane = self._pane
        text = pane.search_box.text()
        allowed = pane.filters.allowed()
        try:
            found = live_search.run(pane.session, text, pane.current_tag, pane.pacing.typing, allowed)
        except search.InvalidSearch as exc:
            log.info("%r: %s", text, exc)
            self.refused = True
            pane.pacing.refused(sentence(str(exc)))
            return
        self.refused = False
        results, more = found.results, found.more
        pane.results_model.set_results(results, lambda source_id: pane.session.store.notes.get(source_id).body)
        pane.list_stack.setCurrentWidget(pane.results_view)
        gone = not results and pane.tag_is_gone()
        pane.stale.clear()  # the list is this search's
        tag = pane.current_tag
        missing = None if results or gone else live_search.unknown_tag(pane.session, text)
        pane.status.say(tag_gone(tag or "") if gone else live_search.results_message(len(results), more, tag, missing))
        pane.suggestion.offer(live_search.suggestion(pane.session, text, tag, len(results), allowed))

    def refresh(self) -> None:
        """Run the search again after an edit, the user kept (silently) on their result."""
        current = self._pane.results_view.current_key()
        self.run()
        self._pane.results_view.reselect(current)

    def marks_shown(self) -> None:
        """The article now marks the hits of the search in the box (until other words settle)."""
        self._marked = self._pane.search_box.text().strip()

    def marks_follow(self) -> None:
        """The article's search marks go with their search: when it is cleared, and when other
        words take its place, typed or a saved search chosen ("Japan" stayed marked under a
        saved "Japan OR" the library called invalid)."""
        words = self._pane.search_box.text().strip()
        if not words or words != self._marked:
            self._pane.search_gone.emit()

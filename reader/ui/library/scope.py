"""What the library lists now, as a value: the scope of the timeline, Insert chronology and exports.

The views that follow the library read this value (from `LibraryPane.scope()`, again on its
`scope_changed`) instead of the pane's search box, tag list and filter bar, so the pane can
change its widgets without breaking them. The search is held as an unnamed `SavedSearch` —
the same value "Save search…" keeps — so the sources it finds are counted by the one
definition the CLI's `--saved` uses (`reader.core.search.saved_source_ids`).
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core import search
from reader.core.store import SavedSearch, Store


@dataclass(frozen=True, slots=True)
class LibraryScope:
    """The search box's words (while a search is typed), tag, filters and entity, and the name
    of the saved search this is while nothing was changed since it was chosen."""

    search: SavedSearch
    saved: str | None = None

    @property
    def tag(self) -> str | None:
        return self.search.tag

    @property
    def text(self) -> str:
        return self.search.query

    def refusal(self, label_names: dict[str, str] | None = None) -> str | None:
        """Why the words cannot be searched (the core's message), or None when they can."""
        try:
            search.check_query(self.search.query, label_names)
        except search.InvalidSearch as exc:
            return str(exc)
        return None

    def source_ids(self, store: Store, label_names: dict[str, str] | None = None) -> list[int]:
        """The sources in scope, oldest to newest by publication, `label:` taking the names
        the window gives the labels. Words that cannot be searched find none, as the library
        lists none for a saved search of such words: counted as no words, they found every
        source of the tag and filters, and a chronology inserted all of them."""
        try:
            return search.saved_source_ids(store, self.search, label_names=label_names)
        except search.InvalidSearch:
            return []

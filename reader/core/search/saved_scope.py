"""Which sources a saved search finds now: its query as the library list runs it, narrowed by
its tag and its outlet, author, language and unread filters.

The one definition shared by the window (timeline, exports) and the CLI (`list --saved`,
`export --saved`), so a saved search finds the same sources wherever it is used. A query that
no longer parses raises `InvalidSearch`, for the caller to report as the search box does.
"""

from __future__ import annotations

from reader.core.search.engine import source_ids
from reader.core.store import SavedSearch, SourceFilter, Store, table_ids


def filters_of(saved: SavedSearch) -> SourceFilter:
    """The saved search's filters beside the query (its tag goes with the query)."""
    return SourceFilter(outlet=saved.outlet, author=saved.author, lang=saved.lang, unread_only=saved.unread_only)


def saved_source_ids(store: Store, saved: SavedSearch, order: str = "published") -> list[int]:
    """Live source ids the saved search finds, in `order` (an ordering of `store.sources`)."""
    ids = source_ids(store, saved.query, order, saved.tag)
    narrowed = filters_of(saved)
    if narrowed == SourceFilter():
        return ids
    allowed = set(table_ids(store.db, "added", True, narrowed))
    return [i for i in ids if i in allowed]

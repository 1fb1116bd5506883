"""Which sources a saved search finds now: its query as the library list runs it (with the
sources its plain words name as outlet, author or agency: `credit_hits`), narrowed by its tag,
its outlet, author, language and unread filters, and the entity it names.

The one definition shared by the window (timeline, exports) and the CLI (`list --saved`,
`export --saved`), so a saved search finds the same sources wherever it is used. A query that
no longer parses raises `InvalidSearch`, for the caller to report as the search box does.
"""

from __future__ import annotations

from reader.core.search.credit_hits import credit_hits
from reader.core.search.engine import source_ids
from reader.core.search.query import parse
from reader.core.store import SavedSearch, SourceFilter, Store, table_ids

NO_ENTITY = 0  # no entity has this id (SQLite's ids start at 1): a filter that lets nothing through


def filters_of(saved: SavedSearch) -> SourceFilter:
    """The saved search's filters beside the query (its tag goes with the query)."""
    return SourceFilter(outlet=saved.outlet, author=saved.author, lang=saved.lang, unread_only=saved.unread_only)


def saved_entity_id(store: Store, saved: SavedSearch) -> int | None:
    """The entity the saved search is narrowed to, as the library holds it now; None if none.

    The index drops an entity once no source names it, and a later one may get its id: the
    stored id counts only while it still carries the stored name; otherwise the entity of that
    name, if one is indexed (the one in most sources), else `NO_ENTITY` — like an outlet the
    library no longer holds, the filter then lets nothing through rather than everything.
    """
    if saved.entity_id is None:
        return None
    name = (saved.entity_name or "").casefold()
    now = store.entities.get(saved.entity_id)
    if now is not None and store.entities.is_called(now, name):  # "United States" in English
        return now.id
    same = [e for e in store.entities.find(saved.entity_name or "") if store.entities.is_called(e, name)]
    return same[0].id if same else NO_ENTITY


def check_query(text: str, label_names: dict[str, str] | None = None) -> None:
    """Raise `InvalidSearch` when `text` can no longer be searched (a saved search kept from
    before a syntax change), at the cost of parsing it: the library marks such a saved search
    in its list before anyone chooses it, without running every one."""
    parse(text, label_names)


def saved_source_ids(store: Store, saved: SavedSearch, order: str = "published",
                     label_names: dict[str, str] | None = None) -> list[int]:  # fmt: skip
    """Live source ids the saved search finds, in `order` (an ordering of `store.sources`);
    `label_names` as the window names the labels (`label:Gefahr` for a label renamed so), or
    the window's timeline and exports refused a search its library ran."""
    ids = source_ids(store, saved.query, order, saved.tag, label_names)
    found = set(ids)
    if by_credit := {hit.row.id for hit in credit_hits(store, saved.query, saved.tag)} - found:
        found |= by_credit  # the list's "Outlet/author" hits: its words name the outlet, not the text
        ids = [i for i in store.sources.ids(order) if i in found]
    allowed = allowed_ids(store, filters_of(saved), saved_entity_id(store, saved))
    return ids if allowed is None else [i for i in ids if i in allowed]


def allowed_ids(store: Store, filters: SourceFilter, entity_id: int | None) -> set[int] | None:
    """The source ids the filters (outlet, author, language, unread) and the entity let
    through, or None when neither is set (all pass): a saved search's, and the library list's
    as the user narrows it."""
    allowed = None
    if filters != SourceFilter():
        allowed = set(table_ids(store.db, "added", True, filters))
    if entity_id is not None:
        named = set(store.entities.source_ids(entity_id))
        allowed = named if allowed is None else allowed & named
    return allowed

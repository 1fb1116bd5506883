"""Which sources "the library lists now" means for the timeline and Insert chronology: the
library pane's tag, its search while one is typed (a search that cannot run counts as none)
and its outlet, author, language and unread filters — so a saved search, once chosen in the
library, is the timeline's scope too — oldest to newest by publication."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core import search
from reader.core.store import Store

if TYPE_CHECKING:
    from reader.ui.library.library_pane import LibraryPane


def listed_ids(store: Store, library: LibraryPane) -> list[int]:
    text = library.search_box.text() if library.searching() else ""
    try:
        ids = search.source_ids(store, text, "published", library.current_tag)
    except search.InvalidSearch:
        ids = search.source_ids(store, "", "published", library.current_tag)
    allowed = library.filters.allowed()
    return ids if allowed is None else [i for i in ids if i in allowed]

"""Searching while the user types: the query as typed, widened so a half-typed word matches.

`search.search` takes a finished query; mid-word, "Halbl" would find nothing until the word is
complete. So while the last word is still being typed it also matches as a prefix
(`Halbl OR Halbl*`), as the library list's own filter does. The library's tag filter and the
user's label names go along, so `label:` accepts the names shown in the window.
"""

from __future__ import annotations

import re

from reader.core import search
from reader.core.search import SearchResult
from reader.ui.label_names import label_names
from reader.ui.session import Session

RESULT_LIMIT = 100  # results shown; one more is asked for, to know whether there are more
_LAST_WORD = re.compile(r"(?:^|\s)(\w{2,})$")
_OPERATORS = {"OR", "AND", "NOT"}


def typed_query(text: str) -> str:
    """`text` with its last word also matching as a prefix, while that word is being typed."""
    found = _LAST_WORD.search(text)
    if found is None or text.count('"') % 2 or found.group(1) in _OPERATORS:
        return text
    word = found.group(1)
    return f"{text} OR {word}*"


def with_tag(text: str, tag: str | None) -> str:
    """The query narrowed to the library's chosen tag (as a quoted `tag:` filter)."""
    return text if tag is None else f'{text} tag:"{tag}"'


def run(session: Session, text: str, tag: str | None = None) -> list[SearchResult]:
    """The results for what the user typed, up to `RESULT_LIMIT` + 1 (the extra one says "there
    are more": the pane shows "100+ results"); raises `search.InvalidSearch` for their own text.
    """
    quotable = tag if tag is not None and '"' not in tag else None
    results = _search(session, text, quotable)
    if tag is not None and quotable is None:
        # The query syntax cannot quote a tag name holding '"': narrow the results instead.
        tagged = set(session.store.sources.ids(tag=tag))
        results = [r for r in results if r.source_id in tagged]
    return results


def _search(session: Session, text: str, tag: str | None) -> list[SearchResult]:
    """The widened query is only a convenience: if it is refused (say, OR after a filter),
    the text as typed is searched, so any message is about what the user wrote.
    """
    names = label_names(session)
    store = session.store
    try:
        return search.search(store, with_tag(typed_query(text), tag), limit=RESULT_LIMIT + 1, label_names=names)
    except search.InvalidSearch:
        return search.search(store, with_tag(text, tag), limit=RESULT_LIMIT + 1, label_names=names)

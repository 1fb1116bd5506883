"""Searching while the user types: the query as typed, widened so a half-typed word matches.

`search.search` takes a finished query; mid-word, "Halbl" would find nothing until the word is
complete. So while the last word is still being typed it also matches as a prefix
(`Halbl OR Halbl*`), as the library list's own filter does. The library's tag filter and the
user's label names go along, so `label:` accepts the names shown in the window. Plain words also
find sources by their outlet, author and news agency ("Outlet/author" hits, listed first), which
the full-text index does not hold; a hit credits them as the header does (`models.credited`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from reader.core import search
from reader.core.search import SearchResult, Suggestion
from reader.core.store import closest_tag, stored_tag
from reader.ui.i18n import Plural
from reader.ui.label_names import label_names
from reader.ui.session import Session
from reader.ui.step_names import inside

SOURCE_HIT_LIMIT = 20  # sources found by outlet, author or agency, listed before the text hits
RESULT_LIMIT = 100  # results shown; one more is asked for, to know whether there are more
_LAST_WORD = re.compile(r"(?:^|\s)(\w{2,})$")
_LONE_LETTER = re.compile(r"(?<=\w)\s+\w$")  # "Japan O": the next word begun
_OPERATORS = {"OR", "AND", "NOT"}


def typed_query(text: str, typing: bool = False) -> str:
    """`text` with its last word also matching as a prefix, while that word is being typed.

    While typing goes on (`typing`), a lone letter after another word is left out: the search
    language does not widen one letter (it would match nearly every word), so "Japan O", on the
    way to "Japan OR Korea", found nothing and emptied the list between "Japan" and "Japan OR K".
    Searched on Enter, the letter counts ("Vitamin D")."""
    if typing and (lone := _LONE_LETTER.search(text)) is not None and text.count('"') % 2 == 0:
        text = text[: lone.start()]
    found = _LAST_WORD.search(text)
    if found is None or text.count('"') % 2 or found.group(1) in _OPERATORS:
        return text
    word = found.group(1)
    return f"{text} OR {word}*"


def with_tag(text: str, tag: str | None) -> str:
    """The query narrowed to the library's chosen tag (as a quoted `tag:` filter)."""
    return text if tag is None else f'{text} tag:"{tag}"'


class MissingTag(NamedTuple):
    """A tag a search's `tag:` filter asks for that the library lacks, and the library's tag
    nearest to it, if one is near (as `briefing search` suggests it)."""

    name: str
    closest: str | None


def results_message(count: int, more: bool, tag: str | None, missing: MissingTag | None = None) -> str:
    """"12 results", or "100+ results" when the search stopped at the limit (the library's
    status line, in the window's language); none, with `missing` the tag a `tag:` filter names
    that the library lacks (`unknown_tag`), why."""
    translate = QCoreApplication.translate
    if not count:
        if missing and missing.closest:
            return inside(translate("LibraryPane", "No matches: the library has no tag “%1” — did you mean “%2”?"),
                          missing.name, missing.closest)  # fmt: skip
        if missing:
            return inside(translate("LibraryPane", "No matches: the library has no tag “%1”"), missing.name)
        if tag:
            return translate("LibraryPane", "No matches tagged %1").replace("%1", tag)
        return translate("LibraryPane", "No matches")
    if more:
        counted = Plural.tr("%Ln+ results", "", count)
    elif count == 1:
        counted = translate("LibraryPane", "1 result")
    else:
        counted = Plural.tr("%Ln results", "", count)
    return translate("LibraryPane", "%1 tagged %2").replace("%1", counted).replace("%2", tag) if tag else counted


def unknown_tag(session: Session, text: str) -> MissingTag | None:
    """The first tag the query's `tag:` filters ask for (not a `-tag:` one) that the library
    lacks, as typed, with the library's tag nearest to it; None when it has each. A mistyped
    `tag:Japn` found nothing and the line said only "No matches", as for words no source holds,
    where `briefing search` names the missing tag and the closest one (`closest_tag`, as there).
    Typed on the way to a tag (`tag:Ja`) it is said too, as it is true then."""
    try:
        asked = search.tags_named(text, label_names(session), excluded=False)
    except search.InvalidSearch:
        return None
    store = session.store
    held = store.tags.names() if asked else []
    # As the search finds a tag: any case, composed or not, spaces as a tag's name keeps them.
    name = next((tag for tag in asked if stored_tag(store.db, tag) not in held), None)
    if name is None:
        return None
    return MissingTag(name, closest_tag(held, name))


def source_hits(session: Session, text: str, tag: str | None = None, limit: int = SOURCE_HIT_LIMIT,
                allowed: set[int] | None = None) -> list[SearchResult]:  # fmt: skip
    """Sources whose outlet, author or agency holds every plain word ("handelsblatt",
    "bastian", "dpa"), up to `limit` of those the filter bar lets through (`allowed`; None:
    all): the full-text index has the article's words, not its metadata."""
    return [SearchResult(source_id=hit.row.id, title=hit.row.title, file_name="", where="source", ref_id=hit.row.id,
                         snippet=hit.shown, snippet_text=hit.shown, snippet_spans=hit.spans, match_offsets=(),
                         published=hit.row.published, score=0.0)
            for hit in search.credit_hits(session.store, text, tag, limit, allowed)]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Found:
    """What the list shows for a search: up to `RESULT_LIMIT` results, and whether it stopped
    at a limit with more to find (the status line's "100+ results", "21+ results")."""

    results: list[SearchResult]
    more: bool


def run(session: Session, text: str, tag: str | None = None, typing: bool = False,
        allowed: set[int] | None = None) -> Found:  # fmt: skip
    """The results for what the user typed; raises `search.InvalidSearch` for their own text.
    `typing`: the user is still typing (see `typed_query`); `allowed`: the sources the filter
    bar lets through (None: all).

    One more result than shown is asked for, of the Outlet/author hits and of the whole list,
    to know whether there are more: 25 Handelsblatt reports said "20 results" beside 20 hits.
    """
    quotable = tag if tag is not None and '"' not in tag else None
    sources = source_hits(session, text, tag, SOURCE_HIT_LIMIT + 1, allowed)
    within = allowed
    if tag is not None and quotable is None:
        # The query syntax cannot quote a tag name holding '"': the search is narrowed to its sources.
        tagged = set(session.store.sources.ids(tag=tag))
        within = tagged if allowed is None else tagged & allowed
    results = sources[:SOURCE_HIT_LIMIT] + _search(session, text, quotable, typing, within)
    return Found(results[:RESULT_LIMIT], len(sources) > SOURCE_HIT_LIMIT or len(results) > RESULT_LIMIT)


def _search(session: Session, text: str, tag: str | None, typing: bool, within: set[int] | None) -> list[SearchResult]:
    """The full-text hits among the sources `within` (None: all), the search narrowed to them
    in its SQL so its limit counts only those the list may show. The widened query is only a
    convenience: if it is refused (say, OR after a filter), the text as typed is searched, so
    any message is about what the user wrote.
    """
    names = label_names(session)
    store = session.store
    try:
        return search.search(store, with_tag(typed_query(text, typing), tag), limit=RESULT_LIMIT + 1,
                             label_names=names, within=within)  # fmt: skip
    except search.InvalidSearch:
        return search.search(store, with_tag(text, tag), limit=RESULT_LIMIT + 1, label_names=names, within=within)


def suggestion(session: Session, text: str, tag: str | None, found: int, allowed: set[int] | None) -> Suggestion | None:
    """"Did you mean …" for what the user typed, whose search showed `found` results: a corrected
    query counts only if it finds more where the user searches (the tag, the filter bar's
    `allowed` sources), as the pane would list them."""

    def hits(query: str) -> int:
        found = run(session, query, tag, allowed=allowed)
        return len(found.results) + found.more  # stopped at a limit: at least one more

    try:
        return search.suggest(session.store, text, found, label_names=label_names(session), hits=hits)
    except search.InvalidSearch:  # the text was searched already; a suggestion is never an error
        return None

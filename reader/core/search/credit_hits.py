"""Sources found by who ran or wrote them: every plain word of a query in a source's outlet,
author or news agency, as the source is credited (`models.credited`).

The full-text index holds the articles' words, not their metadata, so "handelsblatt",
"bastian" or "dpa" found no article of the Handelsblatt, by Nicole Bastian or from dpa. The
library list shows these sources first ("Outlet/author" hits), and what follows the library
counts them too (`saved_scope.saved_source_ids`: the timeline, Insert chronology and who's who,
exports, a saved search's count): they did not, and the timeline of "Handelsblatt" said
"0 sources" beside a list of one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from reader.core.models import credited
from reader.core.search.query import OPERATORS
from reader.core.store import SourceFilter, SourceRow, Store, stored_tag, table_ids, table_rows
from reader.core.text import fold_case

# The rows a limited list of credit hits reads at most, some 13 ms (see `credit_hits`).
_MAX_ROWS_READ = 2_000


@dataclass(frozen=True, slots=True)
class CreditHit:
    """A source whose credit holds every word: the credit as shown ("DER SPIEGEL · Anna
    Schmidt · dpa/lno") and where each word stands in it."""

    row: SourceRow
    shown: str
    spans: tuple[tuple[int, int], ...]


def plain_words(text: str) -> list[str]:
    """The words of a query made of plain words alone (a trailing `*` allowed), else none.

    A filter, exclusion, operator, group or phrase asks what a credit cannot answer, and the
    hits ignored it: once the scope counted them, "Handelsblatt -Kishida", "Handelsblatt
    before:2023" and "bastian in:note" exported the Handelsblatt report of 2024 that names
    Kishida and has no note. `outlet:`, `author:` and `agency:` are the filters that ask that."""
    if '"' in text:
        return []  # a phrase asks for exact words in the text, not for a name
    words = []
    for token in text.split():
        if token in OPERATORS or ":" in token or token[0] in "-()" or ")" in token:
            return []
        word = token.rstrip("*")
        if len(word) >= 2:
            words.append(word)
    return words


def _word_at(credit: str, word: str) -> int:
    """Where `word` begins a word of `credit` (both casefolded), or -1: anywhere in it, "EU"
    was an Outlet/author hit in every Reuters report and "USA" in every one by a Susanne."""
    found = re.search(rf"(?<!\w){re.escape(word)}", credit)
    return found.start() if found is not None else -1


def _spans(shown: str, words: list[str]) -> list[tuple[int, int]]:
    """Where each word found begins a word of the credit `shown`, folded as the table's filter
    folds it ("weiss" finds "Weiß"), as places in `shown`: "ß" folds to two letters, and the
    bold of "weiss" in "Marcel Weiß · dpa" took the space after it, that of "dpa" read "· dp"."""
    folded = fold_case(shown)
    starts = list(range(len(shown) + 1))  # where each folded letter comes from in `shown`
    if len(folded) != len(shown):
        starts = [at for at, letter in enumerate(shown) for _ in fold_case(letter)] + [len(shown)]
    return [(starts[at], starts[at + len(word) - 1] + 1) for word in map(fold_case, words)
            if (at := _word_at(folded, word)) >= 0]  # fmt: skip


def credit_hits(store: Store, text: str, tag: str | None = None, limit: int | None = None,
                allowed: set[int] | None = None) -> list[CreditHit]:  # fmt: skip
    """The sources (tagged `tag`, among `allowed` ones: None, all) whose credit holds every
    plain word of `text`, newest first; up to `limit` of them.

    `allowed` (what the library's filter bar lets through) narrows the ids before any row is
    read, so the limit counts only sources the user can be shown: narrowed after it, as the
    live search did, the 20 newest Handelsblatt reports left none of those among "Unread only"
    and the older unread ones were not listed although they matched."""
    words = [unicodedata.normalize("NFC", word) for word in plain_words(text)]  # as the credits are
    if not words:
        return []
    if tag is not None:  # "öl" for "Öl": SQLite's NOCASE folds A–Z only, as the text search knows
        tag = stored_tag(store.db, tag)
    ids = table_ids(store.db, "published", True, SourceFilter(tag=tag, credit_words=" ".join(words)))
    if allowed is not None:
        ids = [source_id for source_id in ids if source_id in allowed]
    hits: list[CreditHit] = []
    # Rows are read a window at a time until `limit` hits: the SQL finds the words anywhere in
    # the credit, and only here is a word told to begin one of its words. With one window of
    # `limit` × 5 rows, "EU" in a live search read the newest reports by Reuters and listed
    # no "EU Observer" report older than them. A limited list (the live search's, as you type)
    # reads at most _MAX_ROWS_READ rows: all of 10,000 Reuters reports took 69 ms for no hit.
    window = len(ids) if limit is None else limit * 5
    if limit is not None:
        ids = ids[:_MAX_ROWS_READ]
    for start in range(0, len(ids), max(window, 1)):
        for row in table_rows(store.db, ids[start : start + window]):
            byline, outlet, agency = credited(row.author, row.outlet, row.agency)
            shown = " · ".join(x for x in (outlet, byline, agency) if x)
            spans = _spans(shown, words)
            if len(spans) == len(words):
                hits.append(CreditHit(row, shown, tuple(sorted(spans))))
                if len(hits) == limit:
                    return hits
    return hits

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

from dataclasses import dataclass

from reader.core.models import credited
from reader.core.store import SourceFilter, SourceRow, Store, table_ids, table_rows

_OPERATORS = {"OR", "AND", "NOT"}


@dataclass(frozen=True, slots=True)
class CreditHit:
    """A source whose credit holds every word: the credit as shown ("DER SPIEGEL · Anna
    Schmidt · dpa/lno") and where each word stands in it."""

    row: SourceRow
    shown: str
    spans: tuple[tuple[int, int], ...]


def plain_words(text: str) -> list[str]:
    """The words of a query that are neither operators, filters, phrases nor exclusions."""
    if '"' in text:
        return []  # a phrase asks for exact words in the text, not for a name
    words = []
    for token in text.split():
        if token in _OPERATORS or ":" in token or token.startswith("-") or token.startswith("("):
            continue
        word = token.rstrip("*)")
        if len(word) >= 2:
            words.append(word)
    return words


def credit_hits(store: Store, text: str, tag: str | None = None, limit: int | None = None) -> list[CreditHit]:
    """The sources (tagged `tag`) whose credit holds every plain word of `text`, newest first;
    up to `limit` of them."""
    words = plain_words(text)
    if not words:
        return []
    ids = table_ids(store.db, "published", True, SourceFilter(tag=tag, words=" ".join(words)))
    hits = []
    for row in table_rows(store.db, ids if limit is None else ids[: limit * 5]):
        byline, outlet, agency = credited(row.author, row.outlet, row.agency)
        shown = " · ".join(x for x in (outlet, byline, agency) if x)
        folded = shown.casefold()
        spans = [(at, at + len(w)) for w in words if (at := folded.find(w.casefold())) >= 0]
        if len(spans) == len(words):  # the words may stand in the title alone: not a credit
            hits.append(CreditHit(row, shown, tuple(sorted(spans))))
            if len(hits) == limit:
                break
    return hits

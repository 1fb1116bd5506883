"""Searching the library: query syntax, matching in FTS5, ranking, and marked snippets.

The face is `search` (ranked results for the CLI and the results view), `source_ids` (what the
library list shows while the user types), `saved_source_ids` (what a saved search finds;
`saved_entity_id` the entity it is narrowed to or `NO_ENTITY`, `filters_of` its filters beside
the query; `check_query` whether its query still parses; `allowed_ids` what filters and an
entity let through, as for the library list), `suggest` ("Did you mean …": the
query with mistyped words corrected, for a search that found little; `Suggestion`),
`credit_hits` (the sources whose outlet, author or agency a query's plain words name, which
the full-text index does not hold: the list's "Outlet/author" hits, counted in every scope;
`CreditHit`), `tags_named` (the tags a query's `tag:` filters name), `SearchResult` and `InvalidSearch` (of which
`UnknownLabel`, a `label:` no label fits).
Query parsing (`query`), the SQL (`match`), the phrase check (`check`), rows (`result_rows`),
snippets (`marks`) and saved searches' scope (`saved_scope`) are private to the package.
"""

from reader.core.search.credit_hits import CreditHit, credit_hits
from reader.core.search.engine import SearchResult, search, source_ids
from reader.core.search.query import InvalidSearch, UnknownLabel, tags_named
from reader.core.search.saved_scope import (
    NO_ENTITY,
    allowed_ids,
    check_query,
    filters_of,
    saved_entity_id,
    saved_source_ids,
)
from reader.core.search.suggest import FEW_RESULTS, Suggestion, suggest

__all__ = [
    "FEW_RESULTS",
    "CreditHit",
    "NO_ENTITY",
    "InvalidSearch",
    "SearchResult",
    "Suggestion",
    "UnknownLabel",
    "allowed_ids",
    "check_query",
    "credit_hits",
    "filters_of",
    "saved_entity_id",
    "saved_source_ids",
    "search",
    "source_ids",
    "suggest",
    "tags_named",
]

"""The cross-source highlights query: every filter, both groupings, paragraph numbers."""

from __future__ import annotations

import export_library
import pytest

from reader.core.export.citations import paragraph_number
from reader.core.store import Store
from reader.core.store.highlights_query import (
    GroupBy,
    HighlightFilter,
    group_highlights,
    outlets,
    paragraph_numbers,
    query_highlights,
)


@pytest.fixture
def library(store: Store) -> Store:
    export_library.build(store)
    return store


def ids(store: Store, **wanted: object) -> list[int]:
    return [r.highlight_id for r in query_highlights(store.db, HighlightFilter(**wanted))]  # type: ignore[arg-type]


def test_filters(library: Store) -> None:
    assert sorted(ids(library)) == [1, 2, 3, 4, 5]
    assert sorted(ids(library, tag="client x")) == [1, 2]
    assert ids(library, labels=frozenset({"evidence"})) == [3, 4]
    assert ids(library, outlet="handelsblatt") == [4, 5]
    assert sorted(ids(library, published_from="2025-01-01")) == [1, 2, 3]
    assert ids(library, published_to="2024-12-31") == [4, 5]
    day = {"published_from": "2025-10-28", "published_to": "2025-10-28"}
    assert ids(library, labels=frozenset({"key"}), **day) == [2]
    assert ids(library, text="SCHLÜSSELTECHNOLOGIEN") == [1]  # non-ASCII case folding
    assert ids(library, text="memo") == [5]  # annotations are searched too
    library.highlights.delete(5)
    assert ids(library, text="memo") == []


def test_rows_in_document_order_with_paragraphs(library: Store) -> None:
    rows = query_highlights(library.db, HighlightFilter(tag="Client X"))
    assert [r.highlight_id for r in rows] == [2, 1]  # document order, not creation order
    text = library.sources.get(1).reading_text  # type: ignore[union-attr]
    for row in rows:
        highlight = library.highlights.get(row.highlight_id)
        assert highlight is not None
        assert row.paragraph == paragraph_number(text, highlight.start, highlight.exact)
    assert rows[0].outlet == "Industrie-Blog" and rows[0].author == "Redaktion"


def test_paragraphs_asked_for_the_rows_shown(library: Store) -> None:
    """A long list reads its rows without paragraph numbers and asks for those it shows: the
    same numbers, counted from the article, and none for a highlight whose passage is gone."""
    rows = query_highlights(library.db, HighlightFilter(), paragraphs=False)
    assert [r.paragraph for r in rows] == [None] * 5
    library.db.execute("UPDATE highlights SET anchor_status = 'orphaned' WHERE id = 3")
    numbers = paragraph_numbers(library.db, [r.highlight_id for r in rows])
    for row in rows:
        highlight = library.highlights.get(row.highlight_id)
        assert highlight is not None
        text = library.sources.get(row.source_id).reading_text  # type: ignore[union-attr]
        wanted = None if row.highlight_id == 3 else paragraph_number(text, highlight.start, highlight.exact)
        assert numbers[row.highlight_id] == wanted
    assert {n for n in numbers.values() if n is not None} != {1}  # not every quote in the first paragraph


def test_grouping(library: Store) -> None:
    rows = query_highlights(library.db, HighlightFilter())
    by_source = group_highlights(rows, GroupBy.SOURCE)
    assert [g.key for g in by_source] == ["2", "1", "3"]  # newest published first (18:05 > day)
    by_label = group_highlights(rows, GroupBy.LABEL, {"risk": "Danger"})
    assert [g.key for g in by_label] == ["key", "evidence", "risk", "client"]
    assert by_label[2].title == "Danger"
    assert sum(len(g.rows) for g in by_label) == 5
    assert outlets(library.db) == ["DWN", "Handelsblatt", "Industrie-Blog"]


def test_paragraph_number_skips_leading_blank() -> None:
    text = "one\n\ntwo\n\nthree"
    assert paragraph_number(text, 0) == 1
    assert paragraph_number(text, 3, "\n\ntwo") == 2
    assert paragraph_number(text, text.index("three")) == 3

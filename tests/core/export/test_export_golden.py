"""Golden files: the exact Markdown of each export shape for the annotated seed library.

Run with UPDATE_GOLDEN=1 to rewrite the files after an intended change, then review the diff.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import export_library
import markdown
import pytest

from reader.core.export import documents
from reader.core.export.briefing import briefing_document
from reader.core.store import Store

GOLDEN = Path(__file__).resolve().parents[2] / "data" / "export"


def check(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8", newline="\n")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"


@pytest.fixture
def library(store: Store) -> tuple[Store, dict[int, int]]:
    return store, export_library.build(store)


@pytest.mark.parametrize("source_id", [1, 2, 3])
def test_per_source_files(library: tuple[Store, dict[int, int]], source_id: int) -> None:
    store, _ = library
    check(f"source-{source_id}.md", documents.source_document(documents.load(store, source_id)))


def test_combined_file(library: tuple[Store, dict[int, int]]) -> None:
    store, _ = library
    items = [documents.load(store, i) for i in store.sources.ids(tag="Japan")]
    check("combined-japan.md", documents.combined_document(items, "Japan", date(2025, 11, 4)))


def test_briefing(library: tuple[Store, dict[int, int]]) -> None:
    store, ids = library
    briefing, _ = store.briefings.create("Japan and the US: Q4 briefing")
    b = briefing.id
    store.briefings.add_heading(b, "Why it matters")
    store.briefings.add_text(b, "The alliance now covers **industry**, not only defence.")
    store.briefings.add_highlights(b, [ids[1], ids[0], ids[2]])
    store.briefings.add_heading(b, "Investment")
    store.briefings.add_highlights(b, [ids[3], ids[4]])
    with store.write():
        store.db.execute("UPDATE briefings SET created_at = '2025-11-04T08:00:00+00:00'")
    check("briefing.md", briefing_document(store, b))


def test_copy_as_markdown(library: tuple[Store, dict[int, int]]) -> None:
    store, ids = library
    check("copy.md", documents.copy_as_markdown(store, [ids[2], ids[4]]))


def test_words_typed_after_a_pasted_copy_are_no_part_of_the_quote(
    library: tuple[Store, dict[int, int]],
) -> None:
    """A consultant pastes the copy into a memo and goes on writing on the next line."""
    store, ids = library
    memo = documents.copy_as_markdown(store, [ids[2]]) + "My own words."
    html = markdown.markdown(memo)
    quote_end = html.rindex("</blockquote>")
    assert html.index("My own words.") > quote_end
    assert documents.copy_as_markdown(store, []) == ""

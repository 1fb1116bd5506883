"""`Store.check` sees the search index out of step with the library — an article, highlight
or note missing from it, a row for a thing that is gone — which `check` did not look at
(only SQLite's integrity and foreign keys), so a search that silently missed items passed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.core.ingest import prepare_file
from reader.core.store import Store, rebuild


def _library(store: Store, seed_files: list[Path]) -> Store:
    for path in seed_files[:3]:
        store.sources.add(prepare_file(path))
    store.highlights.add(1, 0, 10, "risk", "Wichtig")
    store.highlights.add(2, 0, 10, "key", "")
    store.notes.set(3, "Notiz zu drei")
    store.notes.set(2, "   ")  # white space only: nothing to index
    return store


def test_an_index_in_step_has_no_problems(store: Store, seed_files: list[Path]) -> None:
    _library(store, seed_files)
    assert store.check() == []
    store.sources.delete(2)  # to the bin: its article and highlight leave the index
    assert store.check() == []


def test_rows_missing_from_the_index_or_left_behind_are_named(
    store: Store, seed_files: list[Path]
) -> None:
    _library(store, seed_files)
    conn = store.db.conn
    conn.execute("DELETE FROM search_rows WHERE key = 3 * 4 + 3")  # note of source 3
    conn.execute("UPDATE highlights SET deleted_at = 'x' WHERE id = 1")  # gone, not unindexed
    assert store.check() == [
        "search index: 1 item(s) not in it (note #3)",
        "search index: 1 row(s) for items that are gone (highlight #1)",
    ]
    with store.write():
        rebuild(store.db)
    assert store.check() == []


def test_a_read_only_library_is_checked_without_writing(tmp_path: Path, seed_files: list[Path]) -> None:
    db = tmp_path / "library.sqlite"
    with Store.open(db) as store:
        _library(store, seed_files)
    with Store.open(db, read_only=True) as store:
        assert store.check() == []
    with sqlite3.connect(db) as conn:  # and the read-only check wrote nothing
        assert conn.execute("SELECT count(*) FROM search_rows").fetchone() == (6,)  # 3 articles, 2 highlights, 1 note

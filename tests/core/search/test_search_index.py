"""The index stays in step with every change, and a rebuild writes exactly what the changes did."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import importer
from reader.core.search import search
from reader.core.store import Store
from reader.core.store.search_index import index_highlight, index_note, rebuild, unindex_highlight


def _index(store: Store) -> list[tuple[object, ...]]:
    """Everything the index holds: each row's kept columns and every indexed token's place.

    The FTS5 table is contentless, so its rows cannot be read back; fts5vocab's instance
    table lists every (term, row, column, offset) it indexed. Rows are named by `key` (what
    they index): a rebuild numbers them anew; a token left behind by a row that is gone
    shows with no key.
    """
    db = store.db
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.tokens USING fts5vocab(main, search_index, instance)")
    kept = db.execute(
        "SELECT r.key, r.source_id, r.id % 4, t.terms FROM search_rows r"
        " JOIN search_terms t ON t.id = r.id ORDER BY r.key"
    ).fetchall()
    tokens = db.execute(
        "SELECT v.term, t.key, v.col, v.offset FROM temp.tokens v"
        " LEFT JOIN search_rows t ON t.id = v.doc ORDER BY 1, coalesce(t.key, -1), 3, 4"
    ).fetchall()
    return [*kept, *tokens]


def _found(store: Store, query: str) -> set[tuple[str, int]]:
    return {(r.where, r.ref_id) for r in search(store, query, limit=100)}


@pytest.fixture
def seeded(store: Store, seeds_dir: Path) -> tuple[Store, int]:
    importer.import_paths(store, [seeds_dir], workers=1)
    first = next(s.id for s in store.sources.list() if s.file_name.startswith("000_"))
    return store, first


def test_every_change_reaches_the_index(seeded: tuple[Store, int]) -> None:
    store, sid = seeded
    assert ("article", sid) in _found(store, "Indopazifik")
    store.sources.update_metadata(sid, title="Zebrastreifen im Pazifik", teaser="Giraffenhälse")
    assert _found(store, "Zebrastreifen") == {("article", sid)}
    assert _found(store, "Giraffenhaelse") == {("article", sid)}
    highlight, _ = store.highlights.add(sid, 0, 3, "key", "Okapi überall")
    assert _found(store, "Okapi") == {("highlight", highlight.id)}
    store.highlights.update(highlight.id, annotation="Erdmännchen")
    assert _found(store, "Okapi") == set()
    assert _found(store, "Erdmaennchen") == {("highlight", highlight.id)}
    store.highlights.delete(highlight.id)
    assert _found(store, "Erdmännchen") == set()
    store.highlights.undelete(highlight.id)
    assert _found(store, "Erdmännchen") == {("highlight", highlight.id)}
    store.notes.set(sid, "Lieferkettengesetz prüfen")
    assert ("note", sid) in _found(store, "in:note Lieferkettengesetz")
    store.notes.set(sid, "  \n")
    assert _found(store, "in:note") == set()


def test_delete_and_undelete_take_everything_with_them(seeded: tuple[Store, int]) -> None:
    store, sid = seeded
    highlight, _ = store.highlights.add(sid, 0, 3, "risk", "Kängurus")
    store.notes.set(sid, "Wombats")
    everything = {("article", sid), ("highlight", highlight.id), ("note", sid)}
    store.sources.delete(sid)
    assert _found(store, "Kängurus OR Wombats OR Indopazifik") & everything == set()
    store.sources.undelete(sid)
    assert _found(store, "Kängurus OR Wombats OR Indopazifik") & everything == everything


def test_restored_boilerplate_becomes_searchable(seeded: tuple[Store, int]) -> None:
    store, sid = seeded
    source = store.sources.get(sid)
    assert source is not None
    index = next(i for i, b in enumerate(source.blocks) if b.role == "boilerplate")
    word = source.blocks[index].text.split()[-1]
    before = {r.source_id for r in search(store, f'"{word}"')}
    store.content.set_block_role(sid, index, "body")
    assert sid in {r.source_id for r in search(store, f'"{word}"')} | before


def test_rebuild_equals_incremental(seeded: tuple[Store, int]) -> None:
    store, sid = seeded
    highlight, _ = store.highlights.add(sid, 10, 40, "key", "Notiz zur Stelle")
    store.highlights.add(sid, 50, 60, "risk")
    store.highlights.delete(highlight.id)
    store.notes.set(sid, "Zusammenfassung: Halbleiterproduktion")
    store.sources.update_metadata(sid, lang="en")
    others = [s.id for s in store.sources.list() if s.id != sid]
    store.sources.delete(others[0])
    incremental = _index(store)
    with store.write():
        rows = rebuild(store.db)
    assert rows == len(store.db.execute("SELECT id FROM search_rows").fetchall())
    assert _index(store) == incremental
    store.db.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)")


@pytest.fixture(scope="module")
def one_source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, int]:
    store = Store.open(tmp_path_factory.mktemp("forget") / "library.sqlite")
    seeds = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))
    importer.import_paths(store, seeds[:1], workers=1)
    return store, store.sources.ids()[0]


_WORDY = st.text(alphabet="aäbcdeöfgkmnoprstuüßz -\n", max_size=120)


@settings(max_examples=60, deadline=None)
@given(first=_WORDY, second=_WORDY)
def test_rewriting_a_row_leaves_no_trace(one_source: tuple[Store, int], first: str, second: str) -> None:
    """A contentless row is forgotten from its kept terms alone: nothing of it may stay."""
    store, sid = one_source
    before = _index(store)
    with store.write():
        index_highlight(store.db, sid, 999, first, second)  # a quote and an annotation
        index_highlight(store.db, sid, 999, second, first)
        unindex_highlight(store.db, 999)
        index_note(store.db, sid, first + second)
        index_note(store.db, sid, "")
    assert _index(store) == before

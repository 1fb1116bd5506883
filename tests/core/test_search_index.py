"""The index stays in step with every change, and a rebuild writes exactly what the changes did."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import importer
from reader.core.search import search
from reader.core.store import Store
from reader.core.store.search_index import rebuild


def _index(store: Store) -> list[tuple[object, ...]]:
    return store.db.execute(
        "SELECT rowid, kind, source_id, ref_id, head, body, head_terms, body_terms, parts"
        " FROM search_index ORDER BY rowid"
    ).fetchall()


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
    assert rows == len(incremental)
    assert _index(store) == incremental

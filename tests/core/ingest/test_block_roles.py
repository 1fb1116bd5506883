"""Restoring and hiding blocks: reading text, hash, search index and highlights follow."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer import import_paths
from reader.core.ingest.article import BlockRole
from reader.core.models import AnchorStatus
from reader.core.search import search
from reader.core.store import Store
from reader.core.store.content import HIDDEN_BY_USER
from reader.core.text import text_hash

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "library.db")
    import_paths(store, [SEEDS / "002_db65749ea1f8a11e.txt"], workers=1)
    yield store
    store.close()


def _source_id(store: Store) -> int:
    return store.sources.ids()[0]


def _body_indexes(store: Store, source_id: int) -> list[int]:
    source = store.sources.get(source_id)
    assert source is not None
    return [i for i, b in enumerate(source.blocks) if b.role is BlockRole.BODY]


def test_hiding_a_body_block_removes_its_text_and_moves_highlights(store: Store) -> None:
    source_id = _source_id(store)
    source = store.sources.get(source_id)
    assert source is not None
    first, second = _body_indexes(store, source_id)[:2]
    words = source.blocks[second].text[:40]
    start = source.reading_text.index(words)
    highlight, _ = store.highlights.add(source_id, start, start + len(words), "key")

    changes = store.content.set_block_role(source_id, first, BlockRole.BOILERPLATE)

    after = store.sources.get(source_id)
    assert after is not None
    assert source.blocks[first].text not in after.reading_text
    assert after.blocks[first].reason == HIDDEN_BY_USER
    assert after.text_hash == text_hash(after.reading_text)
    moved = store.highlights.get(highlight.id)
    assert moved is not None and moved.anchor_status is AnchorStatus.ANCHORED
    assert after.reading_text[moved.start : moved.end] == words
    assert moved.text_hash == after.text_hash
    assert changes.touches_source(source_id) and source_id in changes.highlights


def test_setting_the_old_role_again_restores_everything(store: Store) -> None:
    source_id = _source_id(store)
    before = store.sources.get(source_id)
    assert before is not None
    index = _body_indexes(store, source_id)[0]
    store.content.set_block_role(source_id, index, "boilerplate")
    store.content.set_block_role(source_id, index, "body")
    after = store.sources.get(source_id)
    assert after is not None
    assert after.blocks == before.blocks
    assert after.reading_text == before.reading_text and after.text_hash == before.text_hash


def test_restoring_a_block_puts_its_text_in_search(store: Store) -> None:
    source_id = _source_id(store)
    index = _body_indexes(store, source_id)[0]
    store.content.set_block_role(source_id, index, BlockRole.BOILERPLATE)
    store.content.set_block_role(source_id, index, BlockRole.BODY)
    source = store.sources.get(source_id)
    assert source is not None
    word = source.blocks[index].text.split()[1].strip(".,")
    hits = {(r.where, r.source_id) for r in search(store, f'"{word}"', limit=1000)}
    assert ("article", source_id) in hits


def test_highlight_inside_a_hidden_block_becomes_an_orphan_and_comes_back(store: Store) -> None:
    source_id = _source_id(store)
    source = store.sources.get(source_id)
    assert source is not None
    index = _body_indexes(store, source_id)[3]
    words = source.blocks[index].text
    start = source.reading_text.index(words)
    highlight, _ = store.highlights.add(source_id, start, start + len(words), "risk")

    store.content.set_block_role(source_id, index, BlockRole.BOILERPLATE)
    orphan = store.highlights.get(highlight.id)
    assert orphan is not None and orphan.anchor_status is AnchorStatus.ORPHANED
    assert orphan.exact == words

    store.content.set_block_role(source_id, index, BlockRole.BODY)
    back = store.highlights.get(highlight.id)
    assert back is not None and back.anchor_status is AnchorStatus.ANCHORED
    assert (back.start, back.end) == (highlight.start, highlight.end)


def test_unchanged_role_and_bad_index(store: Store) -> None:
    source_id = _source_id(store)
    index = _body_indexes(store, source_id)[0]
    assert not store.content.set_block_role(source_id, index, BlockRole.BODY)
    with pytest.raises(IndexError):
        store.content.set_block_role(source_id, 10_000, BlockRole.BODY)
    with pytest.raises(KeyError):
        store.content.set_block_role(99_999, 0, BlockRole.BODY)

"""Deleting a tag in the store: every source, those in the bin too, in one step."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer import import_paths
from reader.core.store import Store


def _tags(store: Store, source_id: int) -> tuple[str, ...]:
    source = store.sources.get(source_id)
    assert source is not None
    return tuple(source.tags)


@pytest.fixture
def ids(store: Store, seeds_dir: Path) -> list[int]:
    import_paths(store, [seeds_dir], workers=1)
    found = store.sources.ids()
    assert len(found) >= 3
    return found


def test_delete_reaches_sources_in_the_bin(store: Store, ids: list[int]) -> None:
    store.tags.add(ids[:2], "Enrgie")
    store.tags.add(ids[1:3], "Japan")
    store.sources.delete(ids[1])
    changes = store.tags.delete("enrgie")  # any case
    assert changes.tags and changes.sources_updated == {ids[0], ids[1]}
    assert store.tags.names() == ["Japan"]
    store.sources.undelete(ids[1])  # restored from the bin without the deleted tag
    assert _tags(store, ids[1]) == ("Japan",)
    assert _tags(store, ids[0]) == ()
    assert store.sources.ids(tag="Enrgie") == []


def test_delete_of_a_tag_only_binned_sources_carry(store: Store, ids: list[int]) -> None:
    store.tags.add([ids[2]], "Old")
    store.sources.delete(ids[2])
    assert store.tags.delete("Old").sources_updated == {ids[2]}
    store.sources.undelete(ids[2])
    assert _tags(store, ids[2]) == () and store.tags.names() == []


def test_delete_refuses_an_unknown_tag_and_changes_nothing(store: Store, ids: list[int]) -> None:
    store.tags.add(ids[:1], "Japan")
    with pytest.raises(ValueError, match="no tag “Korea”"):
        store.tags.delete("Korea")
    assert store.tags.carriers("Japan") == ids[:1]

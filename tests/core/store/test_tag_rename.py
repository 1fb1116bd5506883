"""Renaming a tag in the store: every source, those in the bin too, in one step."""

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


def test_rename_reaches_sources_in_the_bin(store: Store, ids: list[int]) -> None:
    store.tags.add(ids[:2], "Enrgie")
    store.sources.delete(ids[1])
    changes = store.tags.rename("Enrgie", "Energie")
    assert changes.tags and changes.sources_updated == {ids[0], ids[1]}
    assert store.tags.names() == ["Energie"]
    store.sources.undelete(ids[1])  # restored from the bin under the new name, not the old
    assert _tags(store, ids[1]) == ("Energie",)
    assert set(store.sources.ids(tag="Energie")) == set(ids[:2])


def test_rename_into_an_existing_tag_merges_under_its_spelling(store: Store, ids: list[int]) -> None:
    store.tags.add(ids[:2], "japan ")
    store.tags.add(ids[1:3], "Nippon")
    store.sources.delete(ids[2])
    store.tags.rename("Nippon", "JAPAN")
    assert store.tags.names() == ["japan"]
    store.sources.undelete(ids[2])
    assert set(store.sources.ids(tag="japan")) == set(ids[:3])
    assert store.tags.carriers("Japan") == sorted(ids[:3])


def test_a_change_of_case_renames_even_when_a_binned_source_carries_it(store: Store, ids: list[int]) -> None:
    store.tags.add(ids[:2], "japan")
    store.sources.delete(ids[0])
    store.tags.rename("japan", "Japan")
    assert store.tags.names() == ["Japan"]
    store.sources.undelete(ids[0])
    assert _tags(store, ids[0]) == ("Japan",)


def test_an_unknown_tag_or_an_empty_name_is_refused(store: Store, ids: list[int]) -> None:
    store.tags.add(ids[:1], "Japan")
    with pytest.raises(ValueError, match="no tag"):
        store.tags.rename("Korea", "Japan")
    with pytest.raises(ValueError):
        store.tags.rename("Japan", "  ")
    assert store.tags.names() == ["Japan"]


def test_carriers_counts_binned_sources_and_ignores_case(store: Store, ids: list[int]) -> None:
    store.tags.add(ids[:2], "Japan")
    store.sources.delete(ids[0])
    assert store.tags.carriers("JAPAN") == sorted(ids[:2])
    assert store.tags.carriers("Korea") == []


def test_saved_searches_of_the_tag_follow_a_rename(store: Store, ids: list[int]) -> None:
    from reader.core.store import SavedSearch

    store.tags.add(ids[:1], "Enrgie")
    store.tags.add(ids[1:2], "Energie")
    kept, _ = store.saved_searches.add(SavedSearch(0, "Energie ungelesen", "", tag="enrgie", unread_only=True))
    other, _ = store.saved_searches.add(SavedSearch(0, "Alles", "Japan"))
    changes = store.tags.rename("Enrgie", "ENERGIE")  # a merge: the existing spelling stays
    assert changes.saved_searches
    assert store.saved_searches.get(kept.id).tag == "Energie" and store.saved_searches.get(kept.id).unread_only
    assert store.saved_searches.get(other.id) == other

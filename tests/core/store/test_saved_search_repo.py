"""Saved searches in the store: names unique in any case, rename, delete and undo (restore)."""

from __future__ import annotations

import pytest

from reader.core.store import DuplicateSavedSearchError, SavedSearch, Store


def test_add_find_and_list_by_name(store: Store) -> None:
    japan, changes = store.saved_searches.add(SavedSearch(0, "  Japan   unread ", "Japan", tag="Asia", unread_only=True))
    store.saved_searches.add(SavedSearch(0, "brexit", "Brexit -Johnson", lang="en"))
    assert changes.saved_searches and not changes.tags
    assert japan == SavedSearch(japan.id, "Japan unread", "Japan", "Asia", None, None, None, True)
    assert store.saved_searches.find("japan UNREAD") == japan
    assert store.saved_searches.find("nothing") is None
    assert [s.name for s in store.saved_searches.all()] == ["brexit", "Japan unread"]


def test_a_name_is_taken_in_any_case(store: Store) -> None:
    first, _ = store.saved_searches.add(SavedSearch(0, "Japan", "Japan"))
    other, _ = store.saved_searches.add(SavedSearch(0, "China", "China"))
    with pytest.raises(DuplicateSavedSearchError):
        store.saved_searches.add(SavedSearch(0, "JAPAN", "x"))
    with pytest.raises(DuplicateSavedSearchError):
        store.saved_searches.rename(other.id, "japan")
    with pytest.raises(ValueError):
        store.saved_searches.add(SavedSearch(0, "   ", "x"))
    store.saved_searches.rename(first.id, "JAPAN")  # its own name in another case is fine
    assert store.saved_searches.get(first.id).name == "JAPAN"


def test_delete_then_restore_brings_back_the_same_search(store: Store) -> None:
    saved, _ = store.saved_searches.add(SavedSearch(0, "Chips", "Halbleiter OR Chips", outlet="Handelsblatt"))
    store.saved_searches.delete(saved.id)
    assert store.saved_searches.all() == []
    store.saved_searches.restore(saved)
    assert store.saved_searches.all() == [saved]


def test_replace_edits_a_search_in_place_and_back(store: Store) -> None:
    """A search edited in the window keeps its id and place; the old one comes back the same way."""
    old, _ = store.saved_searches.add(SavedSearch(0, "Asia", "Japan OR", tag="Asia"))
    other, _ = store.saved_searches.add(SavedSearch(0, "China", "China"))
    new = SavedSearch(old.id, "Asia", "Japan OR Korea", outlet="Handelsblatt", unread_only=True)
    assert store.saved_searches.replace(new).saved_searches
    assert store.saved_searches.all() == [new, other]
    with pytest.raises(DuplicateSavedSearchError):
        store.saved_searches.replace(SavedSearch(old.id, "china", "x"))
    store.saved_searches.replace(old)
    assert store.saved_searches.all() == [old, other]

"""A briefing's and a saved search's name is the same in any case beyond A–Z too, and in either
form of an umlaut, as a tag's is: SQLite's NOCASE folds only ASCII, so "Öl-Markt" and
"öl-markt" were two briefings, and `briefing show öl-markt` found neither."""

from __future__ import annotations

import unicodedata

import pytest

from reader.core.store import SavedSearch, Store
from reader.core.store.saved_searches import DuplicateSavedSearchError


def _search(name: str) -> SavedSearch:
    return SavedSearch(0, name, "Japan", None, None, None, None, False, None, None)


def test_a_briefing_is_found_and_taken_in_any_case_and_form(store: Store) -> None:
    made, _ = store.briefings.create("Öl-Markt")
    for typed in ("öl-markt", "ÖL-MARKT", unicodedata.normalize("NFD", "öl-Markt"), " Öl-Markt "):
        found = store.briefings.find(typed)
        assert found is not None and found.id == made.id, typed
        with pytest.raises(ValueError, match="already exists"):
            store.briefings.create(typed)
    other, _ = store.briefings.create(unicodedata.normalize("NFD", "Übersicht"))
    assert other.name == "Übersicht"  # stored as typed on a keyboard (NFC)
    with pytest.raises(ValueError, match="already exists"):
        store.briefings.rename(other.id, "öl-markt")


def test_a_saved_search_is_found_and_taken_in_any_case_and_form(store: Store) -> None:
    saved, _ = store.saved_searches.add(_search("Ökonomie"))
    for typed in ("ökonomie", "ÖKONOMIE", unicodedata.normalize("NFD", "Ökonomie")):
        found = store.saved_searches.find(typed)
        assert found is not None and found.id == saved.id, typed
        with pytest.raises(DuplicateSavedSearchError, match="“Ökonomie”"):
            store.saved_searches.add(_search(typed))
    assert [s.name for s in store.saved_searches.all()] == ["Ökonomie"]


def test_two_alike_from_an_old_library_are_both_named_and_neither_takes_the_other(store: Store) -> None:
    """A library made before names matched beyond A–Z holds "Öl-Markt" and "öl-markt": `named`
    gives both, by id (the CLI names them rather than take the first), and renaming one into a
    form of the name is refused for the other's sake (it was let through, for `find` gave the
    briefing being renamed); into a name of its own it goes."""
    first, _ = store.briefings.create("Öl-Markt")
    store.saved_searches.add(_search("Ökonomie"))
    stamp = first.created_at
    store.db.execute("INSERT INTO briefings (name, created_at, updated_at) VALUES ('öl-markt', ?, ?)", (stamp, stamp))
    store.db.execute("INSERT INTO saved_searches (name, query, created_at) VALUES ('ökonomie', 'Japan', ?)", (stamp,))
    assert [b.name for b in store.briefings.named("ÖL-MARKT")] == ["Öl-Markt", "öl-markt"]
    assert [s.name for s in store.saved_searches.named("ÖKONOMIE")] == ["Ökonomie", "ökonomie"]
    with pytest.raises(ValueError, match="already exists"):
        store.briefings.rename(first.id, "ÖL-MARKT")
    with pytest.raises(DuplicateSavedSearchError, match="“ökonomie”"):
        store.saved_searches.rename(1, "ÖKONOMIE")
    store.briefings.rename(first.id, "Öl-Markt 2024")
    assert [b.name for b in store.briefings.named("öl-markt")] == ["öl-markt"]

"""The library list's simple search: any text the user types is safe to search for."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import importer, search
from reader.core.store import Store
from reader.paths import bundled_seeds_dir


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = Path(tmp_path_factory.mktemp("search")) / "library.sqlite"
    opened = Store.open(path)
    importer.import_paths(opened, [bundled_seeds_dir()], workers=1)
    return opened


def test_finds_articles_and_keeps_display_order(store: Store) -> None:
    found = search.source_ids(store, "Kishid")
    assert found and found == [i for i in store.sources.ids("published") if i in set(found)]
    assert search.source_ids(store, "") == store.sources.ids()


def test_tag_and_search_combine(store: Store) -> None:
    everything = search.source_ids(store, "Japan")
    store.tags.add(everything[:1], "Client X")
    assert search.source_ids(store, "Japan", tag="Client X") == everything[:1]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_a_valid_search(store: Store, text: str) -> None:
    try:
        assert isinstance(search.source_ids(store, text, "title"), list)
    except search.InvalidSearch as exc:  # e.g. "in:x": a short message, nothing else
        assert str(exc).startswith("invalid search: ")

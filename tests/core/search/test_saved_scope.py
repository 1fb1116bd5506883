"""What a saved search finds on the seeds; expected ids come from reading the seed files
(grep: "Kishida" is in 002 and 003, "Takaichi" in 001 and 004; 002 is Handelsblatt's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import importer, search
from reader.core.store import SavedSearch, Store


@pytest.fixture
def by_file(store: Store, seeds_dir: Path) -> dict[str, int]:
    importer.import_paths(store, [seeds_dir])
    return {s.file_name[:3]: s.id for s in store.sources.list()}


def found(store: Store, **fields: object) -> set[int]:
    return set(search.saved_source_ids(store, SavedSearch(0, "x", **fields)))  # type: ignore[arg-type]


def test_query_tag_and_filters_narrow_together(store: Store, by_file: dict[str, int]) -> None:
    assert found(store, query="Kishida") == {by_file["002"], by_file["003"]}
    assert found(store, query="Takaichi") == {by_file["001"], by_file["004"]}
    assert found(store, query="Kishida", outlet="Handelsblatt") == {by_file["002"]}
    store.tags.add([by_file["003"], by_file["004"]], "Asia")
    assert found(store, query="Kishida", tag="asia") == {by_file["003"]}
    assert found(store, tag="Asia") == {by_file["003"], by_file["004"]}
    store.sources.mark_opened(by_file["004"])
    assert found(store, tag="Asia", unread_only=True) == {by_file["003"]}
    assert found(store, query="Kishida", lang="en") == set()  # the seeds are German


def test_a_query_that_does_not_parse_is_refused(store: Store, by_file: dict[str, int]) -> None:
    with pytest.raises(search.InvalidSearch):
        search.saved_source_ids(store, SavedSearch(0, "bad", "in:nowhere"))

"""`search(within=…)`: the matches of those sources alone, found in the SQL, so the limit counts
only them. The live search passes the sources the library's filter bar lets through; it filtered
the best 101 matches afterwards, and matches below them were lost (with Unread only, none left
when the best were all read). Each source's best hit comes first with `limit=1` however far
down the whole list it is: ranked words, a prefix as typed, a phrase, filters alone (`in:`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import importer, search
from reader.core.store import Store
from reader.paths import bundled_seeds_dir


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    opened = Store.open(Path(tmp_path_factory.mktemp("within")) / "library.sqlite")
    importer.import_paths(opened, [bundled_seeds_dir()], workers=1)
    opened.tags.add(opened.sources.ids()[:2], "Japan")
    return opened


@pytest.mark.parametrize("query", ["der", "Japan OR Regierung", "Regier*", '"in der"', "in:articles", "tag:Japan"])
def test_each_source_s_best_hit_is_found_with_a_limit_of_one(store: Store, query: str) -> None:
    every = search.search(store, query, limit=1000)
    sources = list(dict.fromkeys(r.source_id for r in every))
    assert len(sources) >= 2  # a source found below another's hit
    for source_id in sources:
        best = next(r for r in every if r.source_id == source_id)
        found = search.search(store, query, limit=1, within={source_id})
        assert [(r.source_id, r.where, r.ref_id) for r in found] == [(best.source_id, best.where, best.ref_id)]


def test_no_source_within_finds_nothing(store: Store) -> None:
    assert search.search(store, "der", within=set()) == []
    assert search.search(store, "der", within={max(store.sources.ids()) + 1}) == []

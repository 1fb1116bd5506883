"""`release`: sources placed by hand go back to automatic grouping, which puts them where it had
them, so a join or split of grouped sources can be undone from a terminal without leaving them
"placed by hand" for good (grouping never touched them again after `story split`'s undo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import importer
from reader.core.changes import Changes
from reader.core.store import Store
from reader.core.stories import RULES_VERSION, detach, join, release


@pytest.fixture
def seeded(store: Store, seeds_dir: Path) -> dict[str, int]:
    results = importer.import_paths(store, [seeds_dir], workers=1)
    return {Path(r.path).name[:3]: r.source_id for r in results if r.source_id}


def _rows(store: Store, seeded: dict[str, int]) -> dict[int, object]:
    return store.stories.memberships(sorted(seeded.values()))


def test_a_join_released_is_as_grouping_left_it(store: Store, seeded: dict[str, int]) -> None:
    grouped = _rows(store, seeded)
    join(store, [seeded["000"], seeded["002"]])
    assert _rows(store, seeded) != grouped
    assert release(store, sorted(seeded.values())) == Changes(stories=True)
    assert _rows(store, seeded) == grouped  # same story number, no mark "by hand", 002 in none


def test_a_split_released_is_as_grouping_left_it(store: Store, seeded: dict[str, int]) -> None:
    grouped = _rows(store, seeded)
    detach(store, [seeded["004"]])
    release(store, [seeded[k] for k in ("000", "001", "004")])
    assert _rows(store, seeded) == grouped


def test_only_sources_placed_by_hand_are_touched(store: Store, seeded: dict[str, int]) -> None:
    grouped = _rows(store, seeded)
    assert release(store, [seeded["000"], seeded["003"]]) == Changes()
    assert _rows(store, seeded) == grouped


def test_a_story_the_user_still_holds_is_not_shared(store: Store, seeded: dict[str, int]) -> None:
    """Released out of a story whose other members stay placed by hand, a source does not keep
    that story's number: grouping would have put its own finds into the user's story."""
    join(store, [seeded["000"], seeded["002"]])
    (story_id,) = store.stories.stories()
    release(store, [seeded["000"], seeded["001"]])  # two Tokyo reports grouping puts together
    mine, theirs = {seeded[k] for k in ("002", "004")}, {seeded[k] for k in ("000", "001")}
    assert {frozenset(m) for m in store.stories.stories().values()} == {frozenset(mine), frozenset(theirs)}
    assert set(store.stories.stories()[story_id]) == mine
    assert all(row == (story_id, True) for row in store.stories.memberships(mine).values())


def test_a_release_leaves_the_whole_regroup_to_the_next_import(store: Store, seeded: dict[str, int]) -> None:
    # A library grouped by older rules is regrouped whole on its next import; a release, under
    # its write lock, groups only its sources' days, so a window's import does not wait on it.
    grouped = _rows(store, seeded)
    join(store, [seeded["000"], seeded["002"]])
    store.stories.set_rules_version(RULES_VERSION - 1)
    release(store, sorted(seeded.values()))
    assert _rows(store, seeded) == grouped
    assert store.stories.rules_version() == RULES_VERSION - 1

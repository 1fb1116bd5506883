"""Splitting and joining stories by hand: undoable, and respected by automatic grouping."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import importer
from reader.core.changes import Changes
from reader.core.store import Store
from reader.core.stories import detach, join, regroup, restore, story_view


@pytest.fixture
def seeded(store: Store, seeds_dir: Path) -> dict[str, int]:
    results = importer.import_paths(store, [seeds_dir], workers=1)
    return {Path(r.path).name[:3]: r.source_id for r in results if r.source_id}


def test_taking_a_source_out_holds_through_regrouping_and_undoes(store: Store, seeded: dict[str, int]) -> None:
    tokyo = sorted(seeded[k] for k in ("000", "001", "004"))
    (story_id,) = store.stories.stories()
    changes, before = detach(store, [seeded["000"]])
    assert changes == Changes(stories=True)  # membership, not metadata: no source to reload
    assert set(store.stories.stories()[story_id]) == set(tokyo[1:])
    regroup(store)
    assert seeded["000"] not in store.stories.story_of()
    assert set(store.stories.stories()[story_id]) == {seeded["001"], seeded["004"]}
    restore(store, before)
    assert set(store.stories.stories()[story_id]) == set(tokyo)


def test_splitting_a_pair_leaves_no_story(store: Store, seeded: dict[str, int]) -> None:
    detach(store, [seeded["000"]])
    detach(store, [seeded["001"]])
    assert store.stories.stories() == {}
    assert store.stories.story_of() == {}


def test_joining_sources_makes_one_story_that_regrouping_keeps(store: Store, seeded: dict[str, int]) -> None:
    (story_id,) = store.stories.stories()
    _changes, before = join(store, [seeded["002"], seeded["000"]])
    assert store.stories.story_of([seeded["002"]]) == {seeded["002"]: story_id}
    regroup(store)
    assert set(store.stories.stories()[story_id]) == {seeded[k] for k in ("000", "001", "002", "004")}
    restore(store, before)
    assert seeded["002"] not in store.stories.story_of()
    _changes, _ = join(store, [seeded["002"], seeded["003"]])
    assert len(store.stories.stories()) == 2


def test_a_story_needs_two_live_members(store: Store, seeded: dict[str, int]) -> None:
    detach(store, [seeded["004"]])
    store.sources.delete(seeded["000"])
    assert store.stories.stories() == {}
    store.sources.undelete(seeded["000"])
    assert len(store.stories.stories()) == 1


def test_purging_a_source_drops_its_story_rows(store: Store, seeded: dict[str, int]) -> None:
    store.sources.delete(seeded["000"])
    assert len(store.bin.purge()[0]) == 1
    counts = store.db.execute(
        "SELECT (SELECT count(*) FROM story_members WHERE source_id = :id),"
        " (SELECT count(*) FROM story_profiles WHERE source_id = :id)",
        {"id": seeded["000"]},
    ).fetchone()
    assert counts == (0, 0)
    assert store.check() == []


def test_story_view_lists_members_oldest_first_with_what_only_each_has(
    store: Store, seeded: dict[str, int]
) -> None:
    (story_id,) = store.stories.stories()
    view = story_view(store, story_id)
    assert view is not None
    assert [m.source_id for m in view.members][:2] == [seeded["000"], seeded["001"]]
    by_id = {m.source_id: m for m in view.members}
    # Only 004 tells of the 250 cherry trees; 001 alone of the Apec meeting with Xi.
    assert any("250 Kirschbäumen" in s for s in by_id[seeded["004"]].added)
    assert not any("Kirschbäumen" in s for s in by_id[seeded["001"]].added)
    assert any("Xi Jinping" in s for s in by_id[seeded["001"]].added)
    assert story_view(store, story_id + 99) is None


def test_a_split_made_while_grouping_computes_is_kept(
    store: Store, seeded: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The window splits a story while a terminal's import regroups the library: grouping read
    # the source as its own, but writes after the user did, and must leave the split alone.
    from reader.core.stories import manage

    real_group = manage.group

    def group_while_the_user_splits(*args: object, **kwargs: object) -> list[list[int]]:
        groups = real_group(*args, **kwargs)  # type: ignore[arg-type]
        detach(store, [seeded["000"]])
        return groups

    monkeypatch.setattr(manage, "group", group_while_the_user_splits)
    regroup(store)
    assert store.stories.memberships([seeded["000"]]) == {seeded["000"]: (None, True)}
    assert sorted(*store.stories.stories().values()) == sorted(seeded[k] for k in ("001", "004"))


def test_undoing_a_join_after_an_import_made_a_story_keeps_them_apart(store: Store) -> None:
    # A join empties the newest story; an import then forms a story of its own. The join's
    # undo puts the emptied story's members back under their number, which must not be the
    # import's new story's.
    data = Path(__file__).resolve().parents[2] / "data"
    importer.import_paths(store, sorted((data / "stories").glob("*.txt")), workers=1)
    stories = store.stories.stories()
    newest, other = max(stories), min(stories)
    _changes, before = join(store, [stories[other][0], stories[newest][0]])
    results = importer.import_paths(store, sorted((data / "stories_real").glob("*.txt")), workers=1)
    new = {r.source_id for r in results if r.source_id}
    restore(store, before)
    for members in store.stories.stories().values():
        assert not (new & set(members)) or set(members) <= new, members
    assert set(store.stories.stories()[newest]) == set(stories[newest])

"""Briefings in the store: items stay in a contiguous order through every change."""

from __future__ import annotations

import export_library
import pytest

from reader.core.briefing_model import ItemKind
from reader.core.changes import Changes
from reader.core.store import Store


@pytest.fixture
def setup(store: Store) -> tuple[Store, dict[int, int], int]:
    ids = export_library.build(store)
    briefing, changes = store.briefings.create("  Q4   memo ")
    assert briefing.name == "Q4 memo" and changes == Changes(briefings=frozenset({briefing.id}))
    return store, ids, briefing.id


def kinds(store: Store, b: int) -> list[str]:
    items = store.briefings.items(b)
    assert [i.position for i in items] == list(range(len(items)))
    return [i.text or f"h{i.highlight_id}" for i in items]


def test_add_move_remove_and_undo(setup: tuple[Store, dict[int, int], int]) -> None:
    store, ids, b = setup
    store.briefings.add_heading(b, "Intro")
    store.briefings.add_highlights(b, [ids[0], ids[1]])
    store.briefings.add_text(b, "Between", position=2)
    assert kinds(store, b) == ["Intro", f"h{ids[0]}", "Between", f"h{ids[1]}"]
    last = store.briefings.items(b)[3]
    assert store.briefings.move_item(last.id, 0).briefings == {b}
    assert kinds(store, b) == [f"h{ids[1]}", "Intro", f"h{ids[0]}", "Between"]
    store.briefings.move_item(last.id, 99)
    assert kinds(store, b) == ["Intro", f"h{ids[0]}", "Between", f"h{ids[1]}"]
    removed = store.briefings.items(b)[1]
    store.briefings.remove_item(removed.id)
    assert kinds(store, b) == ["Intro", "Between", f"h{ids[1]}"]
    store.briefings.insert_item(removed)
    assert kinds(store, b) == ["Intro", f"h{ids[0]}", "Between", f"h{ids[1]}"]
    heading = store.briefings.items(b)[0]
    store.briefings.update_item_text(heading.id, "Introduction")
    assert store.briefings.item(heading.id).text == "Introduction"  # type: ignore[union-attr]


def test_names_are_unique_and_briefings_restore(setup: tuple[Store, dict[int, int], int]) -> None:
    store, ids, b = setup
    with pytest.raises(ValueError, match="already exists"):
        store.briefings.create("q4 MEMO")
    with pytest.raises(ValueError):
        store.briefings.create("   ")
    store.briefings.add_highlights(b, [ids[2]])
    snapshot = store.briefings.snapshot(b)
    store.briefings.delete(b)
    assert store.briefings.get(b) is None and store.briefings.all() == []
    store.briefings.restore(snapshot)
    assert store.briefings.snapshot(b) == snapshot
    store.briefings.rename(b, "Final")
    assert store.briefings.find("final").id == b  # type: ignore[union-attr]


def test_bad_items_are_refused(setup: tuple[Store, dict[int, int], int]) -> None:
    store, ids, b = setup
    with pytest.raises(KeyError):
        store.briefings.add_highlights(b, [9999])
    assert store.briefings.items(b) == []  # nothing half-added
    with pytest.raises(ValueError):
        store.briefings.add_heading(b, " \n ")
    (item,), _ = store.briefings.add_highlights(b, [ids[0]])
    assert item.kind is ItemKind.HIGHLIGHT
    with pytest.raises(ValueError):
        store.briefings.update_item_text(item.id, "x")


def test_purged_source_takes_its_items_along(setup: tuple[Store, dict[int, int], int]) -> None:
    store, ids, b = setup
    store.briefings.add_highlights(b, [ids[2]])  # from source 2
    store.sources.delete(2)
    store.bin.purge()
    assert store.briefings.items(b) == []

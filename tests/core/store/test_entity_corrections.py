"""The user's corrections to the entity index, in a real library of the seeds: "Not a name",
another kind, one entry merged into another; each kept when the index is built again (new
rules, or every row anew with new ids), each taken back exactly, none written to a library
opened read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core import importer
from reader.core.entities import RULES_VERSION, EntityKind, EntitySummary
from reader.core.store import Store


@pytest.fixture
def indexed(store: Store, seeds_dir: Path) -> Store:
    importer.import_paths(store, [seeds_dir], workers=1)
    store.entities.refresh()
    return store


def _named(store: Store, name: str, **listing: object) -> EntitySummary | None:
    return next((e for e in store.entities.list(**listing) if e.name == name), None)  # type: ignore[arg-type]


def _reindex_with_new_rules(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a release with new rules does: every source is read again."""
    from reader.core.store import entity_repo

    bumped = entity_repo._LIVE_MISSING.replace(f":{RULES_VERSION}'", f":{RULES_VERSION + 1}'")
    monkeypatch.setattr(entity_repo, "_LIVE_MISSING", bumped)
    assert store.entities.refresh() == 5


def _rebuild(store: Store) -> None:
    """The index built from nothing, every row with a new id (as after sources imported anew)."""
    with store.write():
        store.db.execute("DELETE FROM entity_indexed")
        store.db.execute("DELETE FROM entities")
        store.db.execute("INSERT INTO entities (id, kind, key, name) VALUES (5000, 'org', 'spacer', 'x')")
    assert store.entities.refresh() == 5  # new rows come after the highest id: 5001 on


def test_not_a_name_leaves_every_listing_and_comes_back(indexed: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = indexed
    nikkei = _named(store, "Nikkei")
    assert nikkei is not None and nikkei.kind is EntityKind.ORG
    edit = store.entities.corrections.hide([nikkei.id])
    assert _named(store, "Nikkei") is not None  # planned, not written
    assert store.entities.corrections.put(edit.after).entities
    assert _named(store, "Nikkei") is None and _named(store, "Nikkei", kind=EntityKind.ORG) is None
    assert store.entities.find("Nikkei") == []
    assert "Nikkei" not in store.entities.whos_who(store.sources.ids())
    hidden = _named(store, "Nikkei", with_hidden=True)
    assert hidden is not None and hidden.hidden and hidden.sources == 1
    assert not _named(store, "Toyota", with_hidden=True).hidden  # type: ignore[union-attr]
    _reindex_with_new_rules(store, monkeypatch)
    assert _named(store, "Nikkei") is None
    before = {e.name: e.id for e in store.entities.list()}
    _rebuild(store)
    assert {e.name: e.id for e in store.entities.list()}.keys() == before.keys()
    assert not set(before.values()) & {e.id for e in store.entities.list()}  # every id is new
    assert _named(store, "Nikkei") is None
    # Restore (the "Show hidden" list's way back) and undo both bring it back
    again = _named(store, "Nikkei", with_hidden=True)
    assert again is not None
    restore = store.entities.corrections.restore([again.id])
    store.entities.corrections.put(restore.after)
    assert _named(store, "Nikkei") is not None
    store.entities.corrections.put(restore.before)
    assert _named(store, "Nikkei") is None
    store.entities.corrections.put(edit.before)
    back = _named(store, "Nikkei")
    assert back is not None and (back.kind, back.sources, back.mentions) == (nikkei.kind, nikkei.sources, nikkei.mentions)
    assert store.db.execute("SELECT count(*) FROM entity_corrections").fetchone()[0] == 0


def test_another_kind_is_kept_and_back_to_the_rules_kind_keeps_nothing(indexed: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The rules read the seed's "Japan Tech Bridge" (founded by the US Navy) as an organisation;
    # a user who takes it for the bridge it is named like makes it a place.
    store = indexed
    bridge = _named(store, "Japan Tech Bridge", kind=EntityKind.ORG)
    assert bridge is not None and "Japan Tech Bridge" in store.entities.whos_who(store.sources.ids())
    edit = store.entities.corrections.change_kind([bridge.id], EntityKind.PLACE)
    store.entities.corrections.put(edit.after)
    place = _named(store, "Japan Tech Bridge", kind=EntityKind.PLACE)
    assert place is not None and (place.sources, place.mentions) == (bridge.sources, bridge.mentions)
    assert _named(store, "Japan Tech Bridge", kind=EntityKind.ORG) is None
    assert store.entities.find("Japan Tech Bridge")[0].kind is EntityKind.PLACE
    _reindex_with_new_rules(store, monkeypatch)
    _rebuild(store)
    place = _named(store, "Japan Tech Bridge", kind=EntityKind.PLACE)
    # kept through both; a place, it leaves the who's who, which lists people and organisations
    assert place is not None and "Japan Tech Bridge" not in store.entities.whos_who(store.sources.ids())
    back = store.entities.corrections.change_kind([place.id], EntityKind.ORG)
    store.entities.corrections.put(back.after)
    assert _named(store, "Japan Tech Bridge", kind=EntityKind.ORG) is not None
    assert store.db.execute("SELECT count(*) FROM entity_corrections").fetchone()[0] == 0
    store.entities.corrections.put(back.before)  # undo of that: a place again
    assert _named(store, "Japan Tech Bridge", kind=EntityKind.PLACE) is not None
    store.entities.corrections.put(edit.before)
    assert _named(store, "Japan Tech Bridge", kind=EntityKind.ORG) is not None


def test_merged_entry_counts_for_its_target(indexed: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = indexed
    us, washington = _named(store, "Vereinigte Staaten"), _named(store, "Washington")
    assert us is not None and washington is not None
    us_sources, washington_sources = store.entities.source_ids(us.id), store.entities.source_ids(washington.id)
    us_mentions = {(m.source_id, m.start) for m in store.entities.mentions(us.id)}
    washington_mentions = {(m.source_id, m.start) for m in store.entities.mentions(washington.id)}
    edit = store.entities.corrections.merge([washington.id], us.id)
    store.entities.corrections.put(edit.after)

    def merged() -> EntitySummary:
        assert _named(store, "Washington") is None
        now = _named(store, "Vereinigte Staaten")
        assert now is not None
        union = sorted(set(us_sources) | set(washington_sources))
        assert (now.sources, now.mentions) == (len(union), us.mentions + washington.mentions)
        assert store.entities.source_ids(now.id) == union
        assert {(m.source_id, m.start) for m in store.entities.mentions(now.id)} == us_mentions | washington_mentions
        assert [e.name for e in store.entities.find("Washington")] == ["Vereinigte Staaten"]  # a variant
        assert "washington" in store.entities.names(now.id)
        assert store.entities.corrections.variants(now.id)[0][1] == "Washington"
        return now

    merged()
    _reindex_with_new_rules(store, monkeypatch)
    merged()
    _rebuild(store)
    now = merged()
    (variant_id, _name), = store.entities.corrections.variants(now.id)
    split = store.entities.corrections.split(variant_id)  # taken apart later, by hand
    store.entities.corrections.put(split.after)
    assert _named(store, "Washington") is not None
    store.entities.corrections.put(split.before)
    merged()
    store.entities.corrections.put(edit.before)  # the merge's undo
    assert (_named(store, "Vereinigte Staaten"), _named(store, "Washington")) == (
        store.entities.get(_named(store, "Vereinigte Staaten").id),  # type: ignore[union-attr]
        store.entities.get(_named(store, "Washington").id),  # type: ignore[union-attr]
    )
    assert _named(store, "Washington").sources == washington.sources  # type: ignore[union-attr]


def test_merging_a_merged_entry_takes_its_names_along(indexed: Store) -> None:
    store = indexed
    corrections = store.entities.corrections
    names = ("Sumitomo", "Marubeni", "Mitsui & Co.")
    sumitomo, marubeni, mitsui = (_named(store, n) for n in names)
    assert sumitomo and marubeni and mitsui
    first = corrections.merge([sumitomo.id], marubeni.id)
    corrections.put(first.after)
    second = corrections.merge([marubeni.id], mitsui.id)
    corrections.put(second.after)
    top = _named(store, "Mitsui & Co.")
    assert top is not None and top.mentions == 3 and _named(store, "Marubeni") is None
    assert sorted(n for _i, n in corrections.variants(top.id)) == ["Marubeni", "Sumitomo"]
    corrections.put(second.before)
    assert _named(store, "Marubeni").mentions == 2 and _named(store, "Sumitomo") is None  # type: ignore[union-attr]
    # several at once, and an organisation made a person joins the people
    both = corrections.hide([_named(store, "Marubeni").id, mitsui.id])  # type: ignore[union-attr]
    corrections.put(both.after)
    assert not {"Marubeni", "Sumitomo", "Mitsui & Co."} & {e.name for e in store.entities.list()}
    corrections.put(both.before)
    tesla = _named(store, "Tesla")
    assert tesla is not None
    corrections.put(corrections.change_kind([tesla.id], EntityKind.PERSON).after)
    assert "Tesla" in {e.name for e in store.entities.list(EntityKind.PERSON)}
    assert "Tesla" not in {e.name for e in store.entities.list(EntityKind.ORG)}


def test_a_read_only_library_is_not_written(indexed: Store, tmp_path: Path) -> None:
    path = indexed.path
    assert path is not None
    nikkei = _named(indexed, "Nikkei")
    assert nikkei is not None
    indexed.close()
    with Store.open(path, read_only=True) as reading:
        edit = reading.entities.corrections.hide([nikkei.id])
        assert edit  # planned from what it reads
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reading.entities.corrections.put(edit.after)
        assert _named(reading, "Nikkei") is not None
    with Store.open(path) as again:
        assert again.db.execute("SELECT count(*) FROM entity_corrections").fetchone()[0] == 0

"""A saved search narrowed to the sources naming an entity keeps it; saved searches from
before entities could be kept read as before. Expected ids come from grepping the seed files:
"Takaichi" is in 001 and 004, "Trump" in 001, 002 and 004, "Kishida" in 002 and 003."""

from __future__ import annotations

from pathlib import Path

import pytest
from old_schema import today_columns

from reader.core import importer, search
from reader.core.store import SavedSearch, Store, schema


@pytest.fixture
def by_file(store: Store, seeds_dir: Path) -> dict[str, int]:
    importer.import_paths(store, [seeds_dir])
    store.entities.refresh()
    return {s.file_name[:3]: s.id for s in store.sources.list()}


def _entity(store: Store, name: str) -> int:
    (found,) = [e for e in store.entities.find(name) if e.name == name]
    return found.id


def test_the_entity_narrows_what_a_saved_search_finds(store: Store, by_file: dict[str, int]) -> None:
    trump = _entity(store, "Donald Trump")
    saved, _ = store.saved_searches.add(SavedSearch(0, "Trump", entity_id=trump, entity_name="Donald Trump"))
    assert store.saved_searches.get(saved.id) == saved  # kept, id and name
    assert set(search.saved_source_ids(store, saved)) == {by_file["001"], by_file["002"], by_file["004"]}
    with_query = SavedSearch(0, "x", "Kishida", entity_id=trump, entity_name="Donald Trump")
    assert search.saved_source_ids(store, with_query) == [by_file["002"]]
    with_outlet = SavedSearch(0, "x", "Kishida", outlet="Handelsblatt", entity_id=trump, entity_name="Donald Trump")
    assert search.saved_source_ids(store, with_outlet) == [by_file["002"]]
    takaichi = SavedSearch(0, "x", "Kishida", entity_id=_entity(store, "Sanae Takaichi"), entity_name="Sanae Takaichi")
    assert search.saved_source_ids(store, takaichi) == []  # no seed names both


def test_an_entity_id_given_to_another_entity_is_not_followed(store: Store, by_file: dict[str, int]) -> None:
    """The index drops an entity no source names any more; its id may come back on another."""
    takaichi = _entity(store, "Sanae Takaichi")
    moved = SavedSearch(0, "x", entity_id=_entity(store, "Fumio Kishida"), entity_name="Sanae Takaichi")
    assert search.saved_entity_id(store, moved) == takaichi
    assert set(search.saved_source_ids(store, moved)) == {by_file["001"], by_file["004"]}
    gone = SavedSearch(0, "x", entity_id=takaichi, entity_name="Shinzo Abe")
    assert search.saved_entity_id(store, gone) == search.NO_ENTITY
    assert search.saved_source_ids(store, gone) == []  # nothing, rather than every source
    assert search.saved_entity_id(store, SavedSearch(0, "x", "Kishida")) is None


def test_a_saved_search_from_before_entities_reads_as_before(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [m.name for m in schema.MIGRATIONS]
    before = schema.MIGRATIONS[: names.index("add_saved_search_entity")]
    db_path = tmp_path / "old.sqlite"
    with monkeypatch.context() as old:
        old.setattr(schema, "MIGRATIONS", before)
        old.setattr(schema, "SCHEMA_VERSION", len(before))
        with Store.open(db_path) as store, today_columns(store):
            importer.import_paths(store, [seeds_dir])
            store.db.execute(
                "INSERT INTO saved_searches (name, query, outlet, created_at) VALUES (?, ?, ?, ?)",
                ("Kishida HB", "Kishida", "Handelsblatt", "2026-01-01T00:00:00Z"),
            )
            store.db.conn.commit()
    with Store.open(db_path) as store:
        (saved,) = store.saved_searches.all()
        assert (saved.name, saved.query, saved.outlet) == ("Kishida HB", "Kishida", "Handelsblatt")
        assert saved.entity_id is None and saved.entity_name is None
        assert [store.sources.get(i).file_name[:3] for i in search.saved_source_ids(store, saved)] == ["002"]

"""The news agency a story comes from: stored on import, updated with a newer version, put
back by undo, edited like the other metadata, and kept through the upgrade of an older library.

The pages are hand-written wire stories ("Hamburg (dpa/lno) – …"); the expected agencies are
read off the pages, not taken from the importer.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from old_schema import today_columns

from reader.core.importer import import_paths
from reader.core.ingest.prepare import prepare_file
from reader.core.models import ImportStatus
from reader.core.store import SCHEMA_VERSION, Store, schema

PAGES = Path(__file__).resolve().parents[2] / "data" / "agency"
FIRST = PAGES / "hafen_v1.txt"  # "Hamburg (dpa/lno) – …", 28.10.2025
NEWER = PAGES / "hafen_v2.txt"  # the same story a day later, now "Hamburg (Reuters) – …"


def _only(store: Store) -> int:
    (source_id,) = store.sources.ids()
    return source_id


def test_import_stores_the_agency_beside_the_outlet(store: Store) -> None:
    (result,) = import_paths(store, [FIRST], workers=1)
    assert result.status is ImportStatus.IMPORTED
    source = store.sources.get(_only(store))
    assert source is not None
    assert (source.site_name, source.agency) == ("DER SPIEGEL", "dpa/lno")
    assert source.metadata_json()["agency"] == "dpa/lno"
    (summary,) = store.sources.list()
    assert summary.agency == "dpa/lno"


def test_a_newer_version_brings_its_agency_and_undo_puts_the_old_one_back(store: Store) -> None:
    import_paths(store, [FIRST], workers=1)
    (result,) = import_paths(store, [NEWER], workers=1, update=True)
    assert result.status is ImportStatus.UPDATED
    source_id = _only(store)
    assert store.sources.get(source_id).agency == "Reuters"  # type: ignore[union-attr]
    store.revisions.undo_update(source_id)
    assert store.sources.get(source_id).agency == "dpa/lno"  # type: ignore[union-attr]


def test_agency_is_edited_like_the_outlet(store: Store) -> None:
    source_id, _ = store.sources.add(prepare_file(FIRST))
    changes = store.sources.update_metadata(source_id, agency="AFP")
    assert changes.sources_updated == {source_id}
    assert store.sources.get(source_id).agency == "AFP"  # type: ignore[union-attr]
    store.sources.update_metadata(source_id, agency=None)
    assert store.sources.get(source_id).agency is None  # type: ignore[union-attr]


def test_a_library_from_before_the_agency_upgrades_and_takes_agencies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made at the schema before the agency column: its source opens without an agency, an
    update brings one, and undoing the update leaves it without one again."""
    before = next(n for n, m in enumerate(schema.MIGRATIONS) if m.name == "add_source_agency")
    db_path = tmp_path / "library.sqlite"
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:before])
        patch.setattr(schema, "SCHEMA_VERSION", before)
        with Store.open(db_path) as old, today_columns(old):
            old.sources.add(prepare_file(FIRST))
    columns = [r[1] for r in sqlite3.connect(db_path).execute("PRAGMA table_info(sources)")]
    assert "agency" not in columns
    with Store.open(db_path) as store:
        assert store.check() == []
        source_id = _only(store)
        assert store.sources.get(source_id).agency is None  # type: ignore[union-attr]
        (result,) = import_paths(store, [NEWER], workers=1, update=True)
        assert result.status is ImportStatus.UPDATED
        assert store.sources.get(source_id).agency == "Reuters"  # type: ignore[union-attr]
        store.revisions.undo_update(source_id)
        assert store.sources.get(source_id).agency is None  # type: ignore[union-attr]
    version = sqlite3.connect(db_path).execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION

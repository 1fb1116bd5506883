"""Schema versions: fresh creation, the upgrade path with its backup, failure, too-new refusal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from old_schema import today_columns

from reader.core import search
from reader.core.ingest.prepare import prepare_file
from reader.core.store import SCHEMA_VERSION, Store, StoreTooNewError, schema, search_index


def _version(db_path: Path) -> int:
    return sqlite3.connect(db_path).execute("PRAGMA user_version").fetchone()[0]


def test_fresh_library_is_at_current_version_without_backup(tmp_path: Path) -> None:
    Store.open(tmp_path / "library.sqlite").close()
    assert _version(tmp_path / "library.sqlite") == SCHEMA_VERSION
    assert list(tmp_path.glob("*.backup.sqlite")) == []


def _add_column(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE sources ADD COLUMN reading_minutes INTEGER")


def _broken(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE sources ADD COLUMN half_done INTEGER")
    raise RuntimeError("migration bug")


def test_upgrade_backs_up_then_migrates_keeping_data(
    tmp_path: Path, seed_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "library.sqlite"
    with Store.open(db_path) as store:
        store.sources.add(prepare_file(seed_files[0]))
    newer = (*schema.MIGRATIONS, schema.Migration("add_reading_minutes", _add_column))
    monkeypatch.setattr(schema, "MIGRATIONS", newer)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(newer))
    with Store.open(db_path) as store:
        assert store.sources.count() == 1
        assert "reading_minutes" in store.db["sources"].columns_dict
    assert _version(db_path) == len(newer)
    (backup,) = tmp_path.glob(f"library.v{SCHEMA_VERSION}-*.backup.sqlite")
    assert _version(backup) == SCHEMA_VERSION
    assert sqlite3.connect(backup).execute("SELECT count(*) FROM sources").fetchone()[0] == 1
    # One self-contained file: reading it (above) left no `-wal` or `-shm` beside it.
    assert sorted(p.name for p in tmp_path.glob(f"{backup.name}*")) == [backup.name]


def test_failed_migration_rolls_back_and_keeps_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "library.sqlite"
    Store.open(db_path).close()
    newer = (*schema.MIGRATIONS, schema.Migration("broken", _broken))
    monkeypatch.setattr(schema, "MIGRATIONS", newer)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(newer))
    with pytest.raises(RuntimeError, match="migration bug"):
        Store.open(db_path)
    assert _version(db_path) == SCHEMA_VERSION
    columns = [row[1] for row in sqlite3.connect(db_path).execute("PRAGMA table_info(sources)")]
    assert "half_done" not in columns


def test_library_from_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    db_path = tmp_path / "library.sqlite"
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreTooNewError, match="newer version of Briefing Reader"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_every_released_schema_upgrades_to_the_current_one(
    tmp_path: Path, seed_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A library made by each older release opens, keeps its data and reaches the newest schema."""
    released = schema.MIGRATIONS
    # The schema version that introduced today's index layout.
    index_layout = next(n for n, m in enumerate(released, 1) if m.name == "create_compact_index")
    for version in range(1, SCHEMA_VERSION):
        db_path = tmp_path / f"v{version}.sqlite"
        with monkeypatch.context() as patch:
            patch.setattr(schema, "MIGRATIONS", released[:version])
            patch.setattr(schema, "SCHEMA_VERSION", version)
            # Today's index code writes today's index layout; a release before it wrote its
            # own, which the upgrade replaces by rebuilding from the library anyway.
            if version < index_layout:
                patch.setattr(search_index, "index_article", lambda *args: None)
            with Store.open(db_path) as old, today_columns(old):
                old.sources.add(prepare_file(seed_files[0]))
        assert _version(db_path) == version
        with Store.open(db_path) as upgraded:
            assert upgraded.sources.count() == 1
            assert upgraded.check() == []
            assert search.search(upgraded, "Lieferkette", limit=1)
        assert _version(db_path) == SCHEMA_VERSION
        assert len(list(tmp_path.glob(f"v{version}.v{version}-*.backup.sqlite"))) == 1

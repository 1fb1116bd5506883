"""An I/O error while the library is checked at open is the disk's, not the file's.

Found on a full 9 MB tmpfs: SQLite could not set up the WAL library's shared memory, the
check read "disk I/O error" as damage, and `briefing` told the user to restore a backup —
over a sound library, losing every change since that backup.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest

from reader.cli import main
from reader.core.ingest import prepare_file
from reader.core.store import LibraryDamagedError, Store
from reader.core.store import damage as damage_module


def _io_error(_conn: sqlite3.Connection) -> str | None:
    raise sqlite3.OperationalError("disk I/O error")


def test_an_io_error_at_open_is_no_damage(
    tmp_path: Path, seed_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "library.sqlite"
    with Store.open(db) as store:
        store.sources.add(prepare_file(seed_files[0]))
    monkeypatch.setattr(damage_module, "_content_problem", _io_error)
    with pytest.raises(sqlite3.OperationalError, match="disk I/O error") as raised:
        Store.open(db)
    assert not isinstance(raised.value, LibraryDamagedError)


def test_the_command_says_the_disk_is_full_not_restore_a_backup(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(tmp_path / "lib")]
    assert main([*base, "import", str(seeds_dir / "000_d259bef84eb4a67d.txt")]) == 0
    capsys.readouterr()
    monkeypatch.setattr(damage_module, "_content_problem", _io_error)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: SimpleNamespace(total=10**9, used=10**9, free=0))
    assert main([*base, "list"]) == 2
    err = capsys.readouterr().err
    assert "cannot be used (disk I/O error: its disk is full); nothing was changed" in err
    assert "restore" not in err.lower()

"""A library left by a killed window, in a folder we may not write, opens with what was committed.

A window that is killed leaves `library.sqlite-wal` (committed work not yet copied into the file)
and usually `library.sqlite-shm` beside the library. Opened read-only from a folder that may not
be written (a share, a copy from someone else, a backup medium), SQLite could not read such a
WAL without writing its `-shm`, and the "immutable" reading that worked around that ignored the
WAL: the library opened showing the work of a past session, not the last one.

Tests run as root in CI, and root ignores file permissions: the reading runs in a child process
without the capabilities that override them (as `tests/cli/test_cli_safety.py` does).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.store import Store
from reader.core.store.saved_searches import SavedSearch
from tests.unprivileged import as_unprivileged

_READ = """
import json, sqlite3, sys
from reader.core.store import Store
from reader.core.store.saved_searches import SavedSearch
with Store.open(sys.argv[1]) as store:
    names = sorted(s.name for s in store.saved_searches.all())
    try:
        store.saved_searches.add(SavedSearch(0, "Neu", "Neu"))
        refused = False
    except sqlite3.OperationalError:
        refused = True
    print(json.dumps({"read_only": store.read_only, "names": names, "refused": refused}))
"""


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("with_shm", [True, False], ids=["shm-left-too", "wal-only"])
def test_read_only_folder_with_a_leftover_wal_shows_what_was_committed(
    tmp_path: Path, with_shm: bool
) -> None:
    live = tmp_path / "live" / "library.sqlite"
    store = Store.open(live)
    try:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file holds the schema...
        for name in ("Japan", "Halbleiter"):  # ... and only the WAL these, as after a kill
            store.saved_searches.add(SavedSearch(0, name, name))
        wal = live.with_name("library.sqlite-wal")
        assert wal.stat().st_size > 0
        folder = tmp_path / "shared"
        folder.mkdir()
        names = ["library.sqlite", "library.sqlite-wal"] + (
            ["library.sqlite-shm"] if with_shm else []
        )
        for name in names:
            shutil.copyfile(live.with_name(name), folder / name)
    finally:
        store.close()
    with sqlite3.connect(f"file:{folder / 'library.sqlite'}?immutable=1", uri=True) as alone:
        committed = alone.execute("SELECT count(*) FROM saved_searches").fetchone()
    assert committed == (0,)  # the file alone lacks them: they are in the WAL only
    before = _fingerprint(folder)
    for path in folder.iterdir():
        path.chmod(0o444)
    folder.chmod(0o555)
    try:
        command = [*as_unprivileged(), sys.executable, "-c", _READ, str(folder / "library.sqlite")]
        done = subprocess.run(
            command, capture_output=True, text=True, check=False, cwd=Path(__file__).parents[3]
        )
    finally:
        folder.chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "read_only": True,
        "names": ["Halbleiter", "Japan"],
        "refused": True,
    }
    assert _fingerprint(folder) == before  # nothing written, nothing added beside the library

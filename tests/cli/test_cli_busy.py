"""A library another program holds a write transaction on past the busy timeout (the window
in the middle of a long write): the command says who is in the way, changes nothing, exit 2.
It said "cannot be used (database is locked)", which reads like damage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.store import connection


def test_a_library_busy_with_another_writer_says_so(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "lib"
    assert main(["--data-dir", str(data), "import", str(seeds_dir / "000_d259bef84eb4a67d.txt")]) == 0
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)
    other = sqlite3.connect(data / "library.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE sources SET title = title")
    capsys.readouterr()
    try:
        code = main(["--data-dir", str(data), "tag", "add", "1", "Japan"])
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "another program is writing to it" in err and "nothing was changed" in err
    assert main(["--data-dir", str(data), "tag", "add", "1", "Japan"]) == 0  # once it is done

"""A library another program holds a write transaction on past the busy timeout (the window
in the middle of a long write): the command says who is in the way, changes nothing, exit 2.
It said "cannot be used (database is locked)", which reads like damage. And a library that
is gone while its backups are there is not made anew, empty, without a word."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.store import connection
from tests.held_library import fail_one_then_hold


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


def test_a_missing_library_with_backups_is_not_made_anew(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gone (deleted, moved by a sync client) while its backups are there: a new, empty library
    made in its place said nothing, and its daily backups would push the good ones out."""
    data = tmp_path / "lib"
    base = ["--data-dir", str(data)]
    assert main([*base, "import", str(seeds_dir / "000_d259bef84eb4a67d.txt")]) == 0
    assert main([*base, "backup"]) == 0
    for name in ("library.sqlite", "library.sqlite-wal", "library.sqlite-shm"):
        (data / name).unlink(missing_ok=True)
    capsys.readouterr()

    for command in (["list"], ["import", str(seeds_dir / "001_9d8a34aa4b2d5fcf.txt")]):
        assert main([*base, *command]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"briefing: the library {data / 'library.sqlite'} is missing, but ")
        assert "`briefing restore --newest`" in err and not (data / "library.sqlite").exists()

    assert main([*base, "restore", "--newest"]) == 0
    capsys.readouterr()
    assert main([*base, "list"]) == 0 and capsys.readouterr().out.split()[0] == "1"


def test_an_import_another_writer_stops_says_who_is_in_the_way(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another program starts a long write part-way through an import: the last line said
    "could not be written (database is locked)", which reads like damage, and so did the line
    of every file not stored: who is in the way is said once, on the last line."""
    from reader.cli import import_commands
    from reader.core import importer

    data = tmp_path / "lib"
    holder: list[sqlite3.Connection] = []

    class Bar(import_commands.ProgressBar):
        def __call__(self, done: int, total: int) -> None:
            if done == 2 and not holder:  # two files stored: the window starts a long write
                holder.append(sqlite3.connect(data / "library.sqlite", isolation_level=None))
                holder[0].execute("BEGIN IMMEDIATE")

    monkeypatch.setattr(import_commands, "ProgressBar", Bar)
    monkeypatch.setattr(importer, "BATCH_FILES", 1)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)
    try:
        code = main(["--data-dir", str(data), "import", str(seeds_dir), "--workers", "1"])
    finally:
        holder[0].execute("ROLLBACK")
        holder[0].close()
    out, err = capsys.readouterr()
    assert code == 2 and [line.split()[0] for line in out.splitlines()] == ["imported"] * 2 + ["error"] * 3
    # Each file left out says so in words; SQLite's "(database is locked)" ended each such line.
    assert all(line.endswith(": not stored: the import stopped before it") for line in out.splitlines()[2:])
    assert err.splitlines()[-1] == (
        f"briefing: the import stopped: the library {data / 'library.sqlite'} could not be written (another "
        "program is writing to it and did not finish in time — the window, or another `briefing`; try again); "
        "what was stored before that is in it (2 files), the rest was not imported")


def test_files_another_writer_keeps_out_of_a_batch_stored_again_say_so_in_words(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One file fails, so its batch is stored again file by file — while another program holds
    the library: each of those files' lines read "could not be stored (database is locked)".
    They say they were not stored and to import them again; who was in the way, once, last."""
    data = tmp_path / "lib"
    failing = seeds_dir / "002_db65749ea1f8a11e.txt"
    fail_one_then_hold(monkeypatch, str(failing), data / "library.sqlite")
    code = main(["--data-dir", str(data), "import", str(seeds_dir), "--workers", "1"])
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert code == 1 and [line.split()[0] for line in lines] == ["error"] * 3 + ["imported"] * 2
    assert "locked" not in out
    assert all(line.endswith(": not stored: the library could not be written at the time; import it again")
               for line in lines[:3])  # fmt: skip
    assert err.splitlines()[-1] == (
        f"2 imported, 0 duplicate, 3 failed; 3 files not stored: the library {data / 'library.sqlite'} could not "
        "be written (another program is writing to it and did not finish in time — the window, or another "
        "`briefing`; try again)")

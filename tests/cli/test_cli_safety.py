"""The `briefing` command keeps the library safe: damage refused with exit status 2 and nothing
written, backups made, listed and restored, read-only libraries in one line, `search -China`.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.processes import running
from tests.unprivileged import as_unprivileged

if TYPE_CHECKING:
    from tests.cli.conftest import Run, UsageError


@pytest.fixture
def library(tmp_path: Path, seeds_dir: Path, run: Run) -> Path:
    data = tmp_path / "lib"
    assert run("--data-dir", str(data), "import", str(seeds_dir))[0] == 0
    assert run("--data-dir", str(data), "note", "set", "1", "--text", "Meine Notiz")[0] == 0
    return data


def _zero_second_page(db: Path, page: int = 2) -> bytes:
    data = bytearray(db.read_bytes())
    data[4096 * (page - 1) : 4096 * page] = bytes(4096)
    db.write_bytes(bytes(data))
    return bytes(data)


# Page 4 zeroed: SQLite's check reads "*** in database main ***\nPage 4: btreeInitPage() returns
# error code 11", and the one line the command promises was two.
@pytest.mark.parametrize("page", [2, 4])
def test_damaged_library_is_refused_for_every_command_and_left_as_found(
    library: Path, run: Run, page: int
) -> None:
    run("--data-dir", str(library), "backup")  # the import's own backup holds nothing
    db = library / "library.sqlite"
    damaged = _zero_second_page(db, page)
    for argv in (["list"], ["note", "set", "1", "--text", "überschrieben"], ["check"],
                 ["import", str(db.parent / "config")], ["search", "Japan"]):  # fmt: skip
        code, out, err = run("--data-dir", str(library), *argv)
        assert code == 2, argv
        assert err.count("\n") == 1 and "is damaged" in err and "briefing restore" in err
        assert "Traceback" not in err and out == ""
    assert db.read_bytes() == damaged


def test_backup_list_and_restore_bring_back_the_note(
    library: Path, tmp_path: Path, run: Run
) -> None:
    code, out, _ = run("--data-dir", str(library), "backup")
    assert code == 0 and "5 sources, 0 highlights, 1 note  " in out  # not "1 notes"
    own = tmp_path / "mine.sqlite"
    code, out, _ = run("--data-dir", str(library), "backup", str(own))
    assert code == 0 and own.is_file()
    assert run("--data-dir", str(library), "backup", str(own))[0] == 1  # never overwrites

    code, out, _ = run("--data-dir", str(library), "backups")
    assert code == 0 and out.count("5 sources") == 1 and "library-" in out

    _zero_second_page(library / "library.sqlite")
    code, out, err = run("--data-dir", str(library), "restore", "--newest")
    assert code == 0, err
    assert "5 sources, 0 highlights, 1 note\n" in out and "kept as" in out

    with sqlite3.connect(library / "library.sqlite") as conn:
        assert conn.execute("SELECT body FROM notes WHERE source_id = 1").fetchone() == ("Meine Notiz",)
    code, out, _ = run("--data-dir", str(library), "backups")
    assert "library before a restore" in out


def test_restore_refuses_a_damaged_backup_and_keeps_the_library(
    library: Path, tmp_path: Path, run: Run
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(5000))
    before = (library / "library.sqlite").read_bytes()
    code, _, err = run("--data-dir", str(library), "restore", str(bad))
    assert code == 1 and "not restored" in err
    assert (library / "library.sqlite").read_bytes() == before
    for name, content, what in (
        ("notes.txt", b"Notizen zu Japan\n", ""),
        ("empty.sqlite", b"", ": the file is empty"),
        ("other.sqlite", None, " (a database of another program)"),
    ):  # SQLite's "(file is not a database)" and "(no such table: sources)" said it
        file = tmp_path / name
        if content is None:
            with sqlite3.connect(file) as conn:
                conn.execute("CREATE TABLE contacts (name TEXT)")
        else:
            file.write_bytes(content)
        code, out, err = run("--data-dir", str(library), "restore", str(file))
        assert (code, out, err) == (1, "", f"briefing: not restored: {file} is not a Briefing Reader backup{what}; "
                                           "the library was not changed\n")  # fmt: skip
        assert (library / "library.sqlite").read_bytes() == before
    code, _, err = run("--data-dir", str(library), "restore", str(tmp_path))  # "no such backup"
    assert (code, err) == (1, f"briefing: {tmp_path} is a folder; name a backup file (see `briefing backups`)\n")
    assert (library / "library.sqlite").read_bytes() == before


def test_restore_refuses_while_the_window_has_the_library_open(
    library: Path, run: Run
) -> None:
    run("--data-dir", str(library), "backup")
    # A QLockFile names the holder's process id on its first line; our parent is alive.
    (library / "library.lock").write_text(f"{os.getppid()}\nbriefing-reader\nhost\n")
    code, _, err = run("--data-dir", str(library), "restore", "--newest")
    assert code == 1 and "the window has this library open" in err
    (library / "library.lock").write_text("999999999\nbriefing-reader\nhost\n")  # a crashed window
    assert run("--data-dir", str(library), "restore", "--newest")[0] == 0


@pytest.mark.parametrize(
    ("argv", "query_has"),
    [
        (["search", "-China"], "-China"),
        (["search", "Japan", "-China", "--limit", "3"], "Japan -China"),
        (["search", "--json", "-outlet:Archiv", "Japan"], "-outlet:Archiv Japan"),  # a tag must exist
    ],
)
def test_search_takes_words_that_start_with_a_dash(
    library: Path, argv: list[str], query_has: str, run: Run
) -> None:
    code, out, err = run("--data-dir", str(library), *argv)
    assert code == 0, err
    assert "unrecognized arguments" not in err and "expected one argument" not in err


def test_search_minus_word_leaves_out_what_contains_it(
    library: Path, run: Run
) -> None:
    _, everything, _ = run("--data-dir", str(library), "search", "Japan", "--json")
    _, without, _ = run("--data-dir", str(library), "search", "Japan", "-China", "--json")
    assert 0 < without.count('"source_id"') < everything.count('"source_id"')


@pytest.mark.parametrize("folder_too", [False, True])
def test_read_only_library_reads_and_refuses_import_in_one_line(
    library: Path, tmp_path: Path, folder_too: bool
) -> None:
    db = library / "library.sqlite"
    new = tmp_path / "neu.txt"
    new.write_text("Ein neuer Artikel über Halbleiter und Zölle in Europa, ganz frisch.\n", encoding="utf-8")
    db.chmod(0o444)
    if folder_too:
        library.chmod(0o555)
    command = [*as_unprivileged(), sys.executable, "-m", "reader.cli", "--data-dir", str(library)]
    try:
        listed = subprocess.run([*command, "list"], capture_output=True, text=True, check=False)
        imported = subprocess.run([*command, "import", str(new)], capture_output=True, text=True, check=False)
    finally:
        library.chmod(0o755)
        db.chmod(0o644)
    assert listed.returncode == 0 and listed.stdout.count("\n") == 5, listed.stderr
    assert imported.returncode == 2
    assert imported.stderr.strip().count("\n") == 0 and "read-only" in imported.stderr
    assert "Traceback" not in imported.stderr


def _descendants(pid: int) -> set[int]:
    """Processes below `pid` (Linux /proc): the import's forkserver and its parsing workers."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_parsing_workers_exit_when_the_import_is_killed(tmp_path: Path, seeds_dir: Path) -> None:
    folder = tmp_path / "viele"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    for number in range(3000):
        (folder / f"{number:05}.txt").write_text(f"{texts[number % 5]}\nFassung {number}\n", encoding="utf-8")
    command = [sys.executable, "-m", "reader.cli", "--data-dir", str(tmp_path / "lib"), "import",
               str(folder), "--workers", "2"]  # fmt: skip
    importing = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while len(workers) < 2 and importing.poll() is None and time.monotonic() < deadline:
        workers = _descendants(importing.pid)  # two workers the command line forked itself
        time.sleep(0.02)
    assert len(workers) >= 2, "the import ended before its workers were seen"
    importing.kill()
    importing.wait()
    deadline = time.monotonic() + 20
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if running(pid)]


@pytest.mark.parametrize("name", ["\x01\x02", "\x1b", "\u200b\u200e", " \t "])
def test_a_tag_of_only_control_or_invisible_characters_is_refused(
    library: Path, name: str, usage_error: UsageError
) -> None:
    said = usage_error("--data-dir", str(library), "tag", "add", "1", name)  # a usage slip, as `--tag ""` is
    assert said.endswith("argument TAG: an empty name names nothing (is a shell variable unset?)")
    with sqlite3.connect(library / "library.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM tags").fetchone() == (0,)


def test_control_characters_inside_a_tag_become_spaces(library: Path, run: Run) -> None:
    assert run("--data-dir", str(library), "tag", "add", "1", "Client\x07X")[0] == 0
    with sqlite3.connect(library / "library.sqlite") as conn:
        assert conn.execute("SELECT name FROM tags").fetchall() == [("Client X",)]


@pytest.mark.parametrize("title", ["\x01\x02\x03", "\u200b\u2060", "\x00 \x7f"])
def test_a_title_of_only_control_characters_is_refused(title: str) -> None:
    from reader.core.user_metadata import MetadataError, clean_metadata

    with pytest.raises(MetadataError, match="a source needs a title"):
        clean_metadata({"title": title})
    assert clean_metadata({"title": "Zölle\x00 auf Chips"})["title"] == "Zölle auf Chips"


def test_import_makes_todays_backup_once(library: Path, seeds_dir: Path, run: Run) -> None:
    from reader.core.store import list_backups

    made = list_backups(library / "library.sqlite")
    assert len(made) == 1 and made[0].taken.date() == date.today()  # by the fixture's import
    run("--data-dir", str(library), "import", str(seeds_dir))
    assert list_backups(library / "library.sqlite") == made


def test_a_damaged_library_without_backups_is_not_sent_to_restore_one(
    library: Path, run: Run
) -> None:
    """With nothing to restore, "Restore a backup: `briefing backups`" led to "No backups yet
    … Make one with `briefing backup`", which a damaged library refuses."""
    for backup in (library / "backups").iterdir():
        backup.unlink()
    db = library / "library.sqlite"
    damaged = _zero_second_page(db)
    code, out, err = run("--data-dir", str(library), "list")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "is damaged" in err and "no backup of it to restore" in err
    assert "briefing restore" not in err and "read-only" in err
    assert db.read_bytes() == damaged

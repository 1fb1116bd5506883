"""The `briefing` command, run as a user would: import, list, show, inspect, check."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader.core.store import SCHEMA_VERSION

if TYPE_CHECKING:
    from tests.cli.conftest import Run

INSPECT_KEYS = [
    "title", "title_derived", "teaser", "byline", "published", "site_name", "lang", "body",
    "boilerplate", "url", "agency",
]  # fmt: skip


def test_import_list_show(tmp_path: Path, seeds_dir: Path, run: Run) -> None:
    data = str(tmp_path / "lib")
    code, out, err = run("--data-dir", data, "import", str(seeds_dir), "--tag", "Japan")
    assert code == 0
    assert out.count("imported ") == 5
    assert "5 imported, 0 duplicate, 0 failed" in err

    code, out, _ = run("--data-dir", data, "list", "--json")
    listed = json.loads(out)
    assert len(listed) == 5 and all(item["tags"] == ["Japan"] for item in listed)
    assert all(item["unread"] for item in listed)

    code, out, err = run("--data-dir", data, "list", "--tag", "nope")
    assert code == 1 and out == "" and "there is no tag “nope”" in err  # not a silent 0

    source_id = listed[0]["id"]
    code, out, _ = run("--data-dir", data, "show", str(source_id), "--json")
    shown = json.loads(out)
    assert shown["id"] == source_id and shown["body"] and shown["blocks"]
    code, _, err = run("--data-dir", data, "show", "9999")
    assert code == 1 and "no source #9999" in err


def test_import_reports_failures_and_duplicates(
    tmp_path: Path, seed_files: list[Path], run: Run
) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"%PDF-1.5 binary")
    again = tmp_path / "the same article.txt"  # the same words in another file (one file named twice is read once)
    again.write_bytes(seed_files[0].read_bytes())
    data = str(tmp_path / "lib")
    code, out, err = run("--data-dir", data, "import", str(seed_files[0]), str(broken), str(again))
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("imported")
    assert lines[1] == f"error        {broken}: not a text file (PDF document)"
    assert lines[2].startswith(f"duplicate    {again}: already in the library as #1 “")
    assert "1 imported, 1 duplicate, 1 failed" in err


def test_inspect_json_shape_is_stable(seed_files: list[Path], run: Run) -> None:
    code, out, _ = run("inspect", *map(str, seed_files), "--json")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(seed_files)
    for line in lines:
        assert list(json.loads(line)) == INSPECT_KEYS


def test_inspect_does_not_create_a_library(
    tmp_path: Path, seed_files: list[Path], run: Run
) -> None:
    run("--data-dir", str(tmp_path / "lib"), "inspect", str(seed_files[0]))
    assert not (tmp_path / "lib").exists()


def test_check_and_rebuild_index(tmp_path: Path, seeds_dir: Path, run: Run) -> None:
    data = str(tmp_path / "lib")
    run("--data-dir", data, "import", str(seeds_dir))
    code, out, _ = run("--data-dir", data, "check", "--rebuild-index")
    assert code == 0
    assert "search index rebuilt: 5 entries" in out and "no problems found" in out


def test_too_new_library_is_refused_with_a_message(
    tmp_path: Path, run: Run
) -> None:
    data = tmp_path / "lib"
    data.mkdir()
    conn = sqlite3.connect(data / "library.sqlite")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    code, _, err = run("--data-dir", str(data), "list")
    assert code == 2
    assert "newer version of Briefing Reader" in err and "Traceback" not in err


def test_reader_home_environment_variable_moves_the_library(
    tmp_path: Path, seed_files: list[Path], monkeypatch: pytest.MonkeyPatch,
    run: Run,
) -> None:  # fmt: skip
    monkeypatch.setenv("READER_HOME", str(tmp_path / "elsewhere"))
    run("import", str(seed_files[0]))
    assert (tmp_path / "elsewhere" / "library.sqlite").exists()


def test_command_runs_as_a_program(tmp_path: Path, seed_files: list[Path]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reader.cli", "--data-dir", str(tmp_path), "import", str(seed_files[4])],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("imported")


def test_unusable_paths_and_files_get_a_message_not_a_traceback(
    tmp_path: Path, run: Run
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    code, _, err = run("--data-dir", str(blocked / "lib"), "list")
    assert code == 2 and err.startswith("briefing: cannot use") and "Traceback" not in err
    assert err.endswith(": a part of it is a file, not a folder\n")  # not "Not a directory"
    code, _, err = run("--data-dir", str(blocked), "list")
    assert code == 2 and err == f"briefing: cannot use {blocked}: it is a file, not a folder\n"  # not "File exists"
    data = tmp_path / "lib"
    data.mkdir()
    (data / "library.sqlite").write_bytes(b"this is not a database" * 100)
    code, _, err = run("--data-dir", str(data), "list")
    assert code == 2 and "library.sqlite cannot be used" in err and "Traceback" not in err
    code, _, err = run("--data-dir", str(tmp_path / "ok"), "note", "set", "1",
                       "--file", str(tmp_path / "missing.md"))  # fmt: skip
    assert code == 1 and "missing.md: file not found" in err  # the user's file, not the library

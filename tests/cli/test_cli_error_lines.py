"""Every error a command gives is one line on stderr that starts "briefing: ", with the exit
status the README's table gives it, and nothing on stdout: a script tells what went wrong
from whom by that prefix. "invalid search: …" (of `search`, and of a query given nothing) and
`export`'s "1 file not overwritten; use --force" lacked it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run

FAILED = [
    ["search", "title:"],
    ["search", "(Japan"],
    ["search", "   "],
    ["saved", "add", "X", "Japan OR"],
    ["show", "99"],
    ["show", "1", "--revision", "5"],
    ["tag", "remove", "1", "Nope"],
    ["highlight", "add", "1", "--quote", "kommt nicht vor"],
    ["highlight", "label", "1", "zzz"],
    ["highlight", "delete", "99"],
    ["note", "set", "99", "--text", "x"],
    ["note", "set", "1", "--file", "/no/such/note.md"],
    ["briefing", "show", "Nope"],
    ["story", "show", "story:99"],
    ["entities", "--id", "99999"],
    ["saved", "remove", "Nope"],
    ["restore", "/no/such/backup.sqlite"],
]


@pytest.mark.parametrize("argv", FAILED, ids=" ".join)
def test_an_error_is_one_prefixed_line_on_stderr(filled: list[str], run: Run, argv: list[str]) -> None:
    code, out, err = run(*filled, *argv)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith("briefing: "), err


def test_an_export_that_would_overwrite_an_edited_file_says_so_prefixed(
    filled: list[str], run: Run, tmp_path: Path
) -> None:
    target = tmp_path / "all.md"
    assert run(*filled, "export", "--all", "--single-file", str(target)).code == 0
    target.write_text("edited", encoding="utf-8")
    code, out, err = run(*filled, "export", "--all", "--single-file", str(target))
    conflict, said = err.splitlines()
    assert (code, out) == (1, "") and conflict.startswith(f"conflict     {target}: ")  # the file's own line
    assert said.startswith("briefing: 1 file not overwritten; use --force")


def test_exporting_an_empty_library_says_nothing_was_written(tmp_path: Path, run: Run) -> None:
    """`export --all` of a library without sources wrote nothing, made the folder, said nothing
    and exited 0; `--tag` and `--saved` finding nothing are errors that say so already."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    home = ["--data-dir", str(tmp_path / "lib")]
    assert run(*home, "import", str(empty)).code == 1  # the library is started, the file refused
    for single in ([], ["--single-file"]):
        code, out, err = run(*home, "export", "--all", *single, str(tmp_path / "out"))
        assert (code, out) == (1, "") and err.startswith("briefing: the library has no sources yet, so nothing was written")
        assert not (tmp_path / "out").exists()

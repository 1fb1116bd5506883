"""A folder named by `--data-dir` or READER_HOME that holds no library is said to hold none,
and nothing is created there; only `import` starts a new library. A mistyped `--data-dir`
given to `list` made an empty library and said "No sources.", as if the user's work were gone.
The platform's own data folder is where the library belongs: a new user's first `list` makes it
there and is told it is empty, as before."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run

READ_COMMANDS = [["list"], ["list", "--json"], ["search", "Japan"], ["show", "1"], ["entities"],
                 ["stories"], ["check"], ["backups"], ["backup"], ["saved"], ["briefing", "list"],
                 ["export", "--all", "OUT"], ["tag", "add", "1", "Japan"]]  # fmt: skip


@pytest.mark.parametrize("argv", READ_COMMANDS, ids=" ".join)
def test_a_mistyped_data_dir_is_named_and_left_uncreated(
    tmp_path: Path, run: Run, argv: list[str]
) -> None:
    typo = tmp_path / "Librray"
    argv = [str(tmp_path / "out") if word == "OUT" else word for word in argv]
    code, out, err = run("--data-dir", str(typo), *argv)
    assert code == 2 and out == ""
    assert f"there is no library in {typo} (named by --data-dir" in err and "nothing was created" in err
    assert not typo.exists() and not (tmp_path / "out").exists()


def test_reader_home_without_a_library_is_named_too(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READER_HOME", str(tmp_path / "usb"))
    code, _, err = run("list")
    assert code == 2
    assert "named by READER_HOME" in err
    assert not (tmp_path / "usb").exists()


def test_import_still_starts_a_library_there(
    tmp_path: Path, seed_files: list[Path], run: Run
) -> None:
    data = tmp_path / "new"
    assert run("--data-dir", str(data), "import", str(seed_files[0])).code == 0
    assert (data / "library.sqlite").is_file()
    code, out, _ = run("--data-dir", str(data), "list")
    assert code == 0
    assert out.count("\n") == 1


def test_a_new_users_first_list_is_told_the_library_is_empty(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("READER_HOME", raising=False)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    code, out, err = run("list")
    assert code == 0
    assert out == "" and "The library is empty: `briefing import FILE…`" in err
    assert (tmp_path / "xdg_data_home" / "briefing-reader" / "library.sqlite").is_file()

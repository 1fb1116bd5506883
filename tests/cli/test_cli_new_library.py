"""`briefing --data-dir DIR import …` starting a library: said on stderr, and only in a folder
that exists. A mistyped `--data-dir ~/Projekts/Japan` made both folders and a new library in
them, and the import's report read as if the files had gone into the library the user meant."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_a_new_library_is_said_once(tmp_path: Path, seed_files: list[Path], run: Run) -> None:
    lib = ["--data-dir", str(tmp_path / "Japan")]
    code, _, err = run(*lib, "import", str(seed_files[0]))
    assert code == 0
    assert err.splitlines()[0] == f"briefing: a new library was started: {tmp_path}/Japan/library.sqlite"
    code, _, err = run(*lib, "import", str(seed_files[1]))
    assert code == 0 and "new library" not in err


@pytest.mark.parametrize("by_env", [False, True])
def test_a_folder_in_one_not_there_is_refused(tmp_path: Path, seed_files: list[Path], run: Run,
                                              monkeypatch: pytest.MonkeyPatch, by_env: bool) -> None:  # fmt: skip
    wanted = tmp_path / "Projekts" / "Japan"
    if by_env:
        monkeypatch.setenv("READER_HOME", str(wanted))
    code, out, err = run(*([] if by_env else ["--data-dir", str(wanted)]), "import", str(seed_files[0]))
    assert (code, out) == (2, "")
    assert err == (f"briefing: there is no folder {tmp_path}/Projekts (on the way to {wanted}, named by "
                   f"{'READER_HOME' if by_env else '--data-dir'}), and nothing was created. Check the folder's "
                   "name; a new library's folder is made only in one that exists\n")
    assert list(tmp_path.iterdir()) == []


def test_restore_into_a_folder_not_there(tmp_path: Path, seed_files: list[Path], run: Run) -> None:
    """`--data-dir DIR restore FILE` with DIR not there said "FILE could not be copied (No such
    file or directory)", blaming the backup. A new folder in one that exists takes the library
    (a backup brought to a new place); a missing folder on the way is named, nothing made."""
    lib = ["--data-dir", str(tmp_path / "lib")]
    assert run(*lib, "import", str(seed_files[0]))[0] == 0
    backup = tmp_path / "mine.sqlite"
    assert run(*lib, "backup", str(backup))[0] == 0

    code, out, err = run("--data-dir", str(tmp_path / "Projekts" / "Japan"), "restore", str(backup))
    assert (code, out) == (2, "") and err.startswith(f"briefing: there is no folder {tmp_path}/Projekts (on the way")
    code, _, err = run("--data-dir", str(tmp_path / "new"), "restore", str(tmp_path / "nope.sqlite"))
    assert (code, err) == (1, f"briefing: not restored: {tmp_path}/nope.sqlite: no such backup\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib", "mine.sqlite"]  # no empty folder left

    code, out, _ = run("--data-dir", str(tmp_path / "new"), "restore", str(backup))
    assert code == 0 and out.startswith(f"restored {backup} (written ")
    assert len(run("--data-dir", str(tmp_path / "new"), "list")[1].splitlines()) == 1

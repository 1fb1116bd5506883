"""`briefing backup FILE` into a folder that is not there: refused with a line naming it, as a
mistyped `--data-dir` is, exit status 1 and nothing written. It made the mistyped folders and
wrote the backup into them, where the user would never look for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tests.unprivileged import as_unprivileged

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_a_mistyped_folder_is_named_and_not_made(tmp_path: Path, seed_files: list[Path], run: Run) -> None:
    lib = ["--data-dir", str(tmp_path / "lib")]
    assert run(*lib, "import", str(seed_files[0]))[0] == 0
    backups = sorted((tmp_path / "lib" / "backups").iterdir())
    (tmp_path / "safe").mkdir()

    code, out, err = run(*lib, "backup", str(tmp_path / "sfae" / "2026" / "lib.sqlite"))

    assert (code, out) == (1, "")
    assert err == (f"briefing: there is no folder {tmp_path}/sfae/2026 ({tmp_path}/sfae is not there), and "
                   "nothing was written. Check the folder's name; a backup FILE goes into a folder that exists\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib", "safe"]
    code, _, err = run(*lib, "backup", str(tmp_path / "safe" / "new" / "lib.sqlite"))
    assert code == 1 and err.startswith(f"briefing: there is no folder {tmp_path}/safe/new, and nothing")
    assert list((tmp_path / "safe").iterdir()) == []
    assert sorted((tmp_path / "lib" / "backups").iterdir()) == backups

    code, out, _ = run(*lib, "backup", str(tmp_path / "safe" / "lib.sqlite"))  # a folder that is there
    assert code == 0 and out.startswith("backed up and verified: ")
    assert [p.name for p in (tmp_path / "safe").iterdir()] == ["lib.sqlite"]


def test_a_folder_named_with_a_slash_is_a_folder_not_a_file_name(
    tmp_path: Path, seed_files: list[Path], run: Run
) -> None:
    """`backup safe/` with no folder "safe" wrote the backup as a file called "safe"."""
    lib = ["--data-dir", str(tmp_path / "lib")]
    assert run(*lib, "import", str(seed_files[0]))[0] == 0

    code, out, err = run(*lib, "backup", f"{tmp_path}/safe/")

    assert (code, out) == (1, "")
    assert err == (f"briefing: there is no folder {tmp_path}/safe, and nothing was written. Check the folder's "
                   "name; a backup FILE goes into a folder that exists\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib"]
    (tmp_path / "safe").mkdir()
    assert run(*lib, "backup", f"{tmp_path}/safe/").err.startswith(f"briefing: {tmp_path}/safe is a folder; name a new file")


def test_a_backups_folder_that_cannot_be_written_says_so_and_where_else(
    tmp_path: Path, seed_files: list[Path], run: Run
) -> None:
    """A library in a folder the user may not write (a colleague's share, read-only here):
    `briefing backup` said "(unable to open database file)", SQLite's words for something
    that is no database, and left the user without a copy. It says why, and how to make one
    elsewhere. Run as a user the folder's permissions apply to (not root's overrides)."""
    data = tmp_path / "lib"
    assert run("--data-dir", str(data), "import", str(seed_files[0]))[0] == 0
    backups = data / "backups"
    before = sorted(backups.iterdir())
    (tmp_path / "safe").mkdir()
    command = [*as_unprivileged(), sys.executable, "-m", "reader.cli", "--data-dir", str(data), "backup"]
    backups.chmod(0o555)
    try:
        refused = subprocess.run(command, capture_output=True, text=True, check=False)
        elsewhere = subprocess.run([*command, str(tmp_path / "safe" / "lib.sqlite")], capture_output=True,
                                   text=True, check=False)  # fmt: skip
    finally:
        backups.chmod(0o755)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr == (f"briefing: no backup made: the backup could not be written in {backups} (Permission "
                              "denied); `briefing backup FILE` writes one into a folder of your choice\n")  # fmt: skip
    assert sorted(backups.iterdir()) == before
    assert elsewhere.returncode == 0 and (tmp_path / "safe" / "lib.sqlite").is_file(), elsewhere.stderr

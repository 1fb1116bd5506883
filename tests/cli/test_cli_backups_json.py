"""`briefing backups --json`: every other listing had `--json`, and a script that wanted the
newest backup holding anything had to read sizes in MB and counts out of the lines."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The local clock a German user's is (UTC+1 in January), so local and UTC times differ."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_each_backup_is_an_object_in_the_order_of_the_lines(lib: list[str], run: Run, berlin: None) -> None:
    backups = Path(lib[1]) / "backups"
    (made,) = backups.iterdir()  # the new library's first backup, after its import
    assert run(*lib, "restore", str(made))[0] == 0  # sets the library aside: a second file
    broken = backups / "library-2020-01-01_090000.sqlite"  # taken at 09:00 on the user's clock
    broken.write_bytes(b"no library at all")
    code, out, err = run(*lib, "backups", "--json")
    assert (code, err) == (0, "")
    listed = {Path(b["path"]): b for b in json.loads(out)}
    lines = run(*lib, "backups").out.splitlines()  # the same backups, in the same order
    assert len(lines) == len(listed) and all(f"  {path}" in line for path, line in zip(listed, lines, strict=True))
    assert listed[made] == {"path": str(made), "taken": listed[made]["taken"], "size": made.stat().st_size,
                            "sources": 5, "highlights": 0, "notes": 0, "before_restore": False}  # fmt: skip
    assert listed[broken] == {"path": str(broken), "taken": "2020-01-01T08:00:00+00:00", "size": 17,
                              "sources": None, "highlights": None, "notes": None, "before_restore": False}  # fmt: skip
    (aside,) = set(listed) - {made, broken}
    assert aside.name.startswith("before-restore-") and listed[aside]["before_restore"] is True


def test_no_backups_is_an_empty_list(tmp_path: Path, run: Run, seed_files: list[Path]) -> None:
    """An empty list on stdout, nothing on stderr: the text's "No backups yet …" line is for a
    person, and a script reads `[]`."""
    lib = ["--data-dir", str(tmp_path / "lib")]
    assert run(*lib, "import", str(seed_files[0]))[0] == 0
    for made in (tmp_path / "lib" / "backups").iterdir():
        made.unlink()
    assert run(*lib, "backups", "--json") == (0, "[]\n", "")
    assert "No backups yet" in run(*lib, "backups").err

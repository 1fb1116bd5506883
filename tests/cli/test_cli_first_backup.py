"""`briefing import` into a new library: its first backup holds what was imported. It was made
just before the import, of the empty library, and stood as the day's backup."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.store import list_backups

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_the_first_backup_holds_the_first_import(tmp_path: Path, seeds_dir: Path, run: Run) -> None:
    lib = tmp_path / "lib"
    assert run("--data-dir", str(lib), "import", str(seeds_dir), "--workers", "1").code == 0
    made = list_backups(lib / "library.sqlite")
    assert len(made) == 1 and made[0].counts is not None and made[0].counts.sources == 5


def test_a_later_import_backs_up_the_library_as_it_was(tmp_path: Path, seeds_dir: Path, run: Run) -> None:
    """Before the import, as ever: the day's backup is the library before today's files came in."""
    lib = tmp_path / "lib"
    seeds = sorted(seeds_dir.glob("*.txt"))
    assert run("--data-dir", str(lib), "import", str(seeds[0])).code == 0
    for backup in list_backups(lib / "library.sqlite"):
        backup.path.unlink()  # as if it were yesterday's, rotated out
    assert run("--data-dir", str(lib), "import", *map(str, seeds[1:]), "--workers", "1").code == 0
    made = list_backups(lib / "library.sqlite")
    assert len(made) == 1 and made[0].counts is not None and made[0].counts.sources == 1


def test_an_import_that_stores_nothing_backs_up_nothing(tmp_path: Path, run: Run) -> None:
    lib = tmp_path / "lib"
    (tmp_path / "leer.txt").write_bytes(b"")
    assert run("--data-dir", str(lib), "import", str(tmp_path / "leer.txt")).code == 1
    assert list_backups(lib / "library.sqlite") == []

"""`briefing restore --newest` after an earlier restore: the library that restore set aside
(`before-restore-…`) is the newest file in the backups folder, and `--newest` restored it —
the very library the user had just replaced. It picks real backups only now; the set-aside
library stays listed as what it is and is restored by name."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import Run

QUOTE = "Zudem plant Microsoft"


def _highlights(run: Run, lib: list[str]) -> int:
    code, out, err = run(*lib, "highlight", "list", "3", "--json")
    assert code == 0, err
    return len(json.loads(out))


def _restored_once(run: Run, lib: list[str]) -> tuple[Path, Path]:
    """A backup of the five seeds, a highlight made after it, that backup restored by name:
    (the backup, the library set aside, which holds the highlight)."""
    code, out, err = run(*lib, "backup")
    assert code == 0, err
    made = Path(out.split()[-1])  # as if taken yesterday: within one second the names tie
    backup = made.rename(made.with_name(f"library-{datetime.now() - timedelta(days=1):%Y-%m-%d_%H%M%S}.sqlite"))
    assert run(*lib, "highlight", "add", "3", "--quote", QUOTE)[0] == 0
    code, out, err = run(*lib, "restore", str(backup))
    assert code == 0, err
    aside = Path(out.splitlines()[-1].split(" kept as ")[1])
    assert aside.name.startswith("before-restore-") and _highlights(run, lib) == 0
    return backup, aside


def test_newest_passes_over_the_library_a_restore_set_aside(lib: list[str], run: Run) -> None:
    backup, aside = _restored_once(run, lib)
    code, out, err = run(*lib, "restore", "--newest")
    assert code == 0, err
    assert f"restored {backup} (taken " in out
    assert "passed over the library set aside by the restore of " in out
    assert f"name it: `briefing restore {aside}`" in out
    assert _highlights(run, lib) == 0  # the backup's library, not the one set aside

    code, out, _ = run(*lib, "backups")  # still listed as what it is …
    assert f"{aside}  (library before a restore)" in out
    assert run(*lib, "restore", str(aside))[0] == 0  # … and restored by name
    assert _highlights(run, lib) == 1


def test_newest_refuses_when_only_set_aside_libraries_are_left(lib: list[str], run: Run) -> None:
    backup, aside = _restored_once(run, lib)
    for other in backup.parent.glob("library-*.sqlite"):
        other.unlink()
    library = Path(lib[1]) / "library.sqlite"
    before = library.read_bytes()
    code, out, err = run(*lib, "restore", "--newest")
    assert (code, out) == (1, "")
    assert f"briefing: no backup in {backup.parent}, only the library set aside by the restore of" in err
    assert f"`briefing restore {aside}`" in err
    assert library.read_bytes() == before
    library.unlink()  # gone: every command names the set-aside library, not "none can be read"
    code, _, err = run(*lib, "list")
    assert code == 2 and "none of them is a backup, only the library set aside" in err

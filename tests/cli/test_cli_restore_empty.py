"""`briefing restore --newest` never swaps a damaged library for an empty backup.

A new library's only backup could hold nothing (an earlier version took the day's backup before
the first import; one asked for of a library still empty does): `--newest` restored it over a
damaged library of five sources, which then read "No sources." Now it takes the newest backup holding anything, or refuses naming the backups, and
the damage message says which (or that none is worth restoring). Real files, real SQLite.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader.core.store import Store

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def _new_library(tmp_path: Path, run: Run) -> Path:
    """A brand-new library of five sources whose only backup, made while it was empty, holds
    nothing (the day's backup is then the one made: the import makes no other)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for n in range(1, 6):
        (articles / f"a{n}.txt").write_text(f"Bericht {n}\n\nText über Japan und Handel, Nummer {n}.\n")
    data = tmp_path / "lib"
    data.mkdir()
    Store.open(data / "library.sqlite").close()
    assert run("--data-dir", str(data), "backup")[0] == 0
    assert run("--data-dir", str(data), "import", str(articles))[0] == 0
    return data


def _damage(db: Path) -> bytes:
    damaged = b"not a library" + db.read_bytes()[13:]
    db.write_bytes(damaged)
    return damaged


def test_only_empty_backups_are_refused_with_their_names(tmp_path: Path, run: Run) -> None:
    data = _new_library(tmp_path, run)
    (backup,) = (data / "backups").iterdir()
    code, out, _ = run("--data-dir", str(data), "backups")
    assert code == 0 and "0 sources, 0 highlights, 0 notes (empty)" in out

    damaged = _damage(data / "library.sqlite")
    code, _, err = run("--data-dir", str(data), "list")
    assert code == 2 and "hold nothing" in err and "--newest" not in err and "read-only" in err

    code, out, err = run("--data-dir", str(data), "restore", "--newest")
    assert code == 1 and out == ""
    assert "holds nothing" in err and str(backup) in err and "briefing restore FILE" in err
    assert (data / "library.sqlite").read_bytes() == damaged  # nothing replaced, nothing kept aside
    assert list((data / "backups").iterdir()) == [backup]


def test_newest_passes_over_empty_backups_to_one_that_holds_the_work(
    tmp_path: Path, run: Run
) -> None:
    data = _new_library(tmp_path, run)
    (empty,) = (data / "backups").iterdir()
    shutil.copyfile(empty, tmp_path / "empty.sqlite")  # today's newer backup replaces it
    assert run("--data-dir", str(data), "backup")[0] == 0  # the five sources
    later = datetime.now() + timedelta(days=1)  # an empty backup newer than the good one
    shutil.copyfile(tmp_path / "empty.sqlite", empty.with_name(f"library-{later:%Y-%m-%d_%H%M%S}.sqlite"))

    _damage(data / "library.sqlite")
    code, _, err = run("--data-dir", str(data), "show", "1")
    assert code == 2 and "`briefing restore --newest` brings back the backup taken" in err
    assert "(5 sources, 0 highlights, 0 notes)" in err

    code, out, err = run("--data-dir", str(data), "restore", "--newest")
    assert code == 0, err
    assert "passed over 1 newer backup holding nothing" in out
    assert "(taken " in out and ": 5 sources, 0 highlights, 0 notes\n" in out
    code, out, _ = run("--data-dir", str(data), "list")
    assert code == 0 and out.count("Bericht") == 5


def test_a_file_and_newest_together_or_neither_are_refused(
    tmp_path: Path, run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _new_library(tmp_path, run)
    before = (data / "library.sqlite").read_bytes()
    (backup,) = (data / "backups").iterdir()
    with pytest.raises(SystemExit) as stopped:  # a usage slip, as the README's table has it: status 2
        run("--data-dir", str(data), "restore", str(backup), "--newest")
    assert stopped.value.code == 2
    assert capsys.readouterr().err.endswith("briefing restore: error: name a backup FILE or use --newest, not both\n")
    with pytest.raises(SystemExit) as stopped:  # neither was status 1 too
        run("--data-dir", str(data), "restore")
    assert stopped.value.code == 2
    assert "error: name a backup FILE (see `briefing backups`) or use --newest" in capsys.readouterr().err
    assert (data / "library.sqlite").read_bytes() == before


def test_a_missing_library_names_the_backup_worth_restoring_or_none(
    tmp_path: Path, run: Run
) -> None:
    data = _new_library(tmp_path, run)
    (data / "library.sqlite").rename(tmp_path / "gone.sqlite")
    code, _, err = run("--data-dir", str(data), "list")
    assert code == 2 and "none of them holds anything" in err and "--newest" not in err
    assert not (data / "library.sqlite").exists()
    (tmp_path / "gone.sqlite").rename(data / "library.sqlite")
    assert run("--data-dir", str(data), "backup")[0] == 0
    (data / "library.sqlite").unlink()
    code, _, err = run("--data-dir", str(data), "list")
    assert code == 2 and "`briefing restore --newest` brings back the backup taken" in err
    assert "(5 sources, 0 highlights, 0 notes;" in err

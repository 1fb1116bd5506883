"""`briefing import` refuses what would fail every file before touching any (an empty tag),
and goes on when only the day's backup cannot be made (its folder is not writable); `briefing
check` names a search index out of step and the command that mends it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.cli import main

ONE = "000_d259bef84eb4a67d.txt"


@pytest.mark.parametrize("tag", ["", "   ", "\u200b", "\t\n"])
def test_an_empty_tag_is_refused_before_any_file(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str], tag: str
) -> None:
    with pytest.raises(SystemExit) as ended:  # a usage error, as for every option naming something
        main(["--data-dir", str(tmp_path / "lib"), "import", str(seeds_dir), "--tag", "Japan", "--tag", tag])
    code = ended.value.code
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.endswith("argument --tag: an empty name names nothing (is a shell variable unset?)\n")


def test_an_import_goes_on_when_the_backup_folder_cannot_be_written(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "lib"
    data.mkdir()
    (data / "backups").write_text("a file where the backups folder goes", encoding="utf-8")
    code = main(["--data-dir", str(data), "import", str(seeds_dir / ONE)])
    out, err = capsys.readouterr()
    assert code == 0 and out.startswith("imported")
    assert f"warning: no backup made today: the backup could not be written in {data / 'backups'}" in err


def test_check_names_an_index_out_of_step_and_how_to_mend_it(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(tmp_path / "lib")]
    assert main([*base, "import", str(seeds_dir / ONE)]) == 0
    with sqlite3.connect(tmp_path / "lib" / "library.sqlite") as conn:
        conn.execute("DELETE FROM search_rows")  # a hand that should not have
    capsys.readouterr()
    assert main([*base, "check"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "search index: 1 item(s) not in it (article #1)"
    assert out.splitlines()[-1] == "`briefing check --rebuild-index` rebuilds the search index from the library"
    assert main([*base, "check", "--rebuild-index"]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_a_file_named_twice_is_read_once(tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`import dir dir/a.txt` called a.txt a "duplicate" of the source the same run had just
    made from it: one file, named by its folder and by itself, is one line and one import."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in (ONE, "001_9d8a34aa4b2d5fcf.txt"):
        (folder / name).write_bytes((seeds_dir / name).read_bytes())
    code = main(["--data-dir", str(tmp_path / "lib"), "import", str(folder), str(folder / ONE),
                 f"{folder}/./{ONE}", "--workers", "1"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0 and "duplicate " not in out
    assert out.splitlines() == [f"imported     {folder / ONE}", f"imported     {folder / '001_9d8a34aa4b2d5fcf.txt'}"]
    assert err.strip().endswith("2 imported, 0 duplicate, 0 failed")


def test_an_import_goes_on_when_the_backup_meets_an_os_error(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An OSError from the day's backup (an old backup that cannot be dropped) ended the import
    before its first file, "cannot use …", and exit status 2; the window only warns of it."""
    seeds = sorted(seeds_dir.glob("*.txt"))
    data = tmp_path / "lib"
    assert main(["--data-dir", str(data), "import", str(seeds[0])]) == 0
    for backup in (data / "backups").glob("*.sqlite"):
        backup.unlink()  # as if it were yesterday's: today's is made by the next import

    def refused(folder: Path, today: object) -> list[Path]:
        raise PermissionError(13, "Permission denied", str(folder / "library-2026-11-01_090000.sqlite"))

    monkeypatch.setattr("reader.core.store.backup.rotate", refused)
    capsys.readouterr()
    code = main(["--data-dir", str(data), "import", str(seeds[1]), "--workers", "1"])
    out, err = capsys.readouterr()
    assert code == 0 and out.startswith("imported"), err
    assert (f"briefing: warning: the day's backup failed: Permission denied "
            f"({data / 'backups' / 'library-2026-11-01_090000.sqlite'})") in err  # fmt: skip
    assert err.endswith("1 imported, 0 duplicate, 0 failed\n")

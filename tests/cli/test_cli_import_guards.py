"""`briefing import` refuses what would fail every file before touching any (an empty tag),
and goes on when only the day's backup cannot be made (its folder is not writable)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main

ONE = "000_d259bef84eb4a67d.txt"


@pytest.mark.parametrize("tag", ["", "   ", "\u200b", "\t\n"])
def test_an_empty_tag_is_refused_before_any_file(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str], tag: str
) -> None:
    code = main(["--data-dir", str(tmp_path / "lib"), "import", str(seeds_dir), "--tag", "Japan", "--tag", tag])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err == "briefing: --tag: a tag needs a name\n"


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

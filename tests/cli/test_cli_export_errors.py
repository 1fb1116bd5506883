"""`briefing export` into a place it cannot write: one line naming the place, exit status 1,
the files written before listed (never the hidden temporary file's name, never a traceback)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main


def test_export_into_a_file_says_so_in_one_line(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(tmp_path / "lib")]
    assert main([*base, "import", str(seeds_dir), "--workers", "1"]) == 0
    in_the_way = tmp_path / "Reading"
    in_the_way.write_text("a file of mine", encoding="utf-8")
    capsys.readouterr()

    code = main([*base, "export", "--all", str(in_the_way)])
    out, err = capsys.readouterr()

    assert code == 1 and out == ""
    assert err == f"briefing: export stopped: {in_the_way} is a file, not a folder\n"

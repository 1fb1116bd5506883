"""Every count a command prints is in its number: "1 source", "2 problems", never "1 sources",
"1 notes" or "source(s)" (walking the command line found all three in lines written one by one;
they now share `cli.common.counted`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main


def test_a_library_of_one_source_and_one_note(tmp_path: Path, seed_files: list[Path],
                                              capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    data = ["--data-dir", str(tmp_path / "lib")]
    assert main([*data, "import", str(seed_files[0])]) == 0
    assert main([*data, "note", "set", "1", "--text", "Eine Notiz"]) == 0
    assert main([*data, "saved", "add", "All Japan", "Japan"]) == 0
    assert main([*data, "briefing", "create", "Memo"]) == 0
    assert main([*data, "briefing", "add", "Memo", "--heading", "Why"]) == 0
    capsys.readouterr()
    for argv in (["check"], ["backup"], ["saved", "list"], ["briefing", "list"]):
        assert main([*data, *argv]) == 0
    out = capsys.readouterr().out
    assert ": 1 source, no problems found\n" in out
    assert "1 source, 0 highlights, 1 note  " in out
    assert "[1 source]\n" in out and "(1 item, changed " in out
    for slip in ("1 sources", "1 notes", "1 items", "(s)"):
        assert slip not in out

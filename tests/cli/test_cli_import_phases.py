"""`briefing import` on a terminal says it is grouping stories after the last file's count,
and leaves the line clean; piped, it prints no progress at all."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from reader.cli import main


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_grouping_phase_follows_the_count(tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--data-dir", str(tmp_path / "lib"), "import", str(seeds_dir)]) == 0
    written = terminal.getvalue()
    last_count, grouping = written.rindex(" 5/5"), written.index("grouping same-event stories and similar sources…")
    assert last_count < grouping
    after = written[grouping:].split("\r")
    assert after[1].strip() == "" and after[2].startswith("5 imported")  # the line cleared, then the summary


def test_no_progress_when_piped(tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "lib"), "import", str(seeds_dir)]) == 0
    err = capsys.readouterr().err
    new = f"briefing: a new library was started: {tmp_path / 'lib' / 'library.sqlite'}"  # test_cli_new_library
    assert "grouping" not in err and "5/5" not in err and err.splitlines()[0] == new
    assert err.splitlines()[1].startswith("5 imported")

"""`briefing list --json` says which sources have a summary note (`has_note`), as the ✎ in the window."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader.cli import main

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_list_json_has_note(tmp_path: Path, seeds_dir: Path, run: Run) -> None:
    data = str(tmp_path / "data")
    assert run("--data-dir", data, "import", str(seeds_dir))[0] == 0
    assert run("--data-dir", data, "note", "set", "1", "--text", "Worth quoting.")[0] == 0
    assert run("--data-dir", data, "note", "set", "2", "--text", "\n\n")[0] == 0  # blank: no note
    code, out, _ = run("--data-dir", data, "list", "--json")
    assert code == 0
    noted = {item["id"]: item["has_note"] for item in json.loads(out)}
    assert noted[1] is True and noted[2] is False
    assert not any(noted[i] for i in noted if i != 1)


def test_note_set_says_cleared_for_a_note_without_words(tmp_path: Path, seed_files: list[Path],
                                                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """`note set 1 --text ""` said "set (0 characters)"; spaces alone "set (3 characters)"."""
    data = ["--data-dir", str(tmp_path / "lib")]
    assert main([*data, "import", str(seed_files[0])]) == 0
    capsys.readouterr()
    for text, said in (("Eine Zeile.", "note of source #1 set (11 characters)"), ("x", "note of source #1 set (1 character)"),
                       ("   ", "note of source #1 cleared"), ("", "note of source #1 cleared")):  # fmt: skip
        assert main([*data, "note", "set", "1", "--text", text]) == 0
        assert capsys.readouterr().out.strip() == said

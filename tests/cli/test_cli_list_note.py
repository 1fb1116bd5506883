"""`briefing list --json` says which sources have a summary note (`has_note`), as the ✎ in the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, _ = capsys.readouterr()
    return code, out


def test_list_json_has_note(tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    assert run(capsys, "--data-dir", data, "import", str(seeds_dir))[0] == 0
    assert run(capsys, "--data-dir", data, "note", "set", "1", "--text", "Worth quoting.")[0] == 0
    assert run(capsys, "--data-dir", data, "note", "set", "2", "--text", "\n\n")[0] == 0  # blank: no note
    code, out = run(capsys, "--data-dir", data, "list", "--json")
    assert code == 0
    noted = {item["id"]: item["has_note"] for item in json.loads(out)}
    assert noted[1] is True and noted[2] is False
    assert not any(noted[i] for i in noted if i != 1)

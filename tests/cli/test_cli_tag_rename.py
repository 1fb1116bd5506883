"""`briefing tag rename OLD NEW`, and `tag add|remove` as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _tags(capsys: pytest.CaptureFixture[str], data: str) -> list[list[str]]:
    code, out, _ = run(capsys, "--data-dir", data, "list", "--json")
    assert code == 0
    return [item["tags"] for item in json.loads(out)]


def test_tag_rename_renames_on_every_source(tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    assert run(capsys, "--data-dir", data, "import", str(seeds_dir), "--tag", "Enrgie")[0] == 0
    count = len(_tags(capsys, data))
    code, out, _ = run(capsys, "--data-dir", data, "tag", "rename", "Enrgie", "Energie")
    assert code == 0
    assert out.strip() == f"renamed tag “Enrgie” to “Energie” on {count} sources"
    assert _tags(capsys, data) == [["Energie"]] * count


def test_tag_rename_merges_and_refuses_an_unknown_tag(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    run(capsys, "--data-dir", data, "import", str(seeds_dir), "--tag", "Japan")
    assert run(capsys, "--data-dir", data, "tag", "add", "1", "Nippon")[0] == 0
    code, out, _ = run(capsys, "--data-dir", data, "tag", "rename", "nippon", "JAPAN")
    assert code == 0 and out.strip() == "renamed tag “nippon” to “Japan” on 1 source"
    assert all(tags == ["Japan"] for tags in _tags(capsys, data))
    code, _, err = run(capsys, "--data-dir", data, "tag", "rename", "Korea", "Japan")
    assert code != 0 and "no tag “Korea”" in err
    assert run(capsys, "--data-dir", data, "tag", "remove", "1", "Japan")[0] == 0

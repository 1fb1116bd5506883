"""`briefing tag rename OLD NEW`, and `tag add|remove` as before."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def _tags(run: Run, data: str) -> list[list[str]]:
    code, out, _ = run("--data-dir", data, "list", "--json")
    assert code == 0
    return [item["tags"] for item in json.loads(out)]


def test_tag_rename_renames_on_every_source(tmp_path: Path, seeds_dir: Path, run: Run) -> None:
    data = str(tmp_path / "data")
    assert run("--data-dir", data, "import", str(seeds_dir), "--tag", "Enrgie")[0] == 0
    count = len(_tags(run, data))
    code, out, _ = run("--data-dir", data, "tag", "rename", "Enrgie", "Energie")
    assert code == 0
    assert out.strip() == f"renamed tag “Enrgie” to “Energie” on {count} sources"
    assert _tags(run, data) == [["Energie"]] * count


def test_tag_rename_merges_and_refuses_an_unknown_tag(
    tmp_path: Path, seeds_dir: Path, run: Run
) -> None:
    data = str(tmp_path / "data")
    run("--data-dir", data, "import", str(seeds_dir), "--tag", "Japan")
    assert run("--data-dir", data, "tag", "add", "1", "Nippon")[0] == 0
    code, out, _ = run("--data-dir", data, "tag", "rename", "nippon", "JAPAN")
    assert code == 0 and out.strip() == "renamed tag “nippon” to “Japan” on 1 source"
    assert all(tags == ["Japan"] for tags in _tags(run, data))
    code, _, err = run("--data-dir", data, "tag", "rename", "Korea", "Japan")
    assert code != 0 and "no tag “Korea”" in err
    assert run("--data-dir", data, "tag", "remove", "1", "Japan")[0] == 0


def test_a_rename_to_the_name_it_has_changes_nothing_and_says_so(lib: list[str], run: Run) -> None:
    """It said "renamed tag “Japan” to “Japan” on 2 sources"; another case is a rename."""
    assert run(*lib, "tag", "add", "1", "2", "Japan")[0] == 0
    before = run(*lib, "list", "--json").out
    for old, new in (("Japan", "Japan"), ("japan", " Japan ")):
        assert run(*lib, "tag", "rename", old, new) == (0, "", "the tag is called “Japan” already; nothing was changed\n")
    assert run(*lib, "list", "--json").out == before
    assert run(*lib, "tag", "rename", "Japan", "JAPAN").out == "renamed tag “Japan” to “JAPAN” on 2 sources\n"

"""`briefing stories`, `briefing story show|join|split`, and `story` in list/show JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader.cli import main

if TYPE_CHECKING:
    from tests.cli.conftest import Run


@pytest.fixture
def data(tmp_path: Path, seeds_dir: Path, run: Run) -> str:
    folder = str(tmp_path / "lib")
    assert run("--data-dir", folder, "import", str(seeds_dir))[0] == 0
    return folder


def _ids_by_prefix(run: Run, data: str) -> dict[str, dict[str, object]]:
    listed = json.loads(run("--data-dir", data, "list", "--json")[1])
    return {str(s["file_name"])[:3]: s for s in listed}


def test_list_and_show_carry_the_story(data: str, run: Run) -> None:
    by_file = _ids_by_prefix(run, data)
    tokyo = {by_file[k]["story"] for k in ("000", "001", "004")}
    assert len(tokyo) == 1 and None not in tokyo
    assert by_file["002"]["story"] is None and by_file["003"]["story"] is None
    code, out, _ = run("--data-dir", data, "show", str(by_file["001"]["id"]), "--json")
    assert code == 0 and json.loads(out)["story"] == tokyo.pop()
    code, out, _ = run("--data-dir", data, "show", str(by_file["003"]["id"]), "--json")
    assert json.loads(out)["story"] is None


def test_stories_lists_groups(data: str, run: Run) -> None:
    by_file = _ids_by_prefix(run, data)
    code, out, _ = run("--data-dir", data, "stories", "--json")
    (story,) = json.loads(out)
    assert code == 0
    assert story["count"] == 3
    assert {s["id"] for s in story["sources"]} == {by_file[k]["id"] for k in ("000", "001", "004")}
    assert story["first"] == story["last"] == "2025-10-28"
    code, out, _ = run("--data-dir", data, "stories")
    assert code == 0 and out.startswith(f"story:{story['id']:<4}  3 sources  2025-10-28")


def test_show_split_and_join(data: str, run: Run) -> None:
    by_file = _ids_by_prefix(run, data)
    story_id = by_file["000"]["story"]
    code, out, _ = run("--data-dir", data, "story", "show", f"story:{story_id}", "--json")
    adds = {s["id"]: s["adds"] for s in json.loads(out)["sources"]}
    assert any("Kirschbäumen" in s for s in adds[by_file["004"]["id"]])

    code, out, _ = run("--data-dir", data, "story", "split", str(by_file["000"]["id"]))
    assert code == 0 and "taken out" in out
    assert _ids_by_prefix(run, data)["000"]["story"] is None
    code, _, _ = run("--data-dir", data, "stories", "--regroup")
    assert code == 0 and _ids_by_prefix(run, data)["000"]["story"] is None

    ids = [str(by_file[k]["id"]) for k in ("002", "003")]
    code, out, _ = run("--data-dir", data, "story", "join", *ids)
    assert code == 0
    after = _ids_by_prefix(run, data)
    assert after["002"]["story"] == after["003"]["story"] is not None


def test_clear_errors(data: str, run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run("--data-dir", data, "story", "show", "story:999")
    assert code == 1 and err == "briefing: no story:999; `briefing stories` lists the stories\n"
    for one in (["1"], ["1", "01"]):  # one source: a usage slip (exit status 1 before), nothing changed
        with pytest.raises(SystemExit) as ended:
            run("--data-dir", data, "story", "join", *one)
        err = capsys.readouterr().err
        assert ended.value.code == 2 and err.startswith("usage: briefing story join [-h] SOURCE [SOURCE ...]")
        assert err.endswith("error: name at least two sources to join (`briefing story join 7 9`)\n")
    code, _, err = run("--data-dir", data, "story", "split", "999")
    assert code == 1 and err == "briefing: no source #999; `briefing list` shows the sources and their numbers\n"


def test_no_stories(tmp_path: Path, seed_files: list[Path], capsys: pytest.CaptureFixture[str], run: Run) -> None:
    assert main(["--data-dir", str(tmp_path / "empty"), "import", str(seed_files[0])]) == 0
    capsys.readouterr()
    code, out, err = run("--data-dir", str(tmp_path / "empty"), "stories")
    assert code == 0 and out == "" and "No stories" in err

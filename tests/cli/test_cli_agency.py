"""`briefing show` and `list` name the news agency of a wire story, and `import --update`
brings a newer version's agency; expected values are read off the hand-written pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.ingest import prepare_file
from reader.core.store import Store

PAGES = Path(__file__).resolve().parents[1] / "data" / "agency"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_show_and_list_name_the_agency(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "lib")
    assert run(capsys, "--data-dir", data, "import", str(PAGES / "hafen_v1.txt"))[0] == 0
    _, out = run(capsys, "--data-dir", data, "list", "--json")
    (listed,) = json.loads(out)
    assert listed["agency"] == "dpa/lno"
    _, out = run(capsys, "--data-dir", data, "show", str(listed["id"]), "--json")
    assert json.loads(out)["agency"] == "dpa/lno"
    _, out = run(capsys, "--data-dir", data, "show", str(listed["id"]))
    # The byline was only the wire: it is named once, after the outlet.
    assert out.splitlines()[1] == "DER SPIEGEL · dpa/lno · 2025-10-28T18:05"

    code, _ = run(capsys, "--data-dir", data, "import", "--update", str(PAGES / "hafen_v2.txt"))
    assert code == 0
    _, out = run(capsys, "--data-dir", data, "show", str(listed["id"]), "--json")
    assert json.loads(out)["agency"] == "Reuters"


def test_list_names_the_agency_as_the_window_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A line of `list` names the agency after the outlet, as the article's header does, and a
    wire report without an outlet by its agency, as the window's row and Outlet column do
    (and `--json`'s `outlet`): it had stood there with no name at all."""
    data = ("--data-dir", str(tmp_path / "lib"))
    assert run(capsys, *data, "import", str(PAGES / "hafen_v1.txt"))[0] == 0
    _, out = run(capsys, *data, "list")
    assert out.rstrip().endswith("Hamburger Hafen meldet weniger Containerumschlag  — DER SPIEGEL · dpa/lno")
    with Store.open(tmp_path / "lib" / "library.sqlite") as store:
        store.sources.update_metadata(1, site_name=None)
    _, out = run(capsys, *data, "list")
    assert out.rstrip().endswith("Hamburger Hafen meldet weniger Containerumschlag  — dpa/lno")
    _, out = run(capsys, *data, "list", "--json")
    (listed,) = json.loads(out)
    assert (listed["site_name"], listed["agency"], listed["outlet"]) == (None, "dpa/lno", "dpa/lno")


def test_stories_name_the_agency_as_list_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A wire report in a story: `stories` and `story show` named only its outlet (and nothing
    at all without one), while `list` names outlet and agency."""
    data = ("--data-dir", str(tmp_path / "lib"))
    assert run(capsys, *data, "import", str(PAGES / "hafen_v1.txt"))[0] == 0
    with Store.open(tmp_path / "lib" / "library.sqlite") as store:
        twin, _ = store.sources.add(prepare_file(PAGES / "hafen_v2.txt"))  # the same event, a day on
    assert run(capsys, *data, "story", "join", "1", str(twin))[0] == 0
    _, out = run(capsys, *data, "stories")
    assert "Hamburger Hafen meldet weniger Containerumschlag  — DER SPIEGEL · dpa/lno" in out
    assert "— DER SPIEGEL · Reuters" in out
    (story,) = json.loads(run(capsys, *data, "stories", "--json")[1])
    assert sorted(m["agency"] for m in story["sources"]) == ["Reuters", "dpa/lno"]
    _, out = run(capsys, *data, "story", "show", str(story["id"]))
    assert "(DER SPIEGEL · dpa/lno · 2025-10-28)" in out


def test_inspect_prints_the_agency(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, "inspect", str(PAGES / "hafen_v1.txt"))
    assert "        agency: dpa/lno" in out.splitlines()


def test_show_revision_names_that_versions_agency(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ("--data-dir", str(tmp_path / "lib"))
    assert run(capsys, *data, "import", str(PAGES / "hafen_v1.txt"))[0] == 0
    assert run(capsys, *data, "import", "--update", str(PAGES / "hafen_v2.txt"))[0] == 0
    _, out = run(capsys, *data, "show", "1", "--revision", "1")
    assert out.splitlines()[1] == "DER SPIEGEL · dpa/lno · 2025-10-28T18:05"
    _, out = run(capsys, *data, "show", "1")
    assert out.splitlines()[1].startswith("DER SPIEGEL · Reuters · 2025-10-29T09:30")
    _, out = run(capsys, *data, "show", "1", "--revision", "1", "--json")
    shown = json.loads(out)
    assert shown["agency"] == "dpa/lno"
    assert [(r["number"], r["agency"]) for r in shown["revisions"]] == [(1, "dpa/lno"), (2, "Reuters")]

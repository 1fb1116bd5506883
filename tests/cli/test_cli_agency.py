"""`briefing show` and `list` name the news agency of a wire story, and `import --update`
brings a newer version's agency; expected values are read off the hand-written pages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.ingest import prepare_file
from reader.core.store import Store

if TYPE_CHECKING:
    from tests.cli.conftest import Run

PAGES = Path(__file__).resolve().parents[1] / "data" / "agency"


def test_show_and_list_name_the_agency(tmp_path: Path, run: Run) -> None:
    data = str(tmp_path / "lib")
    assert run("--data-dir", data, "import", str(PAGES / "hafen_v1.txt"))[0] == 0
    _, out, _ = run("--data-dir", data, "list", "--json")
    (listed,) = json.loads(out)
    assert listed["agency"] == "dpa/lno"
    _, out, _ = run("--data-dir", data, "show", str(listed["id"]), "--json")
    assert json.loads(out)["agency"] == "dpa/lno"
    _, out, _ = run("--data-dir", data, "show", str(listed["id"]))
    # The byline was only the wire: it is named once, after the outlet.
    assert out.splitlines()[1] == "DER SPIEGEL · dpa/lno · 2025-10-28T18:05"

    code, _, _ = run("--data-dir", data, "import", "--update", str(PAGES / "hafen_v2.txt"))
    assert code == 0
    _, out, _ = run("--data-dir", data, "show", str(listed["id"]), "--json")
    assert json.loads(out)["agency"] == "Reuters"


def test_list_names_the_agency_as_the_window_does(tmp_path: Path, run: Run) -> None:
    """A line of `list` names the agency after the outlet, as the article's header does, and a
    wire report without an outlet by its agency, as the window's row and Outlet column do
    (and `--json`'s `outlet`): it had stood there with no name at all."""
    data = ("--data-dir", str(tmp_path / "lib"))
    assert run(*data, "import", str(PAGES / "hafen_v1.txt"))[0] == 0
    _, out, _ = run(*data, "list")
    assert out.rstrip().endswith("Hamburger Hafen meldet weniger Containerumschlag  — DER SPIEGEL · dpa/lno")
    with Store.open(tmp_path / "lib" / "library.sqlite") as store:
        store.sources.update_metadata(1, site_name=None)
    _, out, _ = run(*data, "list")
    assert out.rstrip().endswith("Hamburger Hafen meldet weniger Containerumschlag  — dpa/lno")
    _, out, _ = run(*data, "list", "--json")
    (listed,) = json.loads(out)
    assert (listed["site_name"], listed["agency"], listed["outlet"]) == (None, "dpa/lno", "dpa/lno")


def test_stories_name_the_agency_as_list_does(tmp_path: Path, run: Run) -> None:
    """A wire report in a story: `stories` and `story show` named only its outlet (and nothing
    at all without one), while `list` names outlet and agency."""
    data = ("--data-dir", str(tmp_path / "lib"))
    assert run(*data, "import", str(PAGES / "hafen_v1.txt"))[0] == 0
    with Store.open(tmp_path / "lib" / "library.sqlite") as store:
        twin, _ = store.sources.add(prepare_file(PAGES / "hafen_v2.txt"))  # the same event, a day on
    assert run(*data, "story", "join", "1", str(twin))[0] == 0
    _, out, _ = run(*data, "stories")
    assert "Hamburger Hafen meldet weniger Containerumschlag  — DER SPIEGEL · dpa/lno" in out
    assert "— DER SPIEGEL · Reuters" in out
    (story,) = json.loads(run(*data, "stories", "--json")[1])
    assert sorted(m["agency"] for m in story["sources"]) == ["Reuters", "dpa/lno"]
    _, out, _ = run(*data, "story", "show", f"story:{story['id']}")
    assert "(DER SPIEGEL · dpa/lno · 2025-10-28)" in out


def test_inspect_prints_the_agency(run: Run) -> None:
    _, out, _ = run("inspect", str(PAGES / "hafen_v1.txt"))
    assert "        agency: dpa/lno" in out.splitlines()


def test_show_revision_names_that_versions_agency(tmp_path: Path, run: Run) -> None:
    data = ("--data-dir", str(tmp_path / "lib"))
    assert run(*data, "import", str(PAGES / "hafen_v1.txt"))[0] == 0
    assert run(*data, "import", "--update", str(PAGES / "hafen_v2.txt"))[0] == 0
    _, out, _ = run(*data, "show", "1", "--revision", "1")
    assert out.splitlines()[1] == "DER SPIEGEL · dpa/lno · 2025-10-28T18:05"
    _, out, _ = run(*data, "show", "1")
    assert out.splitlines()[1].startswith("DER SPIEGEL · Reuters · 2025-10-29T09:30")
    _, out, _ = run(*data, "show", "1", "--revision", "1", "--json")
    shown = json.loads(out)
    assert shown["agency"] == "dpa/lno"
    assert [(r["number"], r["agency"]) for r in shown["revisions"]] == [(1, "dpa/lno"), (2, "Reuters")]

"""`briefing show ID` shows what the user added to a source: its tags, how many highlights,
and the summary note.

`briefing note set` wrote a note no command could read back (only an export showed it), and
`show` left out the tags `tag add` had just reported.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run


NOTE = "# Zusammenfassung\n\nHaushaltsstreit: **Schuldenbremse** bleibt.\n\n- Förderung prüfen"


@pytest.fixture
def data(tmp_path: Path, seeds_dir: Path, run: Run) -> str:
    data = str(tmp_path / "data")
    assert run("--data-dir", data, "import", str(seeds_dir))[0] == 0
    return data


def test_show_prints_tags_highlights_and_the_note(data: str, run: Run) -> None:
    run("--data-dir", data, "tag", "add", "1", "Client X")
    run("--data-dir", data, "tag", "add", "1", "Japan & USA")
    quote = "Die Japan-USA-Allianz tritt in eine neue Phase ein"
    assert run("--data-dir", data, "highlight", "add", "1", "--quote", quote)[0] == 0
    assert run("--data-dir", data, "note", "set", "1", "--text", NOTE)[0] == 0

    code, out, _ = run("--data-dir", data, "show", "1")

    assert code == 0
    head, _, _ = out.partition(quote)
    assert "tags: Client X, Japan & USA\n" in head
    assert "1 highlight (briefing highlight list 1)\n" in head
    assert out.rstrip("\n").endswith("── note ──\n" + NOTE)


def test_show_json_carries_the_note(data: str, run: Run) -> None:
    run("--data-dir", data, "note", "set", "2", "--text", NOTE)
    code, out, _ = run("--data-dir", data, "show", "2", "--json")
    assert code == 0 and json.loads(out)["note"] == NOTE
    code, out, _ = run("--data-dir", data, "show", "3", "--json")
    assert json.loads(out)["note"] == ""


def test_a_source_without_any_shows_no_empty_lines_for_them(
    data: str, run: Run
) -> None:
    code, out, _ = run("--data-dir", data, "show", "3")
    assert code == 0
    assert "tags:" not in out and "highlight" not in out and "── note ──" not in out

"""What `briefing briefing …` says back, as a consultant scripting a memo reads it.

Walking the command line: `move NAME ITEM 99` on a briefing of four items said "moved to
position 99" (it went last; now a position it does not have is refused), `list` gave the database's "changed 2026-12-05T03:46:30+00:00" and
"(1 items", and `add` "added item(s) #1".
"""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run


@pytest.fixture
def lib(tmp_path: Path, seed_files: list[Path], run: Run) -> list[str]:
    base = ["--data-dir", str(tmp_path / "lib")]
    assert run(*base, "import", str(seed_files[0])).code == 0  # only import makes a library
    assert run(*base, "briefing", "create", "Q4 memo").code == 0
    return base


def printed(run: Run, *argv: str) -> str:
    """What a command that must succeed printed, trimmed."""
    code, out, _ = run(*argv)
    assert code == 0
    return out.strip()


def test_add_and_move_say_what_happened(lib: list[str], run: Run) -> None:
    assert printed(run, *lib, "briefing", "add", "Q4 memo", "--heading", "Why") == "added item #1 to “Q4 memo”"
    for text in ("a", "b", "c"):
        printed(run, *lib, "briefing", "add", "Q4 memo", "--text", text)
    assert printed(run, *lib, "briefing", "move", "Q4 memo", "1", "4") == "item #1 moved to position 4"
    shown = json.loads(printed(run, *lib, "briefing", "show", "Q4 memo", "--json"))
    assert [(i["id"], i["position"]) for i in shown["items"]][-1] == (1, 4)


def test_list_names_the_change_in_local_time(lib: list[str], run: Run,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        printed(run, *lib, "briefing", "add", "Q4 memo", "--heading", "Why")
        stamp = json.loads(printed(run, *lib, "briefing", "list", "--json"))[0]["updated_at"]
        line = printed(run, *lib, "briefing", "list")
    finally:
        monkeypatch.undo()
        time.tzset()
    tokyo = datetime.fromisoformat(stamp).astimezone(UTC) + timedelta(hours=9)  # no summer time there
    shown = tokyo.strftime("%Y-%m-%d %H:%M")
    assert re.fullmatch(r"1  Q4 memo  \(1 item, changed \d{4}-\d\d-\d\d \d\d:\d\d\)", line)
    assert line.endswith(f"changed {shown})")


def test_a_highlight_quoted_already_is_not_added_again(tmp_path: Path, seeds_dir: Path, run: Run) -> None:
    """As the window's B: a script run twice quoted every passage twice."""
    lib = ["--data-dir", str(tmp_path / "lib")]
    assert run(*lib, "import", str(seeds_dir), "--workers", "1").code == 0
    printed(run, *lib, "highlight", "add", "3", "--quote", "Fast drei Milliarden Dollar")
    printed(run, *lib, "highlight", "add", "3", "--quote", "Zudem plant Microsoft")
    printed(run, *lib, "briefing", "create", "Memo")
    assert printed(run, *lib, "briefing", "add", "Memo", "--highlight", "1") == "added item #1 to “Memo”"
    said = printed(run, *lib, "briefing", "add", "Memo", "--highlight", "1", "2", "2")
    assert said == "added item #2 to “Memo”; highlight #1 is in it already"
    assert printed(run, *lib, "briefing", "add", "Memo", "--highlight", "2", "1") == (
        "nothing added to “Memo”; highlights #2, #1 are in it already")
    shown = json.loads(printed(run, *lib, "briefing", "show", "Memo", "--json"))
    assert [i["highlight_id"] for i in shown["items"]] == [1, 2]
    code, _, err = run(*lib, "briefing", "add", "Memo", "--highlight", "2", "99")
    assert code == 1  # none added
    assert "no highlight #99" in err


def test_blank_connecting_text_is_refused_as_a_blank_heading_is(lib: list[str], run: Run) -> None:
    """`--text "  "` added an empty item (a heading of spaces is refused)."""
    for flag, says in (("--text", "connecting text needs words"), ("--heading", "a heading needs text")):
        code, _, err = run(*lib, "briefing", "add", "Q4 memo", flag, "  \n")
        assert code == 1
        assert says in err
    assert json.loads(printed(run, *lib, "briefing", "show", "Q4 memo", "--json"))["items"] == []


def test_a_briefing_asked_for_by_its_number_is_named(lib: list[str], run: Run) -> None:
    """`briefing list` starts each line with the briefing's number; `show 1` said only "no
    briefing named “1”"."""
    assert printed(run, *lib, "briefing", "list").startswith("1  Q4 memo")
    for argv in (["briefing", "show", "1"], ["export", "--briefing", "1", str(Path(lib[1]).parent)]):
        code, out, err = run(*lib, *argv)
        assert (code, out) == (1, "")
        assert err == "briefing: no briefing named “1”; briefing #1 is “Q4 memo”: a briefing goes by its name\n"
    code, _, err = run(*lib, "briefing", "show", "2")
    assert (code, err) == (1, "briefing: no briefing named “2” (briefings: “Q4 memo”)\n")

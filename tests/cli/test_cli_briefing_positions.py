"""Positions in a briefing count from 1 on the command line, as the composer's list and the
exported briefing count its items: `show` printed the first item as 0, `move NAME ITEM 1` put it
second, `--position -1` was taken as the first place and `move NAME ITEM 99` as the last. A
position the briefing does not have is refused, exit status non-zero, and nothing changes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run


@pytest.fixture
def memo(tmp_path: Path, seed_files: list[Path], run: Run) -> list[str]:
    """A library with the briefing "Memo": heading "A" (#1), texts "b" (#2) and "c" (#3)."""
    lib = ["--data-dir", str(tmp_path / "lib")]
    assert run(*lib, "import", str(seed_files[0]))[0] == 0
    assert run(*lib, "briefing", "create", "Memo")[0] == 0
    for flag, text in (("--heading", "A"), ("--text", "b"), ("--text", "c")):
        assert run(*lib, "briefing", "add", "Memo", flag, text)[0] == 0
    return lib


def order(run: Run, lib: list[str]) -> list[tuple[int, int, str]]:
    code, out, _ = run(*lib, "briefing", "show", "Memo", "--json")
    assert code == 0
    return [(item["position"], item["id"], item["text"]) for item in json.loads(out)["items"]]


def test_show_counts_from_one(memo: list[str], run: Run) -> None:
    code, out, _ = run(*memo, "briefing", "show", "Memo")
    assert code == 0
    assert [line.split()[:2] for line in out.splitlines()[1:]] == [["1.", "#1"], ["2.", "#2"], ["3.", "#3"]]
    assert order(run, memo) == [(1, 1, "A"), (2, 2, "b"), (3, 3, "c")]


def test_move_and_add_take_the_position_the_user_sees(memo: list[str], run: Run) -> None:
    code, out, _ = run(*memo, "briefing", "move", "Memo", "3", "1")
    assert (code, out) == (0, "item #3 moved to position 1\n")
    assert order(run, memo) == [(1, 3, "c"), (2, 1, "A"), (3, 2, "b")]
    assert run(*memo, "briefing", "add", "Memo", "--text", "d", "--position", "2")[0] == 0
    assert run(*memo, "briefing", "add", "Memo", "--text", "e", "--position", "5")[0] == 0  # the end
    assert order(run, memo) == [(1, 3, "c"), (2, 4, "d"), (3, 1, "A"), (4, 2, "b"), (5, 5, "e")]


@pytest.mark.parametrize("where", ["0", "-1"])
def test_zero_and_negative_positions_are_refused(memo: list[str], run: Run, where: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    before = order(run, memo)
    for argv in (["move", "Memo", "3", where], ["add", "Memo", "--text", "x", "--position", where]):
        with pytest.raises(SystemExit) as exit_:
            run(*memo, "briefing", *argv)
        assert exit_.value.code == 2
        assert f"positions count from 1 (the first item), not {where}" in capsys.readouterr().err
    assert order(run, memo) == before


def test_a_position_past_the_end_is_refused(memo: list[str], run: Run) -> None:
    before = order(run, memo)
    code, out, err = run(*memo, "briefing", "move", "Memo", "1", "4")
    assert (code, out) == (1, "")
    assert err == "briefing: “Memo” has 3 items: there is no position 4 (positions: 1 to 3); nothing was moved\n"
    code, out, err = run(*memo, "briefing", "add", "Memo", "--heading", "Z", "--position", "5")
    assert (code, out) == (1, "")
    assert err == ("briefing: “Memo” has 3 items: there is no position 5 (positions: 1 to 4, 4 is the end); "
                   "nothing was added\n")
    assert order(run, memo) == before


def test_an_item_is_named_by_its_number_not_its_position(memo: list[str], run: Run) -> None:
    assert run(*memo, "briefing", "create", "Other")[0] == 0
    code, _, err = run(*memo, "briefing", "remove", "Other", "1")
    assert code == 1
    assert err == ("briefing: “Other” has no item #1 (items are named by the #N `briefing briefing show` "
                   "prints, not by their position)\n")


def test_a_name_taken_in_another_case_is_named_as_the_briefing_is(lib: list[str], run: Run) -> None:
    """"a briefing named “q4 japan” already exists" named it as typed, not as `list` shows it."""
    assert run(*lib, "briefing", "create", "Q4 Japan")[0] == 0
    for typed in ("q4 JAPAN", "  Q4   Japan "):
        assert run(*lib, "briefing", "create", typed) == (
            1, "", "briefing: there is already a briefing called “Q4 Japan” (a name is the same in any case)\n")
    assert run(*lib, "briefing", "list").out.count("Q4 Japan") == 1

"""`highlight add` on words already highlighted, and `highlight delete`, as a script meets them.

Walking the command line: adding the same quote again (a script run twice) stacked identical
highlights (#3 and #4 on the same words), while the window gives the one there the new label;
and there was no way to take a wrong highlight away from a terminal.
"""

from __future__ import annotations

import json

import pytest

from reader.cli import main

QUOTE = "Fast drei Milliarden Dollar"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys: pytest.CaptureFixture[str], lib: list[str]) -> list[tuple[int, str, str]]:
    _, out, _ = run(capsys, *lib, "highlight", "list", "3", "--json")
    return [(h["id"], h["label"], h["annotation"]) for h in json.loads(out)]


def test_the_same_words_again_relabel_the_highlight_there(lib: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *lib, "highlight", "add", "3", "--quote", QUOTE, "--label", "evidence", "--note", "Use it")[0] == 0
    code, out, _ = run(capsys, *lib, "highlight", "add", "3", "--quote", QUOTE)
    assert code == 0 and out.strip() == "highlight #1 (Evidence/figure) at 188–215: these words were highlighted already"
    assert listed(capsys, lib) == [(1, "evidence", "Use it")]  # no --label: its own label stays
    code, out, _ = run(capsys, *lib, "highlight", "add", "3", "--quote", QUOTE, "--label", "Risiko")
    assert code == 0 and "#1 (Risk)" in out
    assert listed(capsys, lib) == [(1, "risk", "Use it")]
    code, _, err = run(capsys, *lib, "highlight", "add", "3", "--quote", QUOTE, "--label", "1", "--note", "Other")
    assert code == 1 and "highlight #1 marks these words already, with a note of its own" in err
    assert listed(capsys, lib) == [(1, "risk", "Use it")]  # nothing changed


def test_delete_takes_highlights_away_or_none(lib: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, *lib, "highlight", "add", "3", "--quote", QUOTE)
    run(capsys, *lib, "highlight", "add", "3", "--quote", "Zudem plant Microsoft")
    code, _, err = run(capsys, *lib, "highlight", "delete", "1", "99")
    assert code == 1 and "no highlight #99; nothing was deleted" in err
    assert [h[0] for h in listed(capsys, lib)] == [1, 2]
    code, out, _ = run(capsys, *lib, "highlight", "delete", "1")
    assert code == 0 and out.strip() == f"deleted highlight #1 “{QUOTE}”"
    assert [h[0] for h in listed(capsys, lib)] == [2]
    _, out, _ = run(capsys, *lib, "search", "in:highlight Milliarden", "--json")
    assert json.loads(out) == []  # gone from the search too


def test_delete_names_the_briefings_it_leaves(lib: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """A deleted highlight drops out of the briefings quoting it (their export leaves it out):
    the command says which, instead of leaving it to `briefing show`'s "(deleted highlight)"."""
    run(capsys, *lib, "highlight", "add", "3", "--quote", QUOTE)
    for name in ("Q4 memo", "Board"):
        run(capsys, *lib, "briefing", "create", name)
        run(capsys, *lib, "briefing", "add", name, "--highlight", "1")
    code, out, _ = run(capsys, *lib, "highlight", "delete", "1")
    assert code == 0 and out.strip() == f"deleted highlight #1 “{QUOTE}” (no longer in the briefings “Board”, “Q4 memo”)"

"""The export, highlight, note, tag and briefing subcommands, run as a user would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run


QUOTE = "Ein Schwerpunkt liegt auf Schlüsseltechnologien"


def test_highlight_add_and_list(lib: list[str], run: Run) -> None:
    code, out, _ = run(*lib, "highlight", "add", "1", "--quote", QUOTE, "--label", "3",
                       "--note", "watch")  # fmt: skip
    assert code == 0 and out.startswith("highlight #1 (Risk)")
    code, out, _ = run(*lib, "highlight", "add", "1", "--quote",
                       "Die Japan-USA-Allianz tritt", "--label", "Evidence/figure")  # fmt: skip
    assert code == 0
    code, out, _ = run(*lib, "highlight", "list", "1", "--json")
    listed = json.loads(out)
    assert [h["label"] for h in listed] == ["evidence", "risk"]  # document order
    assert listed[1]["quote"] == QUOTE and listed[1]["annotation"] == "watch"
    assert listed[1]["end"] - listed[1]["start"] == len(QUOTE)
    code, out, _ = run(*lib, "highlight", "list", "1")
    assert "Risk" in out and "note: watch" in out


def test_highlight_label_changes_the_label(lib: list[str], run: Run) -> None:
    """Issue 13: a highlight's label can be changed from the command line too."""
    run(*lib, "highlight", "add", "1", "--quote", QUOTE, "--label", "3", "--note", "watch")
    code, out, _ = run(*lib, "highlight", "label", "1", "Question")
    assert code == 0 and out.strip() == "highlight #1: Question"
    code, out, _ = run(*lib, "highlight", "label", "1", "2")
    _, out, _ = run(*lib, "highlight", "list", "1", "--json")
    (listed,) = json.loads(out)
    assert listed["label"] == "evidence" and listed["annotation"] == "watch" and listed["quote"] == QUOTE
    code, _, err = run(*lib, "highlight", "label", "1", "purple")
    assert code == 1 and "unknown label" in err
    code, _, err = run(*lib, "highlight", "label", "99", "1")
    assert code == 1 and "no highlight #99" in err


@pytest.mark.parametrize(
    ("quote", "label", "message"),
    [
        ("Japan", None, "ambiguous: it occurs"),
        ("words that are nowhere", None, "not found"),
        (QUOTE, "purple", "unknown label"),
        ("   ", None, "empty"),
    ],
)
def test_highlight_add_errors(lib: list[str], run: Run, quote: str,
                              label: str | None, message: str) -> None:  # fmt: skip
    extra = ["--label", label] if label else []
    code, _, err = run(*lib, "highlight", "add", "1", "--quote", quote, *extra)
    assert code == 1 and message in err


def test_unknown_source(lib: list[str], run: Run) -> None:
    for argv in (["highlight", "add", "99", "--quote", "x"], ["highlight", "list", "99"],
                 ["note", "set", "99", "--text", "x"], ["tag", "add", "99", "x"]):  # fmt: skip
        code, _, err = run(*lib, *argv)
        assert code == 1 and "no source #99" in err


def test_note_and_tags(lib: list[str], run: Run, tmp_path: Path) -> None:
    note = tmp_path / "note.md"
    note.write_text("From a **file**.\n", encoding="utf-8")
    assert run(*lib, "note", "set", "1", "--file", str(note))[0] == 0
    code, out, _ = run(*lib, "tag", "add", "1", "Client X")
    assert code == 0 and "Client X" in out
    run(*lib, "tag", "add", "2", "Client X")
    code, out, _ = run(*lib, "tag", "remove", "2", "Client X")
    assert out.strip().endswith("no tags")
    out_dir = tmp_path / "out"
    code, out, _ = run(*lib, "export", "--tag", "client x", str(out_dir))
    assert code == 0 and out.count("written") == 1
    (path,) = out_dir.glob("*.md")
    text = path.read_text(encoding="utf-8")
    assert "From a **file**." in text and "- Client-X" in text
    assert run(*lib, "note", "set", "1", "--text", "Inline")[0] == 0
    run(*lib, "export", "--source", "1", str(out_dir))
    assert "Inline" in path.read_text(encoding="utf-8")


def test_export_shapes_and_conflicts(lib: list[str], run: Run,
                                     tmp_path: Path) -> None:  # fmt: skip
    out_dir = tmp_path / "out"
    code, out, _ = run(*lib, "export", "--all", str(out_dir))
    assert code == 0 and out.count("written") == 5
    code, out, _ = run(*lib, "export", "--all", str(out_dir))
    assert code == 0 and out.count("unchanged") == 5
    code, out, _ = run(*lib, "export", "--all", "--single-file", str(out_dir / "all.md"))
    assert code == 0 and (out_dir / "all.md").read_text(encoding="utf-8").count("\n## ") == 5
    (out_dir / "all.md").write_text("edited", encoding="utf-8")
    code, _, err = run(*lib, "export", "--all", "--single-file", str(out_dir / "all.md"))
    assert code == 1 and "conflict" in err and "kept beside it as a .bak" in err
    assert "1 file not overwritten; use --force to overwrite it (its version" in err
    assert (out_dir / "all.md").read_text(encoding="utf-8") == "edited"
    code, out, _ = run(*lib, "export", "--all", "--single-file", "--force",
                       str(out_dir / "all.md"))  # fmt: skip
    assert code == 0 and (out_dir / "all.md").read_text(encoding="utf-8") != "edited"
    # --force keeps the edited version beside the file, and says where.
    (kept,) = out_dir.glob("all.md.*.bak")
    assert kept.read_text(encoding="utf-8") == "edited"
    assert f"kept         {kept}: your version, as it was before this export overwrote it" in out.splitlines()
    code, _, err = run(*lib, "export", "--tag", "nothing", str(out_dir))
    assert code == 1 and "there is no tag “nothing”" in err
    code, _, err = run(*lib, "export", "--source", "42", str(out_dir))
    assert code == 1 and "no source #42" in err


def test_briefing_commands(lib: list[str], run: Run,
                           tmp_path: Path) -> None:  # fmt: skip
    run(*lib, "highlight", "add", "1", "--quote", QUOTE)
    run(*lib, "highlight", "add", "2", "--quote", "Gemeinsame Rohstoffstrategie")
    code, out, _ = run(*lib, "briefing", "create", "Q4 memo")
    assert code == 0 and "created" in out
    assert run(*lib, "briefing", "create", "q4 MEMO")[0] == 1
    run(*lib, "briefing", "add", "Q4 memo", "--heading", "Context")
    run(*lib, "briefing", "add", "Q4 memo", "--highlight", "1", "2")
    run(*lib, "briefing", "add", "q4 memo", "--text", "Linking *text*.", "--position", "2")
    code, out, _ = run(*lib, "briefing", "show", "Q4 memo", "--json")
    items = json.loads(out)["items"]
    assert [i["kind"] for i in items] == ["heading", "text", "highlight", "highlight"]
    assert run(*lib, "briefing", "move", "Q4 memo", str(items[3]["id"]), "3")[0] == 0
    assert run(*lib, "briefing", "remove", "Q4 memo", str(items[1]["id"]))[0] == 0
    assert run(*lib, "briefing", "remove", "Q4 memo", "999")[0] == 1
    code, out, _ = run(*lib, "briefing", "show", "Q4 memo")
    assert out.splitlines()[0] == "Q4 memo" and "Gemeinsame Rohstoffstrategie" in out
    code, out, _ = run(*lib, "briefing", "list", "--json")
    assert json.loads(out)[0]["items"] == 3
    assert run(*lib, "briefing", "add", "Q4 memo", "--highlight", "77")[0] == 1
    code, out, _ = run(*lib, "export", "--briefing", "Q4 memo", str(tmp_path / "out"))
    text = (tmp_path / "out" / "Q4 memo.md").read_text(encoding="utf-8")
    assert code == 0 and text.index("Rohstoffstrategie[^1]") < text.index(f"{QUOTE}[^2]")
    assert "## Sources" in text
    assert run(*lib, "export", "--briefing", "nope", str(tmp_path))[0] == 1
    assert run(*lib, "briefing", "delete", "Q4 memo")[0] == 0
    assert run(*lib, "briefing", "show", "Q4 memo")[0] == 1

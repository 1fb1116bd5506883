"""`briefing note`'s slips say what goes there, as the other commands' do: `note show` did not
exist (a user who set a note with `note set` had no way back to its Markdown but `show`'s
whole page), `note set 3` without the note said "one of the arguments --file --text is
required", and a title where the source's number goes said "not a number: 'Japan'" — no word
of where a source's number is seen, as every `SOURCE` of every command said it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run, UsageError

MISSING = "briefing: no source #99; `briefing list` shows the sources and their numbers\n"


def test_note_show_prints_the_notes_markdown_alone(lib: list[str], run: Run) -> None:
    note = "## Kernpunkt\n\nChips aus *Japan*."
    assert run(*lib, "note", "set", "2", "--text", note).code == 0
    assert run(*lib, "note", "show", "2") == (0, note + "\n", "")


def test_note_show_of_a_source_without_a_note_says_how_to_write_one(lib: list[str], run: Run) -> None:
    assert run(*lib, "note", "show", "3") == (
        0, "", "source #3 has no note yet; `briefing note set 3 --text …` writes one\n")  # fmt: skip


def test_note_show_of_a_number_no_source_has(lib: list[str], run: Run) -> None:
    assert run(*lib, "note", "show", "99") == (1, "", MISSING)


@pytest.mark.parametrize("action", [["show"], ["set", "--text", "x"]])
def test_a_title_where_the_number_goes_says_how_the_number_is_found(
    lib: list[str], usage_error: UsageError, action: list[str]
) -> None:
    said = usage_error(*lib, "note", action[0], "Japan Gipfel", *action[1:])
    assert said == (f"briefing note {action[0]}: error: argument SOURCE: “Japan Gipfel” is no source's number; a "
                    "source goes by its number (12), which `briefing list` shows and `briefing search 'Japan "
                    "Gipfel'` finds")  # fmt: skip


def test_note_set_without_the_note_says_its_two_ways(lib: list[str], usage_error: UsageError, run: Run) -> None:
    before = run(*lib, "list", "--json").out
    said = usage_error(*lib, "note", "set", "3")
    assert said == ('briefing note set: error: say what the note is: --text T (Markdown) or --file F (- reads '
                    'standard input), e.g. briefing note set 3 --text "Kernpunkt: Chips aus Japan"')  # fmt: skip
    assert run(*lib, "list", "--json").out == before


def test_note_set_still_takes_one_way_only(lib: list[str], usage_error: UsageError, run: Run) -> None:
    said = usage_error(*lib, "note", "set", "3", "--text", "a", "--file", "b.md")
    assert said.endswith("argument --file: not allowed with argument --text")
    assert run(*lib, "note", "set", "3", "--text", "").out == "note of source #3 cleared\n"


def test_a_mistyped_action_names_show(lib: list[str], usage_error: UsageError) -> None:
    said = usage_error(*lib, "note", "shwo", "3")
    assert said.endswith("invalid choice: 'shwo' (choose from 'set', 'show'); did you mean 'show'?")


def test_the_usage_says_one_of_the_two_is_needed(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run("note", "set", "--help")
    assert capsys.readouterr().out.startswith("usage: briefing note set [-h] (--file F | --text T) SOURCE\n")


def test_show_takes_a_title_for_the_number_as_note_does(lib: list[str], usage_error: UsageError) -> None:
    for argv in (["show", "Japan"], ["highlight", "list", "Japan"], ["export", "--source", "Japan", "out"]):
        assert "“Japan” is no source's number; a source goes by its number (12)" in usage_error(*lib, *argv)  # fmt: skip


def test_the_note_typed_without_text_says_where_it_goes(lib: list[str], usage_error: UsageError, run: Run) -> None:
    """`note set 3 Kernpunkt: Chips` said "unrecognized arguments: Kernpunkt: Chips"."""
    said = usage_error(*lib, "note", "set", "3", "Kernpunkt:", "Chips")
    assert said == "briefing note set: error: the note goes after --text: briefing note set 3 --text 'Kernpunkt: Chips'"
    assert run(*lib, "note", "show", "3").out == ""


@pytest.mark.parametrize(("group", "actions"), [("note", "set|show"), ("highlight", "add|label|delete|list")])
def test_a_number_before_the_action_says_the_action_comes_first(
    lib: list[str], usage_error: UsageError, group: str, actions: str
) -> None:
    said = usage_error(*lib, group, "3")
    assert said.endswith(f"; the action comes first: briefing {group} {actions} 3 …")


def test_note_show_json_gives_the_note_as_show_json_does(lib: list[str], run: Run) -> None:
    """Every other show and list command has a `--json`; `note show 3 --json` was "unrecognized
    arguments". `note` and `has_note` say what `show ID --json` says of the same source."""
    empty = json.loads(run(*lib, "note", "show", "3", "--json").out)
    assert empty == {"source_id": 3, "has_note": False, "note": "", "updated_at": None}
    assert run(*lib, "note", "set", "3", "--text", "## Kernpunkt\n\nChips aus *Japan*.").code == 0
    ran = run(*lib, "note", "show", "3", "--json")
    note, shown = json.loads(ran.out), json.loads(run(*lib, "show", "3", "--json").out)
    assert ran.err == "" and list(note) == ["source_id", "has_note", "note", "updated_at"]
    assert (note["source_id"], note["has_note"], note["note"]) == (3, shown["has_note"], shown["note"])
    assert note["note"] == "## Kernpunkt\n\nChips aus *Japan*." and note["updated_at"].startswith("20")
    assert run(*lib, "note", "show", "99", "--json") == (1, "", MISSING)


def test_a_files_name_where_the_note_goes_says_file(
    lib: list[str], usage_error: UsageError, run: Run, tmp_path: Path
) -> None:
    """`note set 3 notiz.md` was offered as `--text notiz.md`: the note "notiz.md"."""
    notiz = tmp_path / "notiz.md"
    notiz.write_text("## Kernpunkt\n", encoding="utf-8")
    said = usage_error(*lib, "note", "set", "3", str(notiz))
    assert said == f"briefing note set: error: a note from a file goes after --file: briefing note set 3 --file {notiz}"
    assert run(*lib, "note", "show", "3").out == ""
    said = usage_error(*lib, "note", "set", "3", str(tmp_path / "nicht-da.md"))  # no file: the text's way
    assert said.endswith(f"the note goes after --text: briefing note set 3 --text {tmp_path / 'nicht-da.md'}")

"""`briefing saved`, `briefing list --saved` and `briefing export --saved` on the seeds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run, UsageError


@pytest.fixture
def data(tmp_path: Path, seeds_dir: Path, run: Run) -> str:
    folder = str(tmp_path / "lib")
    assert run("--data-dir", folder, "import", str(seeds_dir))[0] == 0
    return folder


def test_add_list_use_and_remove(data: str, run: Run, tmp_path: Path) -> None:
    code, out, _ = run("--data-dir", data, "saved", "add", "Kishida", "Kishida")
    assert code == 0 and "saved “Kishida”" in out
    code, out, _ = run("--data-dir", data, "saved", "--json")
    assert [(s["name"], s["query"], s["count"], s["error"]) for s in json.loads(out)] == [("Kishida", "Kishida", 2, None)]
    code, out, _ = run("--data-dir", data, "list", "--saved", "kishida", "--json")
    assert sorted(s["file_name"][:3] for s in json.loads(out)) == ["002", "003"]  # grep -l Kishida seeds/*
    code, out, _ = run("--data-dir", data, "export", "--saved", "Kishida", str(tmp_path / "out"))
    assert code == 0 and len(list((tmp_path / "out").glob("*.md"))) == 2
    code, out, _ = run("--data-dir", data, "saved", "remove", "KISHIDA")
    assert code == 0
    code, out, err = run("--data-dir", data, "saved")
    assert out == "" and "No saved searches" in err


def test_mistakes_are_one_line_each(data: str, run: Run) -> None:
    assert run("--data-dir", data, "saved", "add", "Japan", "Japan", "--outlet", "Handelsblatt")[0] == 0
    code, _, err = run("--data-dir", data, "saved", "add", "japan", "USA")
    assert code == 1 and "already a saved search called “Japan”" in err
    code, _, err = run("--data-dir", data, "saved", "add", "bad", "in:nowhere")
    assert code == 1 and err.startswith("briefing: invalid search: in: takes article") and "nothing was saved" in err
    code, _, err = run("--data-dir", data, "list", "--saved", "China")
    assert code == 1 and "no saved search called “China” (saved: “Japan”)" in err
    code, out, _ = run("--data-dir", data, "saved")
    assert out == "Japan  —  Japan  outlet: Handelsblatt  [1 source]\n"  # not "1 source(s)"


def test_a_saved_search_keeps_its_entity(data: str, run: Run) -> None:
    """`list --saved` narrows to the entity as the window does ("Trump" is in 001, 002 and 004,
    "Kishida" in 002 and 003: grep -l seeds/*)."""
    assert run("--data-dir", data, "entities", "--json")[0] == 0  # indexes the library
    code, out, _ = run("--data-dir", data, "saved", "add", "K+T", "Kishida", "--entity", "donald trump")
    assert code == 0 and out == "saved “K+T”: Kishida  naming: Donald Trump\n"
    code, out, _ = run("--data-dir", data, "list", "--saved", "K+T", "--json")
    assert [s["file_name"][:3] for s in json.loads(out)] == ["002"]
    code, out, _ = run("--data-dir", data, "saved", "--json")
    assert [(s["entity_name"], s["count"]) for s in json.loads(out)] == [("Donald Trump", 1)]
    code, _, err = run("--data-dir", data, "saved", "add", "X", "", "--entity", "Nobody Known")
    assert code == 1 and "no entity is called “Nobody Known”" in err


def test_export_saved_in_one_file_is_named_as_saved(
    data: str, run: Run, tmp_path: Path
) -> None:
    """The combined file takes the saved search's own name, however it was typed; a name that is
    not saved and a saved search finding nothing are one line each, and write nothing."""
    assert run("--data-dir", data, "saved", "add", "Kishida in HB", "Kishida", "--outlet", "Handelsblatt")[0] == 0
    out = tmp_path / "out"
    code, _, _ = run("--data-dir", data, "export", "--saved", "KISHIDA  in hb", "--single-file", str(out))
    assert code == 0 and [p.name for p in out.glob("*.md")] == ["Kishida in HB.md"]
    assert (out / "Kishida in HB.md").read_text(encoding="utf-8").count("\n## ") == 1  # 002 alone
    code, _, err = run("--data-dir", data, "export", "--saved", "China", str(tmp_path / "none"))
    assert code == 1 and "no saved search called “China”" in err
    assert run("--data-dir", data, "saved", "add", "Nothing", "Kishida", "--outlet", "Nowhere")[0] == 0
    code, _, err = run("--data-dir", data, "export", "--saved", "nothing", str(tmp_path / "none"))
    assert code == 1 and "the saved search “Nothing” finds no source" in err
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize(
    ("argv", "said"),
    [(["add", "Chips"], "add takes a NAME and a QUERY (briefing saved add Chips 'Halbleiter OR Chip*' --tag Japan)"),
     (["remove"], "remove takes the saved search's NAME (briefing saved remove Chips)"),
     (["list", "Chips"], "“Chips”: list takes no NAME; the sources a saved search finds: briefing list --saved Chips"),
     (["--tag", "Japan"], "--tag goes with add (briefing saved add NAME QUERY --tag …), not list"),
     (["remove", "Chips", "--unread"], "--unread goes with add (briefing saved add NAME QUERY --unread …), not remove"),
     (["remove", "Chips", "Japan"], "“Japan”: remove takes one NAME"),
     # it printed "removed saved search “Chips”", text where a script read JSON
     (["remove", "Chips", "--json"], "--json goes with list and add; remove prints one line, and its exit status "
                                     "says whether it removed the search")],
)  # fmt: skip
def test_words_the_action_does_not_take_are_a_usage_error(
    lib: list[str], run: Run, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    """`saved list Chips` listed every saved search, `saved --tag Japan` too, `saved remove
    Chips --unread` removed it: what was typed was left out unsaid. A NAME or QUERY missing
    was exit status 1, where every other usage slip is 2."""
    assert run(*lib, "saved", "add", "Chips", "Halbleiter")[0] == 0
    with pytest.raises(SystemExit) as ended:
        run(*lib, "saved", *argv)
    out, err = capsys.readouterr()
    assert ended.value.code == 2 and out == "" and err.splitlines()[-1] == f"briefing saved: error: {said}"
    assert [s["name"] for s in json.loads(run(*lib, "saved", "--json").out)] == ["Chips"]


def test_lang_is_read_as_language_reads_it(data: str, run: Run) -> None:
    """`saved add … --lang Deutsch` saved a search that found nothing, ever: sources are in
    languages by their codes, and `export --language Deutsch` was German."""
    for typed in ("Deutsch", "German", "DE"):
        code, out, _ = run("--data-dir", data, "saved", "add", f"auf {typed}", "Japan", "--lang", typed, "--json")
        assert code == 0 and json.loads(out)["lang"] == "de" and json.loads(out)["count"] > 0


def test_an_empty_query_with_nothing_to_narrow_it_is_a_usage_slip(
    data: str, run: Run, usage_error: UsageError
) -> None:
    """`saved add Chips "$QUERY"` with the variable unset saved a search of every source (exit
    status 0), where `search ""` refuses; with a filter, an empty query is the filter's search."""
    said = usage_error("--data-dir", data, "saved", "add", "Chips", " ")
    assert said == ("briefing saved: error: an empty QUERY with no option narrowing it finds every source (is a shell "
                    "variable unset?): give words or filters (briefing saved add Chips 'Halbleiter OR Chip*')")  # fmt: skip
    assert run("--data-dir", data, "saved", "--json").out == "[]\n"
    assert run("--data-dir", data, "saved", "add", "Handelsblatt", "", "--outlet", "Handelsblatt")[0] == 0

"""`briefing bin`: list the deleted sources, restore them, delete them for good."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader import paths
from reader.core.store import Store

if TYPE_CHECKING:
    from tests.cli.conftest import Run, UsageError


def _delete(lib: list[str], *ids: int) -> None:
    with Store.open(paths.resolve(lib[1]).db_path) as store:
        store.highlights.add(ids[0], 0, 12, "key", "Kernpunkt")
        store.notes.set(ids[0], "Notiz")
        store.sources.delete_many(ids)


def test_an_empty_bin_says_so(lib: list[str], run: Run) -> None:
    code, out, err = run(*lib, "bin")
    assert (code, out) == (0, "") and "The bin is empty" in err
    assert json.loads(run(*lib, "bin", "--json").out) == []


def test_bin_lists_restores_and_the_source_is_back(lib: list[str], run: Run) -> None:
    _delete(lib, 2, 3)
    listed = json.loads(run(*lib, "bin", "--json").out)
    assert {e["id"] for e in listed} == {2, 3}
    two = next(e for e in listed if e["id"] == 2)
    assert (two["highlights"], two["annotations"], two["has_note"]) == (1, 1, True)
    lines = run(*lib, "bin").out.splitlines()
    assert [line.split()[0] for line in lines] == ["3", "2"]  # deleted together: the higher number first
    assert "(1 highlight, 1 annotation, a note)" in next(line for line in lines if line.split()[0] == "2")
    code, out, _ = run(*lib, "bin", "restore", "2")
    assert code == 0 and out.startswith("restored source #2 “")
    assert run(*lib, "show", "2")[0] == 0
    assert [e["id"] for e in json.loads(run(*lib, "bin", "--json").out)] == [3]


def test_a_number_not_in_the_bin_is_named_and_nothing_changes(lib: list[str], run: Run) -> None:
    _delete(lib, 2)
    code, _out, err = run(*lib, "bin", "restore", "2", "1", "99")
    assert code == 1 and "#1, #99 are not in the bin; nothing was changed" in err
    assert run(*lib, "show", "2")[0] == 1  # 2 was not restored either
    code, _out, err = run(*lib, "bin", "purge", "1", "--yes")
    assert code == 1 and "#1 is not in the bin" in err
    assert run(*lib, "show", "1")[0] == 0


def test_purge_asks_a_script_for_yes_then_deletes_for_good(lib: list[str], run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    _delete(lib, 2, 3)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    code, _out, err = run(*lib, "bin", "purge", "2")
    assert code == 1 and "2 sources" not in err and "--yes" in err
    assert "this deletes #2 “Gegengewicht zu China: Japan und USA stärken Allianz” for good. Lost with it: 1 highlight, " \
           "1 annotation and its note. It cannot be undone" in err
    assert len(json.loads(run(*lib, "bin", "--json").out)) == 2
    assert run(*lib, "bin", "purge", "2", "--yes") == (0, "deleted 1 source for good (1 highlight, 1 annotation and its note)\n", "")
    code, _out, err = run(*lib, "show", "2")
    assert code == 1 and "in the bin" not in err
    assert run(*lib, "bin", "empty", "--yes").out == "deleted 1 source for good\n"  # it held nothing of the user's
    assert json.loads(run(*lib, "bin", "--json").out) == []


def test_numbers_go_with_restore_and_purge_only(lib: list[str], usage_error: UsageError) -> None:
    assert "name the sources to restore by their numbers" in usage_error(*lib, "bin", "restore")
    assert "takes no numbers" in usage_error(*lib, "bin", "empty", "3")  # not the whole bin emptied


def test_in_a_terminal_purge_asks_and_only_yes_deletes(lib: list[str], run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    _delete(lib, 2)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    asked: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "")  # Enter: the default, no
    assert run(*lib, "bin", "empty") == (1, "", "nothing was deleted\n")
    assert asked == ["Delete #2 “Gegengewicht zu China: Japan und USA stärken Allianz” for good? Lost with it: 1 highlight, "
                     "1 annotation and its note. This cannot be undone. [y/N] "]
    monkeypatch.setattr("builtins.input", lambda _prompt: "ja")
    assert run(*lib, "bin", "empty").code == 0
    assert json.loads(run(*lib, "bin", "--json").out) == []


def test_importing_again_a_binned_article_with_work_brings_it_back_and_says_so(
    lib: list[str], run: Run, seed_files: list[Path]
) -> None:
    """A binned copy holding highlights comes back whole; one holding nothing is replaced fresh."""
    _delete(lib, 2)
    with Store.open(paths.resolve(lib[1]).db_path) as store:
        store.sources.delete(3)
        files = {i: store.db.execute("SELECT file_name FROM sources WHERE id = ?", (i,)).fetchone()[0] for i in (2, 3)}
    chosen = [next(f for f in seed_files if f.name == files[i]) for i in (2, 3)]
    code, out, err = run(*lib, "import", *map(str, chosen))
    assert code == 0 and "2 imported (1 of them from the bin, with your work), 0 duplicate" in err, err
    lines = out.splitlines()
    assert any(line.startswith("imported") and files[2] in line and line.endswith(
        "#2 brought back from the bin with 1 highlight, 1 annotation and its note") for line in lines), out  # fmt: skip
    fresh = next(line for line in lines if files[3] in line)
    assert "from the bin" not in fresh and fresh.startswith("imported")  # "bin" can be in the file's path
    assert json.loads(run(*lib, "bin", "--json").out) == []
    shown = json.loads(run(*lib, "show", "2", "--json").out)
    assert shown["highlights"] == 1


def _edited_and_joined(lib: list[str]) -> dict[int, str]:
    """#2 with its title edited a day after the import (nothing else of the user's), #3 joined
    to #4's story by hand (nothing else), both binned; their files' names."""
    from reader.core.stories import manage

    with Store.open(paths.resolve(lib[1]).db_path) as store:
        store.db.execute("UPDATE sources SET imported_at = '2026-01-01T09:00:00+00:00' WHERE id = 2")
        store.sources.update_metadata(2, title="Allianz Japan–USA (für den Kunden)")
        manage.join(store, [3, 4])
        store.sources.delete_many([2, 3])
        return {i: store.db.execute("SELECT file_name FROM sources WHERE id = ?", (i,)).fetchone()[0] for i in (2, 3)}


def test_purge_names_an_edited_title_and_a_story_placed_by_hand(lib: list[str], run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    """They counted as no work: deleting them for good asked as if nothing of the user's went.
    The window's question names the same list (tests/ui/library/test_bin_purge_question.py)."""
    _edited_and_joined(lib)
    with Store.open(paths.resolve(lib[1]).db_path) as store:
        store.tags.add([2, 3], "Kunde")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    code, _out, err = run(*lib, "bin", "empty")
    assert code == 1 and "this deletes 2 sources for good. Lost with them: 2 tags, edits to 1 source and the story " \
                         "grouping of 1 source set by hand. It cannot be undone; add --yes" in err, err


def test_importing_again_a_binned_article_whose_title_or_story_the_user_changed_brings_it_back(
    lib: list[str], run: Run, seed_files: list[Path]
) -> None:
    """An edited title or a story placed by hand was replaced by a fresh copy, the edit lost."""
    files = _edited_and_joined(lib)
    chosen = [next(f for f in seed_files if f.name == files[i]) for i in (2, 3)]
    code, out, err = run(*lib, "import", *map(str, chosen))
    assert code == 0 and "2 imported (2 of them from the bin, with your work)" in err, err
    lines = out.splitlines()
    assert any(line.endswith("#2 brought back from the bin with its edited details") for line in lines), out
    assert any(line.endswith("#3 brought back from the bin with its story grouping set by hand") for line in lines), out
    assert json.loads(run(*lib, "bin", "--json").out) == []
    assert json.loads(run(*lib, "show", "2", "--json").out)["title"] == "Allianz Japan–USA (für den Kunden)"


def test_a_source_changed_while_the_terminal_asked_is_not_deleted(
    lib: list[str], run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answer can come minutes later: restored in the window meanwhile, highlighted and
    deleted again, the source went with a highlight the question never named."""
    with Store.open(paths.resolve(lib[1]).db_path) as store:
        store.sources.delete(3)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)

    def meanwhile(_prompt: str) -> str:
        with Store.open(paths.resolve(lib[1]).db_path) as store:
            store.bin.restore([3])
            store.highlights.add(3, 0, 12, "key")
            store.sources.delete(3)
        return "y"

    monkeypatch.setattr("builtins.input", meanwhile)
    code, out, err = run(*lib, "bin", "purge", "3")
    assert (code, out) == (1, "deleted 0 sources for good\n")
    assert "#3 changed or left the bin while you were asked: not deleted" in err, err
    assert [(e["id"], e["highlights"]) for e in json.loads(run(*lib, "bin", "--json").out)] == [(3, 1)]


def test_the_json_listing_says_all_the_work_a_source_holds(lib: list[str], run: Run) -> None:
    """Highlights and note alone: a script purging what held "nothing" lost tags, edits and a
    story set by hand."""
    _edited_and_joined(lib)
    listed = {e["id"]: e for e in json.loads(run(*lib, "bin", "--json").out)}
    assert [(listed[i]["tags"], listed[i]["edited"], listed[i]["story_by_hand"], listed[i]["holds_work"])
            for i in (2, 3)] == [(0, True, False, True), (0, False, True, True)]  # fmt: skip

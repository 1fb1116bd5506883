"""`briefing briefing rename OLD NEW` and `briefing saved rename NAME NEW`: the window renamed
briefings (the composer's Rename…) and saved searches (`F2`), the command line could not, and a
consultant scripting her library deleted and rebuilt them. Each goes through the store's own
`rename`, finds OLD as every command finds a name, and keeps NEW as `create` and `saved add` keep
a name. A name two share is refused in tests/cli/test_cli_names_alike.py."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader.core.changes import Changes
from reader.core.store.briefing_repo import BriefingRepo
from reader.core.store.saved_searches import SavedSearchRepo

if TYPE_CHECKING:
    from tests.cli.conftest import Run, UsageError

NFD_OEL = unicodedata.normalize("NFD", "Öl")  # "O" and a combining diaeresis, as macOS file names give it


@pytest.fixture
def lib(tmp_path: Path, seed_files: list[Path], run: Run) -> list[str]:
    """A library of one seed with briefings “Q4 Japan” (one heading) and “Öl-Markt”, and saved
    searches “Chips” (`Japan`, tagged Asien, unread) and “Öl”."""
    base = ["--data-dir", str(tmp_path / "lib")]
    assert run(*base, "import", str(seed_files[0]), "--tag", "Asien").code == 0
    for argv in (("briefing", "create", "Q4 Japan"), ("briefing", "add", "Q4 Japan", "--heading", "Lage"),
                 ("briefing", "create", "Öl-Markt"), ("saved", "add", "Chips", "Japan", "--tag", "Asien", "--unread"),
                 ("saved", "add", "Öl", "Öl")):  # fmt: skip
        assert run(*base, *argv).code == 0
    return base


def stored(base: list[str], table: str) -> list[tuple[int, str]]:
    """The (id, name) rows of `table` as the library file holds them, byte for byte."""
    with sqlite3.connect(Path(base[1]) / "library.sqlite") as db:
        rows = [(int(i), str(n)) for i, n in db.execute(f"SELECT id, name FROM {table} ORDER BY id")]
    db.close()
    return rows


def briefings(base: list[str]) -> list[tuple[int, str]]:
    return stored(base, "briefings")


def saved(base: list[str]) -> list[tuple[int, str]]:
    return stored(base, "saved_searches")


# -- briefings ---------------------------------------------------------------------------------


def test_a_briefing_is_renamed_by_its_name_in_any_case_and_keeps_its_items(lib: list[str], run: Run) -> None:
    assert run(*lib, "briefing", "rename", "q4 JAPAN", "Q4 Japan (final)") == (
        0, "briefing “Q4 Japan” is now “Q4 Japan (final)”\n", "")  # fmt: skip
    assert briefings(lib) == [(1, "Q4 Japan (final)"), (2, "Öl-Markt")]
    shown = json.loads(run(*lib, "briefing", "show", "q4 japan (FINAL)", "--json").out)
    assert (shown["id"], [i["text"] for i in shown["items"]]) == (1, ["Lage"])
    assert run(*lib, "briefing", "show", "Q4 Japan").code == 1


def test_a_briefing_is_found_by_its_name_with_the_umlaut_in_either_form(lib: list[str], run: Run) -> None:
    code, out, _ = run(*lib, "briefing", "rename", f"{NFD_OEL.lower()}-MARKT", "Ölpreis")
    assert (code, out) == (0, "briefing “Öl-Markt” is now “Ölpreis”\n")
    assert briefings(lib)[1] == (2, "Ölpreis")


def test_the_new_briefing_name_is_stored_as_create_stores_it(lib: list[str], run: Run) -> None:
    """One line, an umlaut composed (NFC): a name typed with a decomposed Ö was another name to
    the library's file, its export's file name and `show` typed on another keyboard."""
    code, out, _ = run(*lib, "briefing", "rename", "Öl-Markt", f"  {NFD_OEL}-Markt\n 2026 ")
    assert (code, out) == (0, "briefing “Öl-Markt” is now “Öl-Markt 2026”\n")
    assert briefings(lib)[1] == (2, "Öl-Markt 2026") and briefings(lib)[1][1].startswith("\u00d6")


def test_the_briefing_is_renamed_with_the_stores_own_rename(lib: list[str], run: Run,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """The composer's Rename… step (`BriefingRepo.rename`), not a second way to write the name."""
    calls: list[tuple[int, str]] = []
    rename = BriefingRepo.rename

    def spied(repo: BriefingRepo, briefing_id: int, name: str) -> Changes:
        calls.append((briefing_id, name))
        return rename(repo, briefing_id, name)

    monkeypatch.setattr(BriefingRepo, "rename", spied)
    assert run(*lib, "briefing", "rename", "Q4 Japan", "Q1 Japan").code == 0
    assert calls == [(1, "Q1 Japan")]


@pytest.mark.parametrize("new", ["Öl-Markt", "öl-markt", f"{NFD_OEL.upper()}-MARKT", " öl-Markt "])
def test_a_name_another_briefing_has_is_refused_naming_it(lib: list[str], run: Run, new: str) -> None:
    before = run(*lib, "briefing", "list", "--json").out
    assert run(*lib, "briefing", "rename", "Q4 Japan", new) == (1, "", (
        "briefing: there is already a briefing called “Öl-Markt” (a name is the same in any case); "
        "“Q4 Japan” keeps its name\n"))  # fmt: skip
    assert run(*lib, "briefing", "list", "--json").out == before


def test_a_briefing_takes_its_own_name_in_another_case(lib: list[str], run: Run) -> None:
    assert run(*lib, "briefing", "rename", "Öl-Markt", "öl-markt").out == "briefing “Öl-Markt” is now “öl-markt”\n"
    assert run(*lib, "briefing", "rename", "öl-markt", "Öl-Markt").out == "briefing “öl-markt” is now “Öl-Markt”\n"
    assert briefings(lib)[1] == (2, "Öl-Markt")


@pytest.mark.parametrize(("old", "new"), [("Q4 Japan", "Q4 Japan"), ("q4 japan", " Q4  Japan "),
                                          ("Öl-Markt", f"{NFD_OEL}-Markt")])  # fmt: skip
def test_a_briefing_renamed_to_the_name_it_has_changes_nothing_and_says_so(
    lib: list[str], run: Run, old: str, new: str
) -> None:
    """Exit status 0, as every command asked for what holds already; not even its last change moves."""
    before = run(*lib, "briefing", "list", "--json").out
    name = old if old != "q4 japan" else "Q4 Japan"
    assert run(*lib, "briefing", "rename", old, new) == (0, "", f"the briefing is called “{name}” already; nothing was changed\n")
    assert run(*lib, "briefing", "list", "--json").out == before


@pytest.mark.parametrize("new", ["", "   ", "\u200b"])
def test_an_empty_new_briefing_name_is_a_usage_slip(lib: list[str], usage_error: UsageError, new: str) -> None:
    """As `briefing create ""` is: `rename Q "$NEW"` with the variable unset."""
    said = usage_error(*lib, "briefing", "rename", "Q4 Japan", new)
    assert said == "briefing briefing rename: error: argument NEW: an empty name names nothing (is a shell variable unset?)"
    assert briefings(lib)[0] == (1, "Q4 Japan")


def test_a_briefing_name_too_long_is_refused_as_create_refuses_it(lib: list[str], run: Run) -> None:
    assert run(*lib, "briefing", "rename", "Q4 Japan", "x" * 201) == (
        1, "", "briefing: a briefing name is at most 200 characters\n")  # fmt: skip
    assert briefings(lib)[0] == (1, "Q4 Japan")


def test_a_briefing_goes_by_its_name_here_too(lib: list[str], run: Run) -> None:
    """As `show 1` is answered: the number `list` gives is named, not taken."""
    assert run(*lib, "briefing", "rename", "1", "Neu") == (
        1, "", "briefing: no briefing named “1”; briefing #1 is “Q4 Japan”: a briefing goes by its name\n")  # fmt: skip
    assert run(*lib, "briefing", "rename", "Q5", "Neu").err == (
        "briefing: no briefing named “Q5” (briefings: “Öl-Markt”, “Q4 Japan”)\n")  # fmt: skip
    assert [name for _id, name in briefings(lib)] == ["Q4 Japan", "Öl-Markt"]


# -- saved searches ----------------------------------------------------------------------------


def test_a_saved_search_is_renamed_by_its_name_in_any_case_and_keeps_its_search(lib: list[str], run: Run) -> None:
    before = json.loads(run(*lib, "saved", "--json").out)[0]
    assert run(*lib, "saved", "rename", "CHIPS", "Halbleiter Japan") == (
        0, "saved search “Chips” is now “Halbleiter Japan”\n", "")  # fmt: skip
    after = json.loads(run(*lib, "saved", "--json").out)[0]
    assert after == before | {"name": "Halbleiter Japan"}
    assert run(*lib, "list", "--saved", "halbleiter japan").code == 0


def test_a_saved_search_is_found_by_its_name_with_the_umlaut_in_either_form(lib: list[str], run: Run) -> None:
    assert run(*lib, "saved", "rename", NFD_OEL.lower(), "Ölpreis").out == "saved search “Öl” is now “Ölpreis”\n"
    assert saved(lib)[1] == (2, "Ölpreis")


def test_the_new_saved_search_name_is_stored_as_add_stores_it(lib: list[str], run: Run) -> None:
    assert run(*lib, "saved", "rename", "Öl", f" {NFD_OEL}  Preise ").out == "saved search “Öl” is now “Öl Preise”\n"
    assert saved(lib)[1] == (2, "\u00d6l Preise")


def test_the_saved_search_is_renamed_with_the_stores_own_rename(lib: list[str], run: Run,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """`F2`'s step (`SavedSearchRepo.rename`), not a second way to write the name."""
    calls: list[tuple[int, str]] = []
    rename = SavedSearchRepo.rename

    def spied(repo: SavedSearchRepo, saved_id: int, name: str) -> Changes:
        calls.append((saved_id, name))
        return rename(repo, saved_id, name)

    monkeypatch.setattr(SavedSearchRepo, "rename", spied)
    assert run(*lib, "saved", "rename", "Chips", "Halbleiter").code == 0
    assert calls == [(1, "Halbleiter")]


@pytest.mark.parametrize("new", ["Öl", "öl", NFD_OEL.upper()])
def test_a_name_another_saved_search_has_is_refused_naming_it(lib: list[str], run: Run, new: str) -> None:
    before = run(*lib, "saved", "--json").out
    assert run(*lib, "saved", "rename", "Chips", new) == (1, "", (
        "briefing: there is already a saved search called “Öl” (a name is the same in any case); "
        "“Chips” keeps its name\n"))  # fmt: skip
    assert run(*lib, "saved", "--json").out == before


def test_a_saved_search_takes_its_own_name_in_another_case(lib: list[str], run: Run) -> None:
    assert run(*lib, "saved", "rename", "Öl", "ÖL").out == "saved search “Öl” is now “ÖL”\n"
    assert saved(lib)[1] == (2, "ÖL")


@pytest.mark.parametrize(("old", "new"), [("Chips", "Chips"), ("chips", " Chips "), ("Öl", NFD_OEL)])
def test_a_saved_search_renamed_to_the_name_it_has_changes_nothing_and_says_so(
    lib: list[str], run: Run, old: str, new: str
) -> None:
    before = run(*lib, "saved", "--json").out
    name = "Chips" if old == "chips" else old
    assert run(*lib, "saved", "rename", old, new) == (0, "", f"the saved search is called “{name}” already; nothing was changed\n")
    assert run(*lib, "saved", "--json").out == before


@pytest.mark.parametrize(("argv", "said"), [
    (("Chips", ""), "argument NEW: an empty name names nothing (is a shell variable unset?)"),
    (("Chips", "  "), "argument NEW: an empty name names nothing (is a shell variable unset?)"),
    (("Chips",), "rename takes the saved search's NAME and its NEW name (briefing saved rename Chips Halbleiter)"),
    ((), "rename takes the saved search's NAME and its NEW name (briefing saved rename Chips Halbleiter)"),
    (("Chips", "Neu", "--json"), "--json goes with list and add; rename prints one line, and its exit status says "
                                 "whether it renamed the search"),
    (("Chips", "Neu", "--tag", "Asien"), "--tag goes with add (briefing saved add NAME QUERY --tag …), not rename"),
])  # fmt: skip
def test_a_saved_search_rename_slip_is_a_usage_error(lib: list[str], usage_error: UsageError,
                                                     argv: tuple[str, ...], said: str) -> None:  # fmt: skip
    before = saved(lib)
    assert usage_error(*lib, "saved", "rename", *argv) == f"briefing saved: error: {said}"
    assert saved(lib) == before


def test_an_unknown_saved_search_is_named_with_those_there_are(lib: list[str], run: Run) -> None:
    assert run(*lib, "saved", "rename", "Chip", "Neu") == (1, "", "briefing: no saved search called “Chip” (saved: “Chips”, “Öl”)\n")

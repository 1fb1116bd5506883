"""A command with nothing to show says why, on stderr, never a bare nothing with exit status 0;
one asked for a source that is not there fails (exit status 1) and says whether it was deleted."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.store import Store

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_show_of_a_missing_source_points_to_list(lib: list[str], run: Run) -> None:
    assert run(*lib, "show", "99") == (1, "", "briefing: no source #99; `briefing list` shows the sources and their numbers\n")


def test_show_of_a_deleted_source_says_it_is_in_the_bin(lib: list[str], run: Run) -> None:
    with Store.open(Path(lib[1]) / "library.sqlite") as store:
        store.sources.delete(2)
    assert run(*lib, "show", "2") == (1, "", "briefing: no source #2 (it was deleted: it is in the bin; `briefing bin restore 2` brings it back)\n")


def test_an_empty_highlight_list_says_how_to_add_one(lib: list[str], run: Run) -> None:
    assert run(*lib, "highlight", "list", "2") == (
        0, "", "source #2 has no highlights yet; `briefing highlight add 2 --quote TEXT` adds one\n")  # fmt: skip
    assert run(*lib, "highlight", "list", "2", "--json") == (0, "[]\n", "")


def test_an_empty_briefing_says_how_to_fill_it(lib: list[str], run: Run) -> None:
    assert run(*lib, "briefing", "create", "Q4 memo")[0] == 0
    code, out, err = run(*lib, "briefing", "show", "Q4 memo")
    assert (code, out) == (0, "Q4 memo\n")
    assert err == "“Q4 memo” has no items yet: briefing briefing add 'Q4 memo' --highlight ID | --heading TEXT | --text MD\n"


def test_nothing_yet_is_said_alike_by_every_listing(lib: list[str], run: Run) -> None:
    """Each empty listing says what is missing and the command that makes one, in one shape:
    `saved` said "No saved searches. Add one: …", `backups` "… Make one with …", and `highlight
    list 2` "#2 has no highlights", which read as highlight #2."""
    for made in (Path(lib[1]) / "backups").iterdir():
        made.unlink()
    assert run(*lib, "saved").err == "No saved searches yet: `briefing saved add NAME QUERY [--tag T]` adds one.\n"
    assert run(*lib, "briefing", "list").err == "No briefings yet: `briefing briefing create NAME` starts one.\n"
    backups = Path(lib[1]) / "backups"
    assert run(*lib, "backups").err == f"No backups yet in {backups}: `briefing backup` makes one.\n"


def test_a_saved_search_that_finds_nothing_says_so(lib: list[str], run: Run) -> None:
    """`list --saved Leer` said "No sources.", as if the library were empty."""
    assert run(*lib, "saved", "add", "Leer", "xyzzyq")[0] == 0
    assert run(*lib, "list", "--saved", "Leer") == (0, "", "No sources: the saved search “Leer” finds none now.\n")

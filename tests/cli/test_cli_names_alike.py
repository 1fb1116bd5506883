"""A library made before names matched beyond A–Z can hold two briefings (or saved searches)
whose names are now one: "Öl-Markt" and "öl-markt". Every command taking such a name took the
first unsaid — `briefing delete öl-markt` deleted “Öl-Markt” —; now it names them, with their
numbers, changes nothing, and says where one is renamed (exit status 1). The two rows are put
in with sqlite directly, as the old library has them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader.core.store import Store

if TYPE_CHECKING:
    from tests.cli.conftest import Run

STAMP = "2025-01-01T00:00:00+00:00"


@pytest.fixture
def alike(lib: list[str], run: Run) -> list[str]:
    """`lib` with briefings #1 “Öl-Markt” (one heading) and #2 “öl-markt”, and saved searches
    #1 “Ökonomie” and #2 “ökonomie”."""
    assert run(*lib, "briefing", "create", "Öl-Markt")[0] == 0
    assert run(*lib, "briefing", "add", "Öl-Markt", "--heading", "Lage")[0] == 0
    assert run(*lib, "saved", "add", "Ökonomie", "Japan")[0] == 0
    with sqlite3.connect(Path(lib[1]) / "library.sqlite") as db:
        db.execute("INSERT INTO briefings (name, created_at, updated_at) VALUES ('öl-markt', ?, ?)", (STAMP, STAMP))
        db.execute("INSERT INTO saved_searches (name, query, created_at) VALUES ('ökonomie', 'Japan', ?)", (STAMP,))
    db.close()
    return lib


BRIEFINGS = "two briefings are called “öl-markt”: #1 “Öl-Markt”, #2 “öl-markt” — nothing was done"
SAVED = "two saved searches are called “ÖKONOMIE”: #1 “Ökonomie”, #2 “ökonomie” — nothing was done"


@pytest.mark.parametrize("command", [
    ("briefing", "show", "öl-markt"), ("briefing", "delete", "öl-markt"), ("briefing", "remove", "öl-markt", "1"),
    ("briefing", "add", "öl-markt", "--heading", "Neu"), ("briefing", "move", "öl-markt", "1", "1"),
    ("export", "--briefing", "öl-markt", "OUT"), ("briefing", "rename", "öl-markt", "Öl-Markt neu"),
])  # fmt: skip
def test_a_briefing_name_two_have_names_both_and_changes_nothing(
    alike: list[str], run: Run, tmp_path: Path, command: tuple[str, ...]
) -> None:
    argv = [str(tmp_path / "out") if word == "OUT" else word for word in command]
    code, out, err = run(*alike, *argv)
    assert (code, out) == (1, "")
    assert BRIEFINGS in err and "Rename… in the composer" in err
    listed = run(*alike, "briefing", "list", "--json").out
    assert '"name": "Öl-Markt",\n  "items": 1' in listed and '"name": "öl-markt"' in listed
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", [("saved", "remove", "ÖKONOMIE"), ("list", "--saved", "ÖKONOMIE"),
                                     ("export", "--saved", "ÖKONOMIE", "OUT"), ("saved", "rename", "ÖKONOMIE", "Neu")])  # fmt: skip
def test_a_saved_search_name_two_have_names_both_and_changes_nothing(
    alike: list[str], run: Run, tmp_path: Path, command: tuple[str, ...]
) -> None:
    argv = [str(tmp_path / "out") if word == "OUT" else word for word in command]
    code, out, err = run(*alike, *argv)
    assert (code, out) == (1, "")
    assert SAVED in err and "F2" in err
    assert [s["name"] for s in json.loads(run(*alike, "saved", "--json").out)] == ["Ökonomie", "ökonomie"]
    assert not (tmp_path / "out").exists()


def test_renamed_as_the_answer_says_each_is_found_again(alike: list[str], run: Run) -> None:
    """The window's Rename… (the store's `rename`) gives one a name of its own, though the other
    still has a name the same in any case."""
    with Store.open(Path(alike[1]) / "library.sqlite") as store:
        store.briefings.rename(2, "Öl-Markt alt")
        store.saved_searches.rename(2, "Ökonomie alt")
    assert run(*alike, "briefing", "show", "öl-markt").out.splitlines()[0] == "Öl-Markt"
    assert run(*alike, "briefing", "show", "öl-markt alt").out == "Öl-Markt alt\n"
    assert run(*alike, "saved", "remove", "ÖKONOMIE").out == "removed saved search “Ökonomie”\n"

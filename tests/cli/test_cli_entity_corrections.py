"""`briefing entities --corrections` lists the corrections made in the window — a kind change
and one whose entry no source names now (kept by name) too, which `--hidden` never showed — and
`--take-back NAME` removes one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from reader import paths
from reader.core.entities import EntityKind
from reader.core.store import Store

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def _correct(lib: list[str], run: Run) -> None:
    assert run(*lib, "entities", "--limit", "1")[0] == 0  # indexed
    store = Store.open(paths.resolve(Path(lib[1])).db_path)
    try:
        listed = {e.name: e for e in store.entities.list()}
        fix = store.entities.corrections
        fix.put(fix.hide([listed["Nikkei"].id]).after)
        fix.put(fix.change_kind([listed["Toyota"].id], EntityKind.PERSON).after)
        (nikkei_source,) = store.entities.source_ids(listed["Nikkei"].id)
        store.sources.delete(nikkei_source)
        store.bin.purge()
    finally:
        store.close()


def test_corrections_listed_the_orphaned_one_too_and_one_taken_back(lib: list[str], run: Run) -> None:
    _correct(lib, run)
    assert run(*lib, "entities", "--hidden").out == ""  # Nikkei is named by no source now: not hidden-listed
    code, out, err = run(*lib, "entities", "--corrections")
    assert code == 0 and err == ""
    assert sorted(out.splitlines()) == [
        "org     Nikkei: not a name  (no source names it now; kept for when one does)",
        "org     Toyota: listed as person",
    ]
    data = json.loads(run(*lib, "entities", "--corrections", "--json").out)
    assert {d["name"]: (d["hidden"], d["listed_as"], d["named_now"]) for d in data} == {
        "Nikkei": (True, None, False), "Toyota": (False, "person", True)}  # fmt: skip
    code, out, err = run(*lib, "entities", "--take-back", "nikkei")
    assert (code, out) == (0, "took back “Nikkei” (org): not a name\n")
    assert run(*lib, "entities", "--corrections").out.splitlines() == ["org     Toyota: listed as person"]
    code, _out, err = run(*lib, "entities", "--take-back", "Nikkei")
    assert code == 1 and "no correction was made on “Nikkei”" in err
    code, _out, err = run(*lib, "entities", "--corrections", "--limit", "2")
    assert code == 1 and "--corrections and --limit do not go together" in err


def test_a_take_back_that_misses_says_what_is_there(lib: list[str], run: Run) -> None:
    """`--take-back Toyota --kind person` (as it lists now) said "no correction was made on
    “Toyota”", as if none were; a name mistyped got no nearer than the list."""
    _correct(lib, run)
    code, out, err = run(*lib, "entities", "--take-back", "Toyota", "--kind", "person")
    assert (code, out) == (1, "")
    assert err == ("briefing: no correction was made on “Toyota” as person: it was made on the org of that name "
                   "(--kind org, or leave --kind out)\n")  # fmt: skip
    assert run(*lib, "entities", "--take-back", "Toyta").err == (
        "briefing: no correction was made on “Toyta”; did you mean “Toyota”? (`briefing entities --corrections` "
        "lists them)\n")  # fmt: skip
    assert run(*lib, "entities", "--take-back", "Qwxz").err == (
        "briefing: no correction was made on “Qwxz” (`briefing entities --corrections` lists them)\n")
    assert run(*lib, "entities", "--take-back", "Toyota", "--kind", "org").out == "took back “Toyota” (org): listed as person\n"

"""Every `--json` prints the keys the README's "`--json` for scripts" table names, in its
order: scripts read them, and the README documented some commands' keys, others' not at all."""

from __future__ import annotations

import json
import re
from itertools import dropwhile, takewhile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader import paths
from reader.core.store import Store

if TYPE_CHECKING:
    from tests.cli.conftest import Run

README = Path(__file__).resolve().parents[2] / "README.md"

# The README's command, as a script on the seeds' library types it.
ARGV = {"list --json": ["list", "--json"], "show ID --json": ["show", "1", "--json"],
        "search QUERY --json": ["search", "Japan", "--json"],
        "highlight list ID --json": ["highlight", "list", "1", "--json"],
        "note show ID --json": ["note", "show", "1", "--json"],
        "briefing list --json": ["briefing", "list", "--json"],
        "briefing show NAME --json": ["briefing", "show", "Q", "--json"], "stories --json": ["stories", "--json"],
        "story show story:N --json": ["story", "show", "story:1", "--json"],
        "entities --json": ["entities", "--json", "--limit", "3"], "entities NAME --json": ["entities", "Tokio", "--json"],
        "entities --corrections --json": ["entities", "--corrections", "--json"],
        "saved --json": ["saved", "--json"], "backups --json": ["backups", "--json"], "bin --json": ["bin", "--json"]}  # fmt: skip


def documented() -> list[tuple[str, str | None, list[str]]]:
    """(command, the key it is nested under or None, its keys) per row of the README's table, the
    first after its "`--json` for scripts" paragraph, however many lines lead to it."""
    after = README.read_text(encoding="utf-8").split("**`--json` for scripts.**", 1)[1].splitlines()
    table = list(takewhile(lambda line: line.startswith("|"), dropwhile(lambda line: not line.startswith("|"), after)))
    rows = []
    for line in table[2:]:  # under the header and its |---| line
        command, _prints, keys = (cell.strip() for cell in line.strip("|").split("|"))
        named = re.fullmatch(r"`([^`]*)`(?:: `([^`]*)`)?", command)
        assert named, line
        rows.append((named[1], named[2], re.findall(r"`([^`]*)`", re.sub(r"\([^)]*\)", "", keys))))
    return rows


def _first(value: Any) -> dict[str, Any]:
    """The object, or a list's first, after checking that every item of the list has its keys:
    a body block of `show --json` had no `reason`, which only a set-aside block gave."""
    item = value[0] if isinstance(value, list) else value
    assert isinstance(item, dict)
    assert all(list(other) == list(item) for other in (value if isinstance(value, list) else [])), value
    return item


def test_every_json_has_the_keys_the_readme_names(filled: list[str], run: Run, seed_files: list[Path]) -> None:
    assert run(*filled, "saved", "add", "Chips", "Halbleiter")[0] == 0
    assert run(*filled, "briefing", "add", "Q", "--heading", "Warum")[0] == 0  # an item of each kind
    assert run(*filled, "briefing", "add", "Q", "--text", "Verbindender Text.")[0] == 0
    assert run(*filled, "entities", "--limit", "1")[0] == 0  # indexed, so that an entry can be corrected
    with Store.open(paths.resolve(filled[1]).db_path) as store:  # something in the bin to list
        store.sources.delete(4)
        fix = store.entities.corrections  # a correction to list, as the Entities view makes one
        fix.put(fix.hide([next(e.id for e in store.entities.list() if e.name == "Washington")]).after)
    rows = documented()
    assert {command for command, _key, _keys in rows} == {*ARGV, "inspect FILE… --json"}
    for command, key, keys in rows:
        if command.startswith("inspect"):
            code, out, _ = run(*filled, "inspect", str(seed_files[0]), "--json")
            data: Any = json.loads(out.splitlines()[0])
        else:
            code, out, _ = run(*filled, *ARGV[command])
            data = json.loads(out)
        assert code == 0, command
        shown = _first(data)
        if key is not None:
            shown = _first(shown[key])
        assert list(shown) == keys, (command, key)


def test_a_highlight_found_by_search_goes_into_a_briefing_by_its_id(lib: list[str], run: Run) -> None:
    """`search --json` named the source of a highlight hit, not the highlight: a script could
    not add what it found to a briefing."""
    assert run(*lib, "highlight", "add", "1", "--quote", "hochrangigen Treffen in Tokio", "--note", "Gipfelort")[0] == 0
    hits = json.loads(run(*lib, "search", "in:highlight Gipfelort", "--json").out)
    assert [(hit["where"], hit["highlight_id"]) for hit in hits] == [("highlight", 1)]
    assert all(hit["highlight_id"] is None for hit in json.loads(run(*lib, "search", "Japan", "--json").out)
               if hit["where"] != "highlight")  # fmt: skip
    assert run(*lib, "briefing", "create", "Q")[0] == 0
    assert run(*lib, "briefing", "add", "Q", "--highlight", str(hits[0]["highlight_id"])).out == "added item #1 to “Q”\n"

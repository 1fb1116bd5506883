"""`briefing entities N`, N the number `entities` lists first on each line, is refused with the
way to it (`--id N`): `entities 1` showed the mentions of a figure whose name holds a 1
("21 Staaten"), as if that were entity #1. The names holding the number are offered too."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_a_number_as_the_name_points_to_id(tmp_path: Path, seeds_dir: Path, run: Run) -> None:
    home = ["--data-dir", str(tmp_path / "lib")]
    assert run(*home, "import", str(seeds_dir))[0] == 0
    listed = json.loads(run(*home, "entities", "--json")[1])
    first = listed[0]

    code, out, err = run(*home, "entities", str(first["id"]))

    assert (code, out) == (1, "")
    assert err.startswith(f"briefing: no entity is called “{first['id']}”; entity #{first['id']} is "
                          f"“{first['name']}”: an entity's number goes with --id (briefing entities --id {first['id']})")
    figure = next(e for e in listed if re.match(r"\d+ ", e["name"]))  # "21 Staaten"
    digits = figure["name"].split()[0]
    code, out, err = run(*home, "entities", digits)
    assert (code, out) == (1, "") and "; names holding it: " in err and f"“{figure['name']}”" in err
    code, out, _ = run(*home, "entities", figure["name"])  # named in full, it is found
    assert code == 0 and out.startswith(f"{figure['name']} (figure)")
    assert run(*home, "entities", "--id", str(first["id"]))[0] == 0

"""`briefing import --update` end to end on real files: report, apply, show revisions, similar."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import Run


DATA = Path(__file__).resolve().parents[1] / "data" / "revisions"


def test_a_newer_version_is_reported_then_applied_with_update(
    tmp_path: Path, run: Run
) -> None:
    files = tmp_path / "clippings"
    shutil.copytree(DATA, files)
    lib = ("--data-dir", str(tmp_path / "lib"))
    code, out, err = run(*lib, "import", str(files / "ecb-v1.md"))
    assert code == 0 and "1 imported" in err
    for quote in ("the third increase this year", "4.5 percent in October",
                  "Team Alpha raised its market share in the third quarter by twelve percent"):  # fmt: skip
        assert run(*lib, "highlight", "add", "1", "--quote", quote)[0] == 0

    code, out, err = run(*lib, "import", str(files / "ecb-v2.md"))
    assert code == 0
    assert out == f"newer        {files / 'ecb-v2.md'}: a newer version of #1 (use --update to apply)\n"
    assert "0 imported, 0 duplicate, 1 newer version, 0 failed" in err

    code, out, err = run(*lib, "import", "--update", str(files / "ecb-v2.md"))
    assert code == 0
    assert out == (
        f"updated      {files / 'ecb-v2.md'}: "
        "#1: 1 highlight moved, 1 needs review, 1 could not be placed (kept as orphan)\n"
    )
    assert "1 updated" in err

    code, out, _ = run(*lib, "highlight", "list", "1", "--json")
    listed = {h["quote"]: (h["anchored"], h["needs_review"]) for h in json.loads(out)}
    assert listed["4.5 percent in October"] == (True, True)
    assert listed["the third increase this year"] == (True, False)
    assert listed["Team Alpha raised its market share in the third quarter by twelve percent"] == (False, False)
    code, out, _ = run(*lib, "highlight", "list", "1")
    assert "4.5 percent in October  (the words changed in an update: check)" in out
    assert "orphaned Team Alpha" in out

    code, out, _ = run(*lib, "show", "1", "--json")
    shown = json.loads(out)
    assert "4.75 percent" in shown["body"]
    assert [(r["number"], r["file_name"], r["current"]) for r in shown["revisions"]] == [
        (1, "ecb-v1.md", False), (2, "ecb-v2.md", True)]  # fmt: skip
    assert shown["similar_to"] == []

    code, out, _ = run(*lib, "show", "1", "--revision", "1")
    assert code == 0 and "revision 1 of 2 (earlier" in out and "4.5 percent in October" in out
    assert run(*lib, "show", "1", "--revision", "7")[0] == 1

    code, out, err = run(*lib, "import", str(files / "ecb-wire-other-outlet.md"))
    assert out == f"imported     {files / 'ecb-wire-other-outlet.md'}: similar to #1\n"
    code, out, _ = run(*lib, "show", "2", "--json")
    assert json.loads(out)["similar_to"] == [1]

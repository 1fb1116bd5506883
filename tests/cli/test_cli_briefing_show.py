"""`briefing briefing show NAME`: one item per line at the left edge, a connecting text's
further lines indented under it (they started at the left edge, reading as items of their own).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import Run


TEXT = "Die Lage ist *angespannt*, siehe [^1].\n\n[^1]: Eigene Anmerkung."


def test_a_multi_line_text_stays_under_its_item(
    tmp_path: Path, seeds_dir: Path, run: Run
) -> None:
    lib = ("--data-dir", str(tmp_path / "lib"))
    assert run(*lib, "import", str(seeds_dir))[0] == 0
    assert run(*lib, "briefing", "create", "Memo")[0] == 0
    assert run(*lib, "briefing", "add", "Memo", "--heading", "Lage")[0] == 0
    assert run(*lib, "briefing", "add", "Memo", "--text", TEXT)[0] == 0
    assert run(*lib, "briefing", "add", "Memo", "--heading", "Schluss")[0] == 0

    code, out, _ = run(*lib, "briefing", "show", "Memo")

    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Memo"
    items = [line for line in lines[1:] if line and not line.startswith(" " * 10)]
    assert [line.split()[:3] for line in items] == [
        ["1.", "#1", "heading"], ["2.", "#2", "text"], ["3.", "#3", "heading"]]  # fmt: skip
    column = lines[2].index("Die Lage")
    assert lines[3:5] == ["", " " * column + "[^1]: Eigene Anmerkung."]

"""`briefing list --sort title` files titles as the window's Title A–Z does: "Ölpreis …" among
the O's, "‘We had …’" among the W's — the window and a script reading the same library list it in
one order (session 38's review). Real files, real SQLite."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import Run

PROSE = ("Die Netzbetreiber sollen die Mittel bis 2030 abrufen können, Kritiker bemängeln, dass "
         "die Nachfrage der Industrie noch unklar sei. ")  # fmt: skip
TITLES_A_TO_Z = ["Apple baut in Berlin", "Ölpreis steigt nach OPEC-Beschluss", "over the top: Streaming wächst",
                 "‘We had some issues,’ exec says", "Zukunft der Rente"]  # fmt: skip


def test_list_sorted_by_title_files_umlauts_and_quotes_by_their_letter(tmp_path: Path, run: Run) -> None:
    files = []
    for n, title in enumerate(reversed(TITLES_A_TO_Z)):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"{title}\n\n{PROSE * (n + 1)}\n", encoding="utf-8")
        files.append(str(path))
    data = ["--data-dir", str(tmp_path / "lib")]
    assert run(*data, "import", *files).code == 0
    code, out, _ = run(*data, "list", "--sort", "title", "--json")
    assert code == 0
    assert [source["title"] for source in json.loads(out)] == TITLES_A_TO_Z

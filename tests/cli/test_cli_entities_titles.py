"""`briefing entities` writes an academic title before the name, as the who's who does ("Dr.
Ina Berger — Tierärztin"): it listed "Ina Berger  (Tierärztin, Dr.)", the degree read as an
office. One place merges the roles for every list (`merge_roles`), and leaves the title out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import Run

GERMAN = """Impfung im Tierheim

Die Tierärztin Dr. Ina Berger sprach mit dem Redakteur. Berger sagte, es gehe den Tieren gut.
"""


def test_listing_mentions_and_whos_who_write_the_title_before_the_name(tmp_path: Path, run: Run) -> None:
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    home = ["--data-dir", str(tmp_path / "lib")]
    assert run(*home, "import", str(tmp_path / "de.txt"))[0] == 0
    code, out, _ = run(*home, "entities", "--kind", "person")
    assert code == 0 and out.rstrip().endswith("Dr. Ina Berger  (Tierärztin)") and "Dr.)" not in out
    code, out, _ = run(*home, "entities", "Ina Berger")
    assert code == 0 and out.startswith("Dr. Ina Berger (person) — Tierärztin: 2 mentions")
    code, out, _ = run(*home, "entities", "--whos-who")
    assert code == 0 and "- **Dr. Ina Berger** — Tierärztin [^who-1]" in out

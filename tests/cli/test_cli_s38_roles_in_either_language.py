"""`briefing entities` and the who's who say a German source's roles as the Entities view does
(tests/ui/entities/test_s38_roles_in_either_window.py): the listing in English ("lawmaker",
"Vice Chancellor", "former Minister"), the who's who in the export language."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import Run

GERMAN = """Haushalt im Streit

Am Mittwoch kritisierte der Abg. Thomas Müller den Haushalt scharf. Vizekanzler Robert Hahn
verteidigte ihn, und die ehemalige Ministerin Anna Schulz schwieg. Müller kündigte einen Antrag an.
"""


def test_listing_and_whos_who_say_the_offices_in_their_language(tmp_path: Path, run: Run) -> None:
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    home = ["--data-dir", str(tmp_path / "lib")]
    assert run(*home, "import", str(tmp_path / "de.txt"))[0] == 0
    code, out, _ = run(*home, "entities", "--kind", "person")
    assert code == 0
    assert "Thomas Müller  (lawmaker)" in out
    assert "Robert Hahn  (Vice Chancellor)" in out
    assert "Anna Schulz  (former Minister)" in out
    code, out, _ = run(*home, "entities", "Thomas Müller")
    assert code == 0 and out.startswith("Thomas Müller (person) — lawmaker:")
    code, out, _ = run(*home, "entities", "--whos-who")
    assert code == 0
    assert "- **Robert Hahn** — Vice Chancellor [^who-1]" in out
    assert "- **Anna Schulz** — former Minister [^who-1]" in out
    code, out, _ = run(*home, "entities", "--whos-who", "--language", "de")
    assert code == 0
    assert "- **Thomas Müller** — Abgeordneter [^who-1]" in out
    assert "- **Anna Schulz** — ehemalige Ministerin [^who-1]" in out
    # --json keeps the roles as the source wrote them
    code, out, _ = run(*home, "entities", "--kind", "person", "--json")
    assert code == 0 and '"Abg."' in out and '"ehemalige Ministerin"' in out

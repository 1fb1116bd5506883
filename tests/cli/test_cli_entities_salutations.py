"""`briefing entities` and the who's who leave a salutation out of a person's roles (session 28):
"Angela Merkel (Chancellor, Frau)" and "Olaf Scholz (Herr)" were listed, "Frau Angela Merkel"
read with the salutation as a role. Since session 30 the index keeps no salutation, so `--json`
lists none either."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import Run

GERMAN = """Merkel trifft Scholz in Berlin

Frau Angela Merkel hat am Montag in Berlin gesprochen. Bundeskanzlerin Angela Merkel sagte, sie
wolle handeln. Herr Olaf Scholz schwieg dazu. Merkel reiste am Abend ab.
"""


def test_listing_mentions_and_whos_who_show_no_salutation(tmp_path: Path, run: Run) -> None:
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    home = ["--data-dir", str(tmp_path / "lib")]
    assert run(*home, "import", str(tmp_path / "de.txt"))[0] == 0
    code, out, _ = run(*home, "entities", "--kind", "person")
    assert code == 0 and "Angela Merkel  (Chancellor)\n" in out
    assert out.rstrip().endswith("Olaf Scholz") and "(Herr)" not in out and "()" not in out
    code, out, _ = run(*home, "entities", "Olaf Scholz")
    assert code == 0 and out.startswith("Olaf Scholz (person): 1 mention")
    code, out, _ = run(*home, "entities", "--whos-who")
    assert code == 0 and "- **Angela Merkel** — Chancellor [^who-1]" in out
    assert "- **Olaf Scholz** [^who-1]" in out and "Frau" not in out and "Herr" not in out
    code, out, _ = run(*home, "entities", "--kind", "person", "--json")
    roles = {e["name"]: e["roles"] for e in json.loads(out)}
    assert "Frau" not in roles["Angela Merkel"] and roles["Olaf Scholz"] == []  # no role at all

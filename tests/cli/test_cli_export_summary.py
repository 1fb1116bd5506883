"""`briefing export` ends with how many files it wrote and where, on stderr as `import` does.

A whole library's export listed every path (2,000 lines for 2,000 sources) and ended on the last
of them, saying neither how many were written nor where they all are. A real library of the
seeds exported into a tmp folder, again unchanged, and with a file edited outside the app.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_the_last_line_counts_the_files_and_names_the_folder(lib: list[str], tmp_path: Path, run: Run) -> None:
    out = tmp_path / "Vault"
    code, listed, err = run(*lib, "export", "--all", str(out))
    assert code == 0 and listed.count("\nwritten ") + listed.startswith("written ") == 5
    assert err == f"5 files written, 0 unchanged; the files are in {out}\n"
    assert run(*lib, "export", "--all", str(out)).err == f"0 files written, 5 unchanged; the files are in {out}\n"
    edited = next(out.glob("Japan–USA*.md"))
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMeine Ergänzung\n", encoding="utf-8")
    assert run(*lib, "note", "set", "1", "--text", "Neu").code == 0
    code, _, err = run(*lib, "export", "--all", str(out))  # an error: its one "briefing: " line is last
    assert code == 1 and "files written" not in err and err.splitlines()[-1].startswith("briefing: 1 file not")
    code, _, err = run(*lib, "export", "--all", "--force", str(out))
    assert code == 0 and err == f"1 file written, 4 unchanged, 1 kept as .bak; the files are in {out}\n"

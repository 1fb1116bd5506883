"""`briefing import --tag T` of a file already in the library tags the source it duplicates
(the user's "these are about Japan" holds for it too), and its line says so: it said only
"already in the library as #4 “…”", so the user could not tell the tag had been given."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from tests.cli.conftest import Run


def test_a_duplicate_imported_with_tags_says_it_was_tagged(lib: list[str], run: Run, seeds_dir: Path) -> None:
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    code, out, err = run(*lib, "import", str(seed), "--tag", "Kunde", "--tag", "Japan X")
    assert code == 0 and err == "0 imported, 1 duplicate, 0 failed\n"
    (line,) = out.splitlines()
    assert line.startswith(f"duplicate    {seed}: already in the library as #")
    assert line.endswith("” — tagged “Kunde”, “Japan X”")
    number = line.split("#")[1].split()[0]
    assert run(*lib, "list", "--tag", "Japan X").out.split()[0] == number


def test_a_duplicate_imported_without_tags_says_nothing_of_tags(lib: list[str], run: Run, seeds_dir: Path) -> None:
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    out = run(*lib, "import", str(seed)).out
    assert out.startswith("duplicate ") and "tagged" not in out


def test_a_source_updated_with_tags_says_it_was_tagged(tmp_path: Path, run: Run) -> None:
    """`import --update --tag T` tags the source it updates; its line says so, as a duplicate's."""
    from tests.cli.test_cli_revisions import DATA

    lib = ("--data-dir", str(tmp_path / "lib"))
    assert run(*lib, "import", str(DATA / "ecb-v1.md")).code == 0
    code, out, _ = run(*lib, "import", "--update", str(DATA / "ecb-v2.md"), "--tag", "EZB")
    assert code == 0 and out.startswith("updated ") and out.endswith(" — tagged “EZB”\n")
    assert run(*lib, "list", "--tag", "EZB").out.split()[0] == "1"

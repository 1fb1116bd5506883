"""Slips a new user hit: `export --briefing X --single-file` passed over the option without a
word; an empty briefing exported as a file of its title alone, exit status 0; `briefing briefing
add --help` had its usage lines 20 columns left of the others'; and `show 99` pointed to
`briefing list` while every other command said only "no source #99"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader.cli import main
from reader.cli.main import build_parser
from reader.core.store import Store
from tests.cli.test_cli_help import commands

if TYPE_CHECKING:
    from tests.cli.conftest import Run

MISSING = "briefing: no source #99; `briefing list` shows the sources and their numbers\n"


def test_single_file_with_a_briefing_is_a_slip(filled: list[str], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(SystemExit) as ended:
        main([*filled, "export", "--briefing", "Q", "--single-file", str(out)])
    said, err = capsys.readouterr()
    assert ended.value.code == 2 and said == ""
    assert err.startswith("usage: briefing export ")
    assert err.endswith("briefing export: error: --single-file is for --source, --tag, --saved and --all: "
                        "a briefing is always exported as one file; leave --single-file out\n")  # fmt: skip
    assert list(out.iterdir()) == []


def test_an_empty_briefing_is_not_exported(lib: list[str], run: Run, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert run(*lib, "briefing", "create", "Q4 memo")[0] == 0
    assert run(*lib, "export", "--briefing", "q4 memo", str(out / "memo.md")) == (
        1, "", "briefing: briefing “Q4 memo” has nothing in it yet, so nothing was written; add passages with "
        "`briefing briefing add 'Q4 memo' --highlight ID` (or --heading TEXT, --text MD)\n")  # fmt: skip
    assert list(out.iterdir()) == []


def test_a_briefing_with_items_is_still_exported(filled: list[str], run: Run, tmp_path: Path) -> None:
    code, out, _ = run(*filled, "export", "--briefing", "Q", str(tmp_path))
    assert code == 0 and out == f"written      {tmp_path / 'Q.md'}\n"
    assert "hochrangigen Treffen in Tokio" in (tmp_path / "Q.md").read_text(encoding="utf-8")


def test_every_usage_continues_under_its_first_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    """As argparse indents a usage it wraps itself: under the word after the command's name
    (or, for a second way to call it, under the command's name)."""
    monkeypatch.setenv("COLUMNS", "80")
    for path, parser in commands(build_parser()):
        usage = parser.format_usage().rstrip("\n").split("\n")
        under = " " * len(f"usage: {parser.prog} ")
        for line in usage[1:]:
            assert (line.startswith(under) and line[len(under)] != " ") or line == " " * 7 + line.lstrip() \
                and line.lstrip().startswith(parser.prog), (path, usage)  # fmt: skip


def test_briefing_add_usage_reads_like_the_others() -> None:
    add = next(p for path, p in commands(build_parser()) if path == ("briefing", "add"))
    assert add.format_usage() == (
        "usage: briefing briefing add [-h] NAME (--highlight ID [ID ...] |\n"
        "                             --heading TEXT | --text MD) [--position POSITION]\n")  # fmt: skip


@pytest.mark.parametrize("argv", [
    ["show", "99"], ["note", "set", "99", "--text", "x"], ["highlight", "list", "99"],
    ["highlight", "add", "99", "--quote", "x"], ["tag", "add", "99", "Japan"],
    ["entities", "--source", "99"], ["story", "join", "99", "1"],
])  # fmt: skip
def test_a_missing_source_is_said_alike_by_every_command(lib: list[str], run: Run, argv: list[str]) -> None:
    assert run(*lib, *argv) == (1, "", MISSING)


def test_export_of_a_missing_source_says_it_alike(lib: list[str], run: Run, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert run(*lib, "export", "--source", "99", str(out)) == (1, "", MISSING)
    assert list(out.iterdir()) == []


def test_a_deleted_source_is_in_the_bin_for_every_command(lib: list[str], run: Run) -> None:
    with Store.open(Path(lib[1]) / "library.sqlite") as store:
        store.sources.delete(2)
    binned = "briefing: no source #2 (it was deleted: it is in the bin; `briefing bin restore 2` brings it back)\n"
    assert run(*lib, "highlight", "list", "2") == (1, "", binned)
    assert run(*lib, "tag", "add", "2", "99", "Japan") == (
        1, "", "briefing: no source #2 (it was deleted: it is in the bin; `briefing bin restore 2` brings it back), #99; "
        "`briefing list` shows the sources and their numbers\n")  # fmt: skip


"""Numbers on the command line: an id SQLite cannot hold, a count below one, a word where a
number goes — each a usage error (exit 2) naming the argument, never a traceback or a silent
"No matches."; `--workers` beyond the machine's cores starts no more processes than cores."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.cli import main
from reader.core import importer


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["show", "99999999999999999999999"], "argument ID: 99999999999999999999999 is too large"),
        (["show", "abc"], "argument ID: “abc” is no source's number"),
        (["highlight", "label", "-99999999999999999999", "risk"], "is too large"),
        (["export", "--source", "9223372036854775808", "out"], "9223372036854775808 is too large"),
        (["search", "--limit", "0", "Japan"], "argument --limit: must be 1 or more, not 0"),
        (["search", "--limit", "-5", "Japan"], "argument --limit: must be 1 or more, not -5"),
        (["entities", "--limit", "0"], "argument --limit: must be 1 or more, not 0"),
        (["import", "x.txt", "--workers", "-3"], "argument --workers: must be 1 or more, not -3"),
    ],
)
def test_a_number_out_of_range_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], says: str
) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["--data-dir", str(tmp_path / "lib"), *argv])
    err = capsys.readouterr().err
    assert ended.value.code == 2 and says in err and "Traceback" not in err


def test_the_largest_id_sqlite_holds_is_just_not_found(
    tmp_path: Path, seed_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "lib"), "import", str(seed_files[0])]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "lib"), "show", "9223372036854775807"]) == 1
    assert capsys.readouterr().err.startswith("briefing: no source #9223372036854775807; ")


def test_workers_are_at_most_the_cores(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: list[int | None] = []

    def spy(*_args: object, workers: int | None = None, **_kwargs: object) -> list[object]:
        asked.append(workers)  # and nothing started: without the limit, 100,000 processes
        return []

    monkeypatch.setattr(importer, "import_paths", spy)
    main(["--data-dir", str(tmp_path / "lib"), "import", str(seeds_dir), "--workers", "100000"])
    assert asked == [os.cpu_count() or 1]

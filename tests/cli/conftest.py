"""What the command-line tests share: `run`, a `briefing` command run in the test's process,
`lib`, a library in a temporary folder with the seeds imported, `filled`, that library
with a highlight in a briefing, and `usage_error`, the last line of a command's usage slip."""

from __future__ import annotations

import contextlib
import io
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from reader.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


class Ran(NamedTuple):
    """What one `briefing` command did: its exit status and what it printed (with whatever
    the test printed before and had not read)."""

    code: int
    out: str
    err: str


Run = Callable[..., Ran]
UsageError = Callable[..., str]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    """`run(*argv)` runs `briefing *argv` (`main`) here, so a test sees its exit status, stdout
    and stderr; every test module had carried its own copy of this."""

    def briefing(*argv: str) -> Ran:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return briefing


@pytest.fixture
def usage_error(run: Run, capsys: pytest.CaptureFixture[str]) -> UsageError:
    """`usage_error(*argv)`: the last line of the usage slip `briefing *argv` makes (exit status
    2, nothing on stdout), as argparse and the commands' own slips end."""

    def slip(*argv: str) -> str:
        with pytest.raises(SystemExit) as ended:
            run(*argv)
        out, err = capsys.readouterr()
        assert ended.value.code == 2 and out == ""
        return err.splitlines()[-1]

    return slip


@pytest.fixture(scope="session")
def _seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library folder holding the five seeds, imported once a run by `briefing import` (as
    `lib` had done for each of its 125 tests); `lib` gives each test a copy of its own."""
    folder = tmp_path_factory.mktemp("seeded")
    home = folder / "home"  # no command may touch the user's settings, here as in every test
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(io.StringIO()), \
            contextlib.redirect_stderr(io.StringIO()):  # fmt: skip
        patch.setenv("READER_HOME", str(home))
        assert main(["--data-dir", str(folder / "lib"), "import", str(SEEDS), "--workers", "1"]) == 0
    return folder / "lib"


@pytest.fixture
def lib(tmp_path: Path, _seeded: Path) -> list[str]:
    """`--data-dir` of a fresh library holding the five seeds, ready to put before a command:
    a copy of `_seeded` (the library, its first backup, its folders), the test's to change."""
    shutil.copytree(_seeded, tmp_path / "lib")
    return ["--data-dir", str(tmp_path / "lib")]


@pytest.fixture
def filled(lib: list[str], run: Run) -> list[str]:
    """`lib` with highlight #1 on source 1, in briefing “Q” as its item #1."""
    assert run(*lib, "highlight", "add", "1", "--quote", "hochrangigen Treffen in Tokio")[0] == 0
    assert run(*lib, "briefing", "create", "Q")[0] == 0
    assert run(*lib, "briefing", "add", "Q", "--highlight", "1")[0] == 0
    return lib

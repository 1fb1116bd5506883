"""Ctrl-C in a terminal reaches every process of `briefing import`, its parsing workers too.

A worker interrupted half-way through importing a module (a parser loads some on the first page
that needs them) kept the half-made module: its next files failed on it, each printing "could not
parse … module 'urllib3' has no attribute 'util'" with a traceback, after the import's one line.
Pressed while the workers were being forked, Ctrl-C was lost in the fork ("Exception ignored in
…", and the import ran on to exit status 0) or left the pool half-started (a traceback, status 1).

Run as a user's terminal does it: `briefing` as its console script, a real SIGINT sent to the
command's whole process group, at a moment the test waits for, never after a pause.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from reader.core import importer
from reader.core.import_pool import PARALLEL_THRESHOLD
from reader.core.models import ImportStatus
from reader.core.store import Store, daily_backup
from tests.processes import running

pytestmark = [
    pytest.mark.skipif(sys.platform != "linux", reason="a terminal's process group, read in /proc"),
    pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="`--workers 2` is one process on one core"),
]

DATA = Path(__file__).resolve().parents[1] / "data"

# A module a parser loads on the first page that needs it, whose import is under way when Ctrl-C
# comes: it leaves a mark and goes on importing, as long as the test may last (its end kills it).
# Like urllib3's, it has imported a submodule of its own by then.
HALF_MADE = {
    "__init__.py": (
        "import os, time\n"
        "from pathlib import Path\n"
        "import halfmade.util\n"
        "halfmade.util.ready\n"  # fails when a module cut off here left `util` behind
        "marks = Path(os.environ['MARKS'])\n"
        "(marks / f'{os.getpid()}.importing').touch()\n"
        "deadline = time.monotonic() + 600\n"
        "while time.monotonic() < deadline:\n"
        "    time.sleep(0.01)\n"
    ),
    "util.py": "ready = True\n",
}

# `briefing` as its console script runs it, its workers' parser loading `halfmade` for the files
# of the folder `later` (those of `first`, four chunks of 16, are parsed and stored without it).
COMMAND = """
from reader.core import import_pool
from reader.cli import run
parse = import_pool.prepare_file
def prepare_file(path):
    if path.parent.name == "later":
        import halfmade
    return parse(path)
import_pool.prepare_file = prepare_file
run()
"""

# The command's workers forked with a Ctrl-C sent at that moment (to the command only).
FORKED_AT_CTRL_C = """
import os, signal
os.register_at_fork(before=lambda: os.kill(os.getpid(), signal.SIGINT))
from reader.cli import run
run()
"""


@contextmanager
def _briefing(script: str, *argv: str, env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[str]]:
    """The command in a process group of its own, as a terminal starts it; whatever of the group
    is left when the test ends (a failed assertion, a timeout) is killed, workers too."""
    process = subprocess.Popen([sys.executable, "-c", script, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env or os.environ.copy(), start_new_session=True)  # fmt: skip
    try:
        yield process
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()


def _articles(folder: Path, *kinds: str) -> list[Path]:
    """Folders `folder`/KIND holding the article files of tests/data/KIND."""
    made = []
    for kind in kinds:
        (folder / kind).mkdir(parents=True)
        for article in sorted((DATA / kind).glob("*.txt")):
            shutil.copy(article, folder / kind)
        made.append(folder / kind)
    return made


def _names(folders: list[Path]) -> list[str]:
    return [p.name for folder in folders for p in folder.iterdir()]


def _ignores_ctrl_c(pid: int) -> bool:
    """Whether the process ignores SIGINT, as Linux lists it (`SigIgn`, a mask of signals)."""
    for line in (Path("/proc") / str(pid) / "status").read_text().splitlines():
        if line.startswith("SigIgn:"):
            return bool(int(line.split()[1], 16) >> (signal.SIGINT - 1) & 1)
    return False


def _library_with_seeds(data: Path, seeds_dir: Path) -> list[str]:
    """A library with the seeds in it already: what an interrupted import must not touch. Made
    here (a command of its own cost the test a second or two) as `briefing import` makes it,
    the day's backup too, so the interrupted command makes none while its workers parse."""
    data.mkdir()
    with Store.open(data / "library.sqlite") as store:
        importer.import_paths(store, [seeds_dir], workers=1)
        assert daily_backup(store.db.conn, data / "library.sqlite") is not None
        return sorted(s.file_name for s in store.sources.list())


def _checked(data: Path) -> list[str]:
    """The library's file names, once its checks (`briefing check`'s) found no problem in it."""
    with Store.open(data / "library.sqlite") as store:
        assert store.check() == []
        return sorted(s.file_name for s in store.sources.list())


def test_ctrl_c_while_workers_import_a_module_is_one_line_and_ends_them(tmp_path: Path, seeds_dir: Path) -> None:
    data, marks, modules = tmp_path / "lib", tmp_path / "marks", tmp_path / "modules"
    first, later = _articles(tmp_path / "files", "stories", "pastes")
    first = first.rename(first.with_name("first"))
    later = later.rename(later.with_name("later"))
    for folder in (marks, modules / "halfmade"):
        folder.mkdir(parents=True)
    for name, text in HALF_MADE.items():
        (modules / "halfmade" / name).write_text(text, encoding="utf-8")
    # Four chunks parsed without the module, and more than the two workers take once they need it.
    assert len(list(first.iterdir())) >= 4 * 16 and len(list(later.iterdir())) > 2 * 16
    before = _library_with_seeds(data, seeds_dir)
    env = {**os.environ, "MARKS": str(marks), "PYTHONPATH": os.pathsep.join([str(modules), *sys.path])}
    command = ["--data-dir", str(data), "import", str(first), str(later)]

    with _briefing(COMMAND, *command, "--workers", "2", env=env) as importing:
        deadline = time.monotonic() + 120
        while len(list(marks.glob("*.importing"))) < 2 and importing.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)  # a poll's pace, not a wait for anything
        workers = [int(mark.stem) for mark in marks.glob("*.importing")]
        assert len(workers) == 2, "the workers never reached the module"
        # Each leaves Ctrl-C to the importing process: ended by it at once below, one taking
        # Ctrl-C itself could have failed its next files before the end came.
        assert all(map(_ignores_ctrl_c, workers))
        assert not _ignores_ctrl_c(importing.pid)
        os.killpg(importing.pid, signal.SIGINT)  # Ctrl-C, as a terminal sends it
        # The workers are ended, not waited for: they would never finish their chunks.
        out, err = importing.communicate(timeout=60)
        deadline = time.monotonic() + 30  # seen before the test's own clean-up kills what is left
        while any(map(running, workers)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in workers if running(pid)], "a worker outlived the import"

    assert "Traceback" not in err and "could not parse" not in err and "Exception ignored" not in err, err
    assert all(line.startswith("imported ") for line in out.splitlines()), out
    imported = [Path(line.split(maxsplit=1)[1]) for line in out.splitlines()]
    said = (f"briefing: interrupted: what was stored before it is in the library ({len(imported)} files), the "
            "rest was not imported; the same import again finishes it" if imported
            else "briefing: interrupted before any file was stored: nothing was imported")  # fmt: skip
    assert (importing.returncode, err) == (130, f"\n{said}\n")
    assert all(path.parent == first for path in imported)  # none of those the workers were cut off in
    # What it said it kept is in the library, whole, and so is what was there before.
    assert _checked(data) == sorted([*before, *(path.name for path in imported)])

    # The same import again finishes it (here, not as a command: that cost seconds).
    with Store.open(data / "library.sqlite") as store:
        again = Counter(r.status for r in importer.import_paths(store, [first, later], workers=1))
    count = len(_names([first, later]))
    # A Counter on both sides: when Ctrl-C came before any file was stored, no duplicate is counted
    # (a plain dict's zero would not equal the Counter's missing key).
    assert again == Counter({ImportStatus.IMPORTED: count - len(imported), ImportStatus.DUPLICATE: len(imported)})
    assert _checked(data) == sorted([*before, *_names([first, later])])


def test_ctrl_c_while_the_workers_are_forked_is_taken_after_it(tmp_path: Path, seeds_dir: Path) -> None:
    """Not lost in the fork, nor a traceback: the import stops before its first file."""
    data = tmp_path / "lib"
    (stories,) = _articles(tmp_path / "files", "stories")
    assert len(list(stories.iterdir())) > PARALLEL_THRESHOLD  # parsed by the workers
    before = _library_with_seeds(data, seeds_dir)

    with _briefing(FORKED_AT_CTRL_C, "--data-dir", str(data), "import", str(stories), "--workers", "2") as importing:
        out, err = importing.communicate(timeout=120)

    assert (importing.returncode, out, err) == (
        130, "", "\nbriefing: interrupted before any file was stored: nothing was imported\n"
    ), err
    assert _checked(data) == before

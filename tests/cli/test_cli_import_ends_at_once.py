"""`briefing import` ends without Python's teardown once its library is closed (`reader.cli.ending`),
and nothing is lost by it: the library the command leaves is complete and intact. Every other
command ends as Python does."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from reader.core import importer
from reader.core.import_pool import PARALLEL_THRESHOLD
from reader.core.store import Store

STORIES = Path(__file__).resolve().parents[1] / "data" / "stories"
# `briefing` as its console script runs it (`reader.cli.run`), with an object whose freeing says
# whether the interpreter's teardown ran, and an exit handler that says whether those ran.
COMMAND = (
    "import atexit, sys\n"
    "class Probe:\n"
    "    def __del__(self): print('teardown ran')\n"
    "probe = Probe()\n"
    "atexit.register(print, 'exit handlers ran')\n"
    "from reader.cli import run; run()"
)


def _briefing(*argv: str) -> subprocess.CompletedProcess[str]:
    # Output buffered, as from a user's shell: what `os._exit` would lose unflushed.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return subprocess.run([sys.executable, "-c", COMMAND, *argv], capture_output=True, text=True, check=False, env=env)


def _stories(store: Store, ids: dict[str, int]) -> list[list[str]]:
    names = {source_id: name for name, source_id in ids.items()}
    return sorted(sorted(names[i] for i in members) for members in store.stories.stories().values())


def test_an_import_ends_at_once_and_leaves_the_whole_library(tmp_path: Path, seeds_dir: Path) -> None:
    files = tmp_path / "files"  # the labelled stories and the seeds: enough files for the workers
    files.mkdir()
    for source in [*sorted(STORIES.glob("*.txt")), *sorted(seeds_dir.glob("*.txt"))]:
        shutil.copy(source, files)
    count = len(list(files.iterdir()))
    assert count > PARALLEL_THRESHOLD

    done = _briefing("--data-dir", str(tmp_path / "lib"), "import", str(files))

    assert done.returncode == 0, done.stderr
    assert "teardown ran" not in done.stdout
    # The report is whole: a line for every file, and the summary last; the exit handlers ran.
    lines = done.stdout.splitlines()
    assert lines.pop() == "exit handlers ran"
    assert len(lines) == count and all(line.startswith("imported ") for line in lines)
    assert done.stderr.endswith(f"{count} imported, 0 duplicate, 0 failed\n")
    library = tmp_path / "lib" / "library.sqlite"
    assert not library.with_name("library.sqlite-wal").exists()  # closed, not left to recovery
    with sqlite3.connect(library) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with Store.open(library) as store:
        stored = {s.file_name: s.id for s in store.sources.list()}
        assert sorted(stored) == sorted(p.name for p in files.iterdir())
        assert store.db.execute("SELECT count(*) FROM story_profiles").fetchone()[0] == count
        grouped = _stories(store, stored)
        # Stories as labelled (tests/data/stories/gold_mixed.json): the Tokyo meeting in the
        # seeds and in the set, the ECB's September decision.
        seeds = sorted(p.name for p in seeds_dir.glob("*.txt"))
        tokyo = {seeds[0], seeds[1], "015_trump-tokyo.txt", "016_trump-tokyo.txt"}
        assert any(tokyo <= set(story) for story in grouped), grouped
        assert ["000_ecb-2024-09.txt", "001_ecb-2024-09.txt", "002_ecb-2024-09.txt"] in grouped
    # The same files imported in this process, which ends as Python does: the same stories.
    with Store.open(tmp_path / "here" / "library.sqlite") as here:
        ids = {Path(r.path).name: r.source_id for r in importer.import_paths(here, [files]) if r.source_id}
        assert _stories(here, ids) == grouped


def test_other_commands_end_as_python_does(tmp_path: Path, seeds_dir: Path) -> None:
    with Store.open(tmp_path / "library.sqlite") as store:
        importer.import_paths(store, sorted(seeds_dir.glob("*.txt"))[:1])
    done = _briefing("--data-dir", str(tmp_path), "list")
    assert done.returncode == 0, done.stderr
    assert "teardown ran" in done.stdout


# stdout a file on a full disk: the report's lines are taken into the buffer, its flush fails.
FULL_DISK = (
    "import errno, io, sys\n"
    "class Full(io.RawIOBase):\n"
    "    def writable(self): return True\n"
    "    def write(self, b): raise OSError(errno.ENOSPC, 'No space left on device')\n"
    "sys.stdout = io.TextIOWrapper(io.BufferedWriter(Full(), 1 << 16), encoding='utf-8')\n"
    "from reader.cli import run; run()"
)


def test_a_report_the_disk_cannot_take_is_an_error(tmp_path: Path, seeds_dir: Path) -> None:
    """Python's exit said so (and ended with 120); the end at once ended with 0, the report lost."""
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    done = subprocess.run([sys.executable, "-c", FULL_DISK, "--data-dir", str(tmp_path / "lib"), "import", str(seed)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.endswith("1 imported, 0 duplicate, 0 failed\n"
                                "briefing: the report could not be written: No space left on device\n")  # fmt: skip
    with Store.open(tmp_path / "lib" / "library.sqlite") as store:  # the import itself is kept
        assert len(store.sources.list()) == 1


def test_an_import_with_its_output_closed_ends_quietly(tmp_path: Path, seeds_dir: Path) -> None:
    """`briefing import … >&-` (a cron line): Python starts with sys.stdout None, and the end
    at once gave a traceback and exit status 1 after the import."""
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    done = subprocess.run([sys.executable, "-c", COMMAND, "--data-dir", str(tmp_path / "lib"), "import", str(seed)],
                          stderr=subprocess.PIPE, text=True, check=False, preexec_fn=lambda: os.close(1))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr.endswith("1 imported, 0 duplicate, 0 failed\n")


def test_an_import_by_the_forkserver_leaves_nothing_in_the_temporary_folder(tmp_path: Path) -> None:
    """The forkserver's socket is in a `pymp-…` folder that multiprocessing's exit handler
    removes: ending without the handlers left one in /tmp after each import."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    forkserver = "from reader.core import import_pool; import_pool._forkable = lambda: False\n" + COMMAND
    files = sorted(STORIES.glob("*.txt"))
    assert len(files) > PARALLEL_THRESHOLD  # parsed by the workers
    done = subprocess.run([sys.executable, "-c", forkserver, "--data-dir", str(tmp_path / "lib"), "import",
                           *map(str, files)], capture_output=True, text=True, check=False,
                          env={**os.environ, "TMPDIR": str(temporary)})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "teardown ran" not in done.stdout
    assert list(temporary.iterdir()) == []


def test_an_import_run_in_process_leaves_the_next_command_its_own_end(tmp_path: Path, seeds_dir: Path) -> None:
    """`main` for an import in a process (a test, a script), then `run` of another command: that
    one ended at once too (in a test, pytest itself would end, with status 0 and the tests left unrun)."""
    seed, lib = sorted(seeds_dir.glob("*.txt"))[0], tmp_path / "lib"
    code = COMMAND.replace(
        "from reader.cli import run; run()",
        "import contextlib, io\n"
        "from reader.cli import main, run\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['--data-dir', {str(lib)!r}, 'import', {str(seed)!r}]) == 0\n"
        "run()",
    )
    done = subprocess.run([sys.executable, "-c", code, "--data-dir", str(lib), "list"],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "teardown ran" in done.stdout

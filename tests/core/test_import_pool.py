"""How the import pool starts its workers: forked by the command line, else by a forkserver that
loads the parsers and profiles, not the library."""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core import import_pool
from reader.core.import_pool import PARALLEL_THRESHOLD
from tests.processes import running


def test_the_parsing_workers_forkserver_does_not_load_the_library() -> None:
    """Workers parse bytes and make profiles; the store's modules (sqlite_utils, every
    repository) cost the forkserver 0.2 s of CPU per import and no worker uses them."""
    script = (
        "import sys\n"
        "import reader.core.import_preload\n"
        "print(sorted(m for m in sys.modules if m.startswith(('reader.core.store', 'sqlite_utils'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_forkserver_has_the_word_lists_loaded_before_it_forks() -> None:
    """Loaded lazily in each worker, they cost it 0.1 s (word frequencies) and 0.04 s (first
    names, for name-shaped lines) of CPU on its first file."""
    script = (
        "import sys\nimport reader.core.import_preload\n"
        "from reader.core import word_frequency\n"
        "from reader.core.ingest import person_shape\n"
        "print(word_frequency.table.cache_info().currsize, person_shape._first_names.cache_info().currsize)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "2 1"


def _run(script: str) -> str:
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_only_a_process_without_other_threads_or_qt_forks_its_workers() -> None:
    """Forking copies a lock another thread holds, locked for ever: the window (Qt, whose
    threads run Python that `threading` does not list) keeps the forkserver."""
    check = "from reader.core.import_pool import _forkable\nprint(_forkable())\n"
    assert _run(check) == "True"
    other_thread = (
        "import threading\nstop = threading.Event()\n"
        "threading.Thread(target=stop.wait).start()\n"
        f"{check}stop.set()\n"
    )
    assert _run(other_thread) == "False"
    assert _run(f"import PySide6.QtCore\n{check}") == "False"


FORKED_IMPORT = """
import json, sys
from pathlib import Path
from reader.core import import_pool, importer
from reader.core.store import Store

folder, forked = Path(sys.argv[1]), []
parse_forked = import_pool._parse_forked
def recording(files, workers, *rest):
    forked.append(len(files))
    yield from parse_forked(files, workers, *rest)
import_pool._parse_forked = recording
found = {}
for workers in (2, 1):
    with Store.open(folder.parent / f"{workers}.sqlite") as store:
        results = importer.import_paths(store, [folder], workers=workers)
        rows = store.db.execute("SELECT title, body_hash, text_hash FROM sources ORDER BY id").fetchall()
    found[workers] = [[r.path, str(r.status), r.reason] for r in results], rows
print(json.dumps({"forked": forked, "same": found[2] == found[1], "results": len(found[2][0])}))
"""


def test_workers_forked_by_the_command_line_parse_as_the_serial_import(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(PARALLEL_THRESHOLD + 30):
        body = f"Report {i} on chip plants.\n\nGovernments fund factory number {i} as demand for semiconductors rises, analysts say."
        (folder / f"{i:03}.txt").write_text(f"Article number {i}\n\n{body}\n", encoding="utf-8")
    (folder / "050_broken.txt").write_bytes(b"%PDF-1.4")
    done = subprocess.run(
        [sys.executable, "-c", FORKED_IMPORT, str(folder)], capture_output=True, text=True, check=True
    )
    outcome = json.loads(done.stdout)
    assert outcome == {"forked": [PARALLEL_THRESHOLD + 31], "same": True, "results": PARALLEL_THRESHOLD + 31}


DYING_IMPORT = """
import sys, time
from pathlib import Path
from reader.core import import_pool, importer
from reader.core.store import Store

import_pool._exit_with = lambda parent: None  # no parent-watch thread
parse = import_pool.prepare
def slow(path):
    time.sleep(0.05)
    return parse(path)
import_pool.prepare = slow  # forked workers have it too
folder = Path(sys.argv[1])
with Store.open(folder.parent / "library.sqlite") as store:
    importer.import_paths(store, [folder], workers=2)
"""


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.add(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(sys.platform != "linux", reason="Linux kills a forked worker with its parent")
def test_forked_workers_die_with_the_importing_process_even_without_their_watch(tmp_path: Path) -> None:
    """A forked worker holds both ends of the pool's pipes, so no queue ever ends for it."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        (folder / f"{i:03}.txt").write_text(f"Article number {i}\n\nChip plant {i} is built, analysts say.\n")
    importing = subprocess.Popen([sys.executable, "-c", DYING_IMPORT, str(folder)])
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while len(workers) < 2 and importing.poll() is None and time.monotonic() < deadline:
        workers = _children(importing.pid)
        time.sleep(0.02)
    assert len(workers) == 2, "the import ended before its workers were seen"
    time.sleep(0.5)  # working on their chunks
    importing.kill()
    importing.wait()
    deadline = time.monotonic() + 10
    while any(map(running, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if running(pid)]


def test_what_a_worker_hands_over_arrives_whole(seed_files: list[Path], tmp_path: Path) -> None:
    """Prepared files cross to the writer pickled field by field (see `_pickle_as_fields`):
    every field of the file, its article, index terms and profile arrives as it was sent."""
    clipping = tmp_path / "clip.md"
    clipping.write_text("---\ntitle: Chips\ntags: [Japan, Halbleiter]\n---\n\nPlants are built.\n")
    for path in [*seed_files, clipping]:
        parsed = import_pool._prepare_chunk([path])[0]
        assert isinstance(parsed, import_pool.Parsed)
        arrived = pickle.loads(pickle.dumps(parsed, pickle.HIGHEST_PROTOCOL))
        assert arrived == parsed
        assert arrived.prepared.article.tags == parsed.prepared.article.tags
        assert arrived.prepared.index_terms.kept == parsed.prepared.index_terms.kept


@pytest.mark.skipif(sys.platform != "linux", reason="F_SETPIPE_SZ is Linux's")
def test_a_worker_puts_a_whole_chunk_into_the_pipe_back_without_waiting(tmp_path: Path) -> None:
    """The pipe a pool's workers hand their chunks back through holds a whole chunk of bench
    articles, so a worker goes on parsing while the importing process is busy storing: with
    Linux's 64 KB pipe it waited for each 64 KB to be read, each read for the writer's GIL."""
    from benchmarks.corpus import write_corpus

    chunk = import_pool._prepare_chunk(write_corpus(tmp_path / "corpus", import_pool.CHUNK_FILES, 0))
    handed_back = pickle.dumps(chunk, pickle.HIGHEST_PROTOCOL)
    assert len(handed_back) > 64 * 1024
    with import_pool._pool(1, multiprocessing.get_context("fork")) as pool:
        # Nothing reads the pipe yet: the pool's thread that does starts with the first task.
        queue = pool._result_queue  # type: ignore[attr-defined]
        os.set_blocking(queue._writer.fileno(), False)
        written = os.write(queue._writer.fileno(), handed_back)
        read = b""
        while queue._reader.poll():  # emptied again, for the pool's shutdown
            read += os.read(queue._reader.fileno(), written)
    assert written == len(handed_back) == len(read)

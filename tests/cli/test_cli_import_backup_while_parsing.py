"""`briefing import`'s daily backup of the library as it was is made while the workers parse the
first files: it used to run on one core before any file was read (a verified copy of the whole
library, the first import of each day). The backup still holds the library as it was."""

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
# `briefing` as its console script runs it, a worker leaving a mark for each file it parses,
# and the daily backup waiting (10 s at most) for a first mark before it copies the library.
COMMAND = """
import os, sys, time
from pathlib import Path
marks = Path(sys.argv.pop(1))
from reader.core import import_pool
from reader.cli import import_commands, run
parse, back_up = import_pool.prepare, import_commands._daily_backup
def prepare(path):
    (marks / f"{os.getpid()}-{path.name}").touch()
    return parse(path)
def daily_backup(store):
    deadline = time.monotonic() + 10
    while not any(marks.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.01)
    print("files parsed when the backup began:", any(marks.iterdir()), file=sys.stderr)
    return back_up(store)
import_pool.prepare, import_commands._daily_backup = prepare, daily_backup
run()
"""


def test_the_daily_backup_is_made_while_the_workers_parse(tmp_path: Path, seeds_dir: Path) -> None:
    data = tmp_path / "lib"
    data.mkdir()
    with Store.open(data / "library.sqlite") as store:  # a library with no backup yet today
        importer.import_paths(store, sorted(seeds_dir.glob("*.txt"))[:2])
    files, marks = tmp_path / "files", tmp_path / "marks"
    files.mkdir(), marks.mkdir()
    for story in sorted(STORIES.glob("*.txt")):
        shutil.copy(story, files)
    count = len(list(files.iterdir()))
    assert count > PARALLEL_THRESHOLD  # parsed by the workers

    # A timeout, so that a backup asked inside the import's open batch (which SQLite's backup
    # waits for for ever, the writer being this connection) fails the test, not hangs the suite.
    done = subprocess.run([sys.executable, "-c", COMMAND, str(marks), "--data-dir", str(data), "import", str(files)],
                          capture_output=True, text=True, check=False, env=os.environ.copy(), timeout=120)  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert "files parsed when the backup began: True" in done.stderr
    assert done.stderr.endswith(f"{count} imported, 0 duplicate, 0 failed\n")
    backups = sorted((data / "backups").glob("*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(f"file:{backups[0]}?mode=ro", uri=True) as backup:
        # the library as it was: the two seeds, none of the files this import stored
        assert backup.execute("SELECT file_name FROM sources").fetchall() == [
            (p.name,) for p in sorted(seeds_dir.glob("*.txt"))[:2]
        ]
    with Store.open(data / "library.sqlite") as store:
        assert len(store.sources.list()) == 2 + count

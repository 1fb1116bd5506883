"""One measured import, run in its own process so each run pays start-up and owns its memory.

    python -m benchmarks.import_run {ours|bare} CORPUS_DIR DATA_DIR

"ours" imports every .txt file of CORPUS_DIR through the real pipeline into a new library in
DATA_DIR; "bare" stores the same files as raw text in plain SQLite with an FTS5 index, the
floor any importer that keeps and indexes the text has to stand on. Prints one JSON object;
the parent measures wall clock and memory from outside.
"""

from __future__ import annotations

import json
import resource
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

Importer = Callable[[Sequence[Path], Path], dict[str, Any]]

# Same tokenizer as the library's search index, so both sides do the same indexing work.
BARE_SCHEMA = """
    CREATE TABLE files (id INTEGER PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL);
    CREATE VIRTUAL TABLE files_fts USING fts5 (
        text, content = 'files', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    );
"""


def load(kind: str) -> Importer:
    """The import function for `kind`, loaded before the clock starts.

    Only "ours" loads the app's modules, so the bare run pays neither their time nor memory.
    """
    if kind == "bare":
        return import_bare
    from reader.core.importer import import_paths
    from reader.core.store import Store

    def import_ours(paths: Sequence[Path], data_dir: Path) -> dict[str, Any]:
        with Store.open(data_dir / "library.sqlite3") as store:
            results = import_paths(store, paths)
        statuses = Counter(str(result.status) for result in results)
        problems = [f"{r.path}: {r.describe()}" for r in results if r.reason]
        return {"statuses": dict(statuses), "problems": problems[:5]}

    return import_ours


def import_bare(paths: Sequence[Path], data_dir: Path) -> dict[str, Any]:
    con = sqlite3.connect(data_dir / "bare.sqlite3")
    con.executescript(BARE_SCHEMA)
    rows = [(path.name, path.read_text(encoding="utf-8")) for path in paths]
    with con:  # one transaction for rows and index
        con.executemany("INSERT INTO files (name, text) VALUES (?, ?)", rows)
        con.execute("INSERT INTO files_fts (files_fts) VALUES ('rebuild')")
    con.close()
    return {"statuses": {"imported": len(rows)}, "problems": []}


def own_peak_rss_mb() -> float | None:
    """This process's own peak RSS (VmHWM, Linux).

    Not wait4's ru_maxrss: Linux carries that over from the parent across fork + exec, so a
    parent that had just generated a 100,000-file corpus lent the import its 2.6 GB.
    """
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    kb = next((line.split()[1] for line in status.splitlines() if line.startswith("VmHWM")), None)
    return int(kb) / 1024 if kb else None


def main(argv: Sequence[str]) -> int:
    kind, corpus_dir, data_dir = argv[0], Path(argv[1]), Path(argv[2])
    paths = sorted(corpus_dir.glob("*.txt"))
    run = load(kind)
    started = time.perf_counter()
    outcome = run(paths, data_dir)
    elapsed = time.perf_counter() - started
    print(json.dumps({
        "files": len(paths),
        "import_s": elapsed,
        "vm_hwm_mb": own_peak_rss_mb(),
        # Workers this process forked and reaped itself (a forkserver's are orphans, measured
        # by the parent): the largest one's peak, pages shared with this process included.
        "children_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "db_mb": sum(f.stat().st_size for f in data_dir.rglob("*") if f.is_file()) / 2**20,
        **outcome,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

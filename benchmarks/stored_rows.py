"""Everything an import stores, as text lines: to check that a speed change stores the same.

    PYTHONPATH=<checkout> python -P -m benchmarks.stored_rows OUT FOLDER …

Imports the folders' files into a fresh library with the code on the path and writes one JSON
line per result (path, status, reason, source id, title, similar source), per row of every table
(columns named *_at left out: they hold the time of the import), and per token the search index
holds (term, row, column, position, read through fts5vocab). FTS5's own segment tables are left
out: how they are cut depends on where the writer's time-bounded commits fell, which differs from
run to run; what they index is the fts5vocab listing. Run it with the code before and after a
change and compare the two files (`cmp`).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any, TextIO


def main(argv: list[str]) -> int:
    from reader.core.importer import import_paths
    from reader.core.store import Store

    out, folders = Path(argv[0]), argv[1:]
    with tempfile.TemporaryDirectory(prefix="briefing-stored-rows-") as folder:
        library = Path(folder) / "library.sqlite3"
        with Store.open(library) as store:
            results = import_paths(store, folders)
        with out.open("w", encoding="utf-8") as lines:
            for r in results:
                _line(
                    lines,
                    "result",
                    [r.path, str(r.status), r.reason, r.source_id, r.title, r.similar_to],
                )
            _tables(sqlite3.connect(library), lines)
    return 0


def _tables(con: sqlite3.Connection, lines: TextIO) -> None:
    names = [
        r[0]
        for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    for table in names:
        if table.startswith(("search_index_", "sqlite_")):
            continue
        columns = [
            r[1] for r in con.execute(f'PRAGMA table_info("{table}")') if not r[1].endswith("_at")
        ]
        if not columns:
            continue
        listed = ", ".join(f'"{c}"' for c in columns)
        order = ", ".join(str(i) for i in range(1, len(columns) + 1))
        for row in con.execute(f'SELECT {listed} FROM "{table}" ORDER BY {order}'):
            _line(lines, table, [v.hex() if isinstance(v, bytes) else v for v in row])
    con.execute("CREATE VIRTUAL TABLE temp.tokens USING fts5vocab(main, search_index, 'instance')")
    for row in con.execute("SELECT term, doc, col, offset FROM temp.tokens ORDER BY 1, 2, 3, 4"):
        _line(lines, "index", list(row))


def _line(lines: TextIO, kind: str, values: list[Any]) -> None:
    lines.write(json.dumps([kind, values], ensure_ascii=False, default=str) + "\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

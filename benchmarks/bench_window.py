"""Starting the window on a 100,000-source library: time to interactive and peak memory.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_window [--sources 100000] [--runs 3]

The library is built once per run of this script with direct SQL in one transaction (the
bundled seeds' text under varied titles, outlets, dates and tags; every tenth source keeps its
full text, the others their first paragraphs, so the file stays near 100 MB). Each run starts
`python -m reader --data-dir DIR` in a fresh process through the real `reader.ui.app.run`; a
hook scheduled on the event loop's first turn waits until the library list is filled and the
first article's document is built, repaints the window synchronously and reports the time since
the process was started and its peak RSS. Budget: median ≤ 1.5 s and ≤ 300 MB.
Writes results/window.json and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parent.parent
BUDGET_S = 1.5
BUDGET_MB = 300.0
OUTLETS = ("Handelsblatt", "Reuters", "Nikkei Asia", "Financial Times", "FAZ", "Der Spiegel",
           "The Economist", "Bloomberg", None)  # fmt: skip
TAGS = ("Japan", "China", "Semiconductors", "Client X", "Energy", "Trade policy", "USA", "EU")
TOPICS = ("chip subsidies", "rare earths", "LNG exports", "defence cooperation", "yen weakness",
          "battery plants", "AI data centres", "export controls", "nickel supply", "5G networks")  # fmt: skip

# Run inside the child: report once the window is interactive, then quit.
CHILD = """
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from reader.ui.main_window import MainWindow

def report():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    if window.library.model.rowCount() == 0 or window.open_source_id is None:
        QTimer.singleShot(5, report)
        return
    window.repaint()
    QApplication.processEvents()
    rows = window.library.model.rowCount()
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork + exec.
    status = open("/proc/self/status").read()
    rss_mb = int(next(l.split()[1] for l in status.splitlines() if l.startswith("VmHWM"))) / 1024
    cpu = os.times()
    cpu_s = cpu.user + cpu.system  # load-independent: what the start cost this process
    print("READY " + json.dumps({"rows": rows, "rss_mb": rss_mb, "cpu_s": cpu_s}), flush=True)
    QApplication.quit()

_exec = QApplication.exec
def exec_and_report(*_args):
    QTimer.singleShot(0, report)
    return _exec()
QApplication.exec = staticmethod(exec_and_report)
from reader.__main__ import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def build_library(data_dir: Path, count: int) -> float:
    """A library of `count` sources written with direct SQL in one transaction; seconds taken."""
    from reader.core.ingest.prepare import prepare_file
    from reader.core.store import Store
    from reader.paths import bundled_seeds_dir, resolve

    started = time.perf_counter()
    where = resolve(data_dir).ensure()
    seeds = [prepare_file(p) for p in sorted(bundled_seeds_dir().glob("*.txt"))]
    with Store.open(where.db_path) as store:
        conn = store.db.conn
        conn.execute("BEGIN IMMEDIATE")
        tag_ids = [_insert_tag(conn, name) for name in TAGS]
        rng = random.Random(7)
        for start in range(1, count + 1, 5_000):  # in chunks: the builder stays small too
            chunk = [_rows(n, seeds[n % len(seeds)], rng) for n in range(start, min(count, start + 4_999) + 1)]
            conn.executemany(
                "INSERT INTO sources (id, title, title_derived, teaser, byline, published,"
                " site_name, lang, file_name, format, content_hash, body_hash, text_hash,"
                " imported_at, updated_at, opened_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'text', ?, ?, ?, ?, ?, ?)",
                [source for source, _content in chunk],
            )
            conn.executemany(
                "INSERT INTO source_content (source_id, encoding, raw_text, blocks, reading_text)"
                " VALUES (?, 'utf-8', ?, ?, ?)",
                [content for _source, content in chunk],
            )
            conn.executemany(
                "INSERT INTO source_tags (source_id, tag_id) VALUES (?, ?)",
                [(source[0], tag_ids[t]) for source, _content in chunk
                 for t in rng.sample(range(len(TAGS)), rng.choice((0, 0, 1, 2)))],
            )  # fmt: skip
        conn.execute("COMMIT")
    return time.perf_counter() - started


def _insert_tag(conn: Any, name: str) -> int:
    cursor = conn.execute("INSERT INTO tags (name, created_at) VALUES (?, '2026-01-01')", (name,))
    return int(cursor.lastrowid)


def _rows(n: int, seed: Any, rng: random.Random) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    from reader.core.ingest.article import BlockRole, reading_text
    from reader.core.text import text_hash

    blocks = list(seed.article.blocks)
    if n % 10:  # most sources keep only their first body paragraphs: a ~100 MB file, not 1 GB
        body = [i for i, b in enumerate(blocks) if b.role is BlockRole.BODY][:3]
        blocks = [b for i, b in enumerate(blocks) if b.role is not BlockRole.BODY or i in body]
    text = reading_text(blocks)
    published = datetime(2020, 1, 1) + timedelta(minutes=rng.randrange(6 * 365 * 24 * 60))
    imported = (published + timedelta(days=rng.randrange(30))).isoformat(timespec="seconds")
    title = f"{rng.choice(TOPICS).capitalize()}: {seed.article.title or seed.fallback_title} ({n})"
    source = (
        n, title, int(n % 17 == 0), seed.article.teaser, seed.article.byline,
        published.isoformat(timespec="minutes") if n % 13 else None, rng.choice(OUTLETS),
        seed.article.lang, f"article-{n:06d}.txt", f"c{n}", f"b{n}", text_hash(text),
        imported, imported, imported if rng.random() < 0.6 else None,
    )  # fmt: skip
    blocks_json = json.dumps([b.to_json() for b in blocks], ensure_ascii=False)
    return source, (n, seed.raw_text if n % 10 == 0 else text, blocks_json, text)


def start_once(data_dir: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir)], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("READY "):
            elapsed = time.perf_counter() - started
            data = json.loads(line[6:])
            child.wait(timeout=60)
            return {"seconds": elapsed, **data}
    child.wait(timeout=60)
    raise RuntimeError(f"the window never became interactive (exit code {child.returncode})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-window-") as tmp:
        data_dir = Path(tmp)
        build_s = build_library(data_dir, args.sources)
        size_mb = (data_dir / "library.sqlite").stat().st_size / 1_048_576
        runs = [start_once(data_dir) for _ in range(args.runs)]
    assert all(r["rows"] == args.sources for r in runs), runs
    seconds = statistics.median(r["seconds"] for r in runs)
    rss = statistics.median(r["rss_mb"] for r in runs)
    cpu = statistics.median(r["cpu_s"] for r in runs)
    load = os.getloadavg()[0]
    result = {
        "benchmark": "window",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores",
        "python": platform.python_version(),
        "sources": args.sources,
        "library_mb": round(size_mb, 1),
        "library_build_s": round(build_s, 2),
        "runs": [{k: round(v, 3) for k, v in r.items()} for r in runs],
        "interactive_s_median": round(seconds, 3),
        "peak_rss_mb_median": round(rss, 1),
        "cpu_s_median": round(cpu, 3),
        "load_average_1min": round(load, 2),
        "budget": {"interactive_s": BUDGET_S, "peak_rss_mb": BUDGET_MB},
        "within_budget": seconds <= BUDGET_S and rss <= BUDGET_MB,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "window.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"| sources | library | start → interactive (median of {args.runs}) | CPU time | peak RSS | budget |")
    print("|---:|---:|---:|---:|---:|:---|")
    print(f"| {args.sources:,} | {size_mb:.0f} MB | {seconds:.2f} s | {cpu:.2f} s | {rss:.0f} MB | "
          f"≤ {BUDGET_S} s, ≤ {BUDGET_MB:.0f} MB: {'met' if result['within_budget'] else 'MISSED'} |")  # fmt: skip
    print(f"(load average {load:.1f} on {os.cpu_count()} cores while measuring)")
    return 0 if result["within_budget"] else 1


if __name__ == "__main__":
    sys.exit(main())

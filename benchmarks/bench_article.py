"""Opening an article with 200 highlights: build the document, paint highlights, fill the notes.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_article [--sizes 1000,10000,100000] [--runs 20] [--highlights 200]

For each size, the cached library of `benchmarks.library` is opened; the longest of its first
200 articles gets the highlights (every 5th one overlapping its neighbour, every 3rd annotated)
inside one transaction that is rolled back afterwards, so the cached library stays as built.
Both panes are real and shown (1300×850, offscreen); one run is `show_source` on the article
and notes panes followed by a synchronous repaint of both, so layout and painting count.
Budget: median ≤ 50 ms. Writes results/article.json and prints a summary.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import platform
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.bench_import import machine_info, reader_revision
from benchmarks.library import db_path, ensure_library

RESULTS = Path(__file__).resolve().parent / "results"
BUDGET_MS = 50.0
MISSED_BUDGET = 3  # exit code: measured to the end, but over budget (see benchmarks.run)
SIZES = (1_000, 10_000, 100_000)


def keep_none_alive() -> None:
    """Work around PySide6 6.12 on Python 3.11: every call of a void Qt method drops a reference
    to None (measured: -1 per call of QWidget.move, QTextCursor.setPosition …), and None is
    immortal only from Python 3.12 on, so a few thousand calls abort the interpreter with
    "none_dealloc". Give None references to spare for the length of this run."""
    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 32


def _add_highlights(store: Any, source_id: int, count: int) -> None:
    from reader.core.labels import LABEL_KEYS

    text = store.sources.get(source_id).reading_text
    step = max(1, (len(text) - 40) // count)
    for n in range(count):
        start = n * step
        end = min(len(text), start + (step * 2 if n % 5 == 0 else max(4, step // 2)))
        store.highlights.add(source_id, start, end, LABEL_KEYS[n % 5], "Check this." if n % 3 == 0 else "")


def _open_once(app: Any, article: Any, notes: Any, source_id: int) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds of one open (CPU time is what a busy machine can't inflate)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    article.show_source(source_id)
    notes.show_source(source_id)
    article.view.viewport().repaint()
    notes.list.viewport().repaint()
    app.processEvents()
    return (time.perf_counter() - started) * 1000, (time.process_time() - cpu_started) * 1000


def run(count: int, runs: int, highlights: int) -> dict[str, Any]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication, QSplitter

    from reader.core.store import Store
    from reader.ui.article.article_pane import ArticlePane
    from reader.ui.notes.notes_pane import NotesPane
    from reader.ui.session import Session

    app = QApplication.instance() or QApplication([])
    store = Store.open(db_path(ensure_library(count)))
    store.db.conn.execute("BEGIN")  # rolled back below: the cached library stays as built
    try:
        first = sorted(store.sources.ids())[:200]
        longest = max(first, key=lambda i: len(store.sources.get(i).reading_text))
        store.db.execute("UPDATE highlights SET deleted_at = '2026-01-01' WHERE source_id = ?", (longest,))
        _add_highlights(store, longest, highlights)
        session = Session(store)
        window = QSplitter()
        article, notes = ArticlePane(session), NotesPane(session)
        window.addWidget(article)
        window.addWidget(notes)
        window.resize(1300, 850)
        window.setSizes([900, 400])
        window.show()
        app.processEvents()
        _open_once(app, article, notes, longest)  # warm-up: fonts, caches
        measured = []
        for _ in range(runs):
            article.show_source(None)
            notes.show_source(None)
            app.processEvents()
            measured.append(_open_once(app, article, notes, longest))
        painted = len(article.view.painter.spans)
        characters = len(store.sources.get(longest).reading_text)
        window.close()
    finally:
        store.db.conn.execute("ROLLBACK")
        store.close()
    timings = [wall for wall, _cpu in measured]
    median = statistics.median(timings)
    return {
        "sources": count,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "highlights": highlights,
        "painted_spans": painted,
        "article_characters": characters,
        "runs": runs,
        "median_ms": round(median, 2),
        "p90_ms": round(sorted(timings)[int(0.9 * (runs - 1))], 2),
        "max_ms": round(max(timings), 2),
        "cpu_median_ms": round(statistics.median(cpu for _wall, cpu in measured), 2),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "budget_ms": BUDGET_MS,
        "within_budget": median <= BUDGET_MS,
        "python": platform.python_version(),
        "pyside": pyside_version,
        "platform": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, QPA {os.environ.get('QT_QPA_PLATFORM', 'default')}",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--highlights", type=int, default=200)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    keep_none_alive()
    report: dict[str, Any] = {"benchmark": "open_article", "machine": machine_info(),
                              "reader": reader_revision(), "budget_ms": BUDGET_MS, "sizes": {}}
    for count in (int(s) for s in args.sizes.split(",")):
        result = run(count, args.runs, args.highlights)
        report["sizes"][str(count)] = result
        verdict = "within" if result["within_budget"] else "OVER"
        print(
            f"{count:,} sources: open article with {result['highlights']} highlights "
            f"({result['article_characters']} chars): median {result['median_ms']} ms, "
            f"p90 {result['p90_ms']} ms, max {result['max_ms']} ms over {result['runs']} runs "
            f"(CPU median {result['cpu_median_ms']} ms, load {result['load_average'][0]}) "
            f"— {verdict} the {BUDGET_MS:.0f} ms budget"
        )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "article.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0 if all(r["within_budget"] for r in report["sizes"].values()) else MISSED_BUDGET


if __name__ == "__main__":
    sys.exit(main())

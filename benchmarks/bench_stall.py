"""Does the window stay responsive while it imports 10,000 files? The event loop's longest stall.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_stall [--files 10000] [--runs 1]
                                                               [--saved 5] [--parts 20]

The real window (`MainWindow` on a fresh data dir, built as `tools/screenshot.py` builds it,
shown at 1300×850) imports the generated corpus through its own import path,
`window.importer.import_paths(...)`: the session's worker thread with its own Store, the
importer's parsing processes, progress in the status bar, the library reloaded when
`changes_applied` arrives. Meanwhile a 10 ms `QTimer` beats on the GUI thread; a stall is the
gap between two beats minus 10 ms. Measured from the call to one second after the import
finished (so the reload after it counts). A watchdog thread records the GUI thread's Python
stack whenever a beat is more than 50 ms late, which names the cause of any long stall.
Budget: the longest stall ≤ 100 ms. Writes results/stall.json and prints a summary.

`--saved N` lists N saved searches under the tags (`SAVED`: plain words, OR, a phrase, a prefix,
filters), whose counts follow the changes; `--parts K` imports the files as K imports one after
the other (files dropped a few at a time), each announcing its sources when it ends, so the
counts are recounted every `saved_counts.RECOUNT_MS` while they come; the GUI thread's time in
the counting steps is timed apart (`saved_counts_gui_ms`). Those write results/stall-saved.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.bench_article import keep_none_alive
from benchmarks.bench_import import ensure_corpus, machine_info, reader_revision

RESULTS = Path(__file__).resolve().parent / "results"
BUDGET_MS = 100.0
MISSED_BUDGET = 3  # exit code: measured to the end, but over budget (see benchmarks.run)
BEAT_MS = 10
LATE_MS = 50  # the watchdog samples the GUI thread's stack once a beat is this late
AFTER_S = 1.0
# Saved searches of the corpus's words, as users keep them (README, "Saved searches").
SAVED: tuple[tuple[str, dict[str, Any]], ...] = (("Japan", {}), ("Japan OR Korea", {}), ('"seltene Erden"', {}),
         ("Energie OR Chips", {"unread_only": True}), ("Subvent*", {"lang": "de"}))


class Heartbeat:
    """Beat times on the GUI thread, and stacks of the GUI thread taken while it was late."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.beats: list[float] = []
        self.samples: list[tuple[float, str]] = []  # (when, stack)
        self._gui = threading.get_ident()
        self._stop = threading.Event()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(lambda: self.beats.append(time.perf_counter()))
        self._watchdog = threading.Thread(target=self._watch, daemon=True)

    def start(self) -> None:
        self.beats.append(time.perf_counter())
        self._timer.start()
        self._watchdog.start()

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        self._watchdog.join()

    def _watch(self) -> None:
        sampled_for = -1
        while not self._stop.wait(0.005):
            last = len(self.beats)
            if last and last != sampled_for and time.perf_counter() - self.beats[-1] > LATE_MS / 1000:
                frame = sys._current_frames().get(self._gui)
                if frame is not None:
                    stack = "".join(traceback.format_stack(frame, limit=12))
                    self.samples.append((time.perf_counter(), stack))
                    sampled_for = last

    def stalls_ms(self) -> list[float]:
        return [max(0.0, (b - a) * 1000 - BEAT_MS) for a, b in itertools.pairwise(self.beats)]


def run_once(corpus: Path, count: int, saved: int = 0, parts: int = 1) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from reader import paths
    from reader.core.settings import Settings
    from reader.core.store import SavedSearch, Store
    from reader.ui.app import create_application
    from reader.ui.gui_gc import collecting_on_gui_thread
    from reader.ui.main_window import MainWindow
    from reader.ui.session import Session

    app = QApplication.instance() or create_application([sys.argv[0]])
    files = sorted(corpus.glob("*.txt"))[:count]
    # As `reader.ui.app.run` starts the window: cycles are collected on the GUI thread only.
    with collecting_on_gui_thread(app), tempfile.TemporaryDirectory(prefix="briefing-bench-stall-") as tmp:
        where = paths.resolve(tmp).ensure()
        store = Store.open(where.db_path)
        for n in range(saved):
            query, filters = SAVED[n % len(SAVED)]
            store.saved_searches.add(SavedSearch(0, f"{query} {n}", query, **filters))
        session = Session(store, settings=Settings())
        counting = _timed_counts()
        window = MainWindow(session, where)
        window.resize(1300, 850)
        window.show()
        app.processEvents()
        beat = Heartbeat()
        finished: list[float] = []
        loop = QEventLoop()
        chunks = [files[i::parts] for i in range(parts)]
        progress: list[int] = []

        def next_part(*_results: object) -> None:
            if not chunks:
                finished.append(time.perf_counter())
                QTimer.singleShot(int(AFTER_S * 1000), loop.quit)
                return
            task = window.importer.import_paths(chunks.pop(0), report=False)
            task.signals.progressed.connect(lambda done, _total: progress.append(done))

        window.importer.import_finished.connect(next_part)
        beat.start()
        started = time.perf_counter()
        next_part()
        QTimer.singleShot(600_000, loop.quit)  # a safety net, never a result
        loop.exec()
        beat.stop()
        rows = window.library.model.rowCount()
        imported = store.sources.count()
        window.close()
        app.processEvents()
        store.close()
    stalls = beat.stalls_ms()
    worst = max(range(len(stalls)), key=stalls.__getitem__)
    worst_at = beat.beats[worst] - started
    end = finished[0] if finished else time.perf_counter()
    causes = Counter(_where(stack) for _when, stack in beat.samples)
    worst_stack = next((stack for when, stack in beat.samples
                        if beat.beats[worst] <= when <= beat.beats[worst + 1]), None)  # fmt: skip
    return {
        "files": len(files),
        "saved_searches": saved,
        "imports": parts,
        "imported": imported,
        "rows_shown": rows,
        "import_s": round(end - started, 2),
        "files_per_s": round(len(files) / (end - started), 1),
        "beats": len(beat.beats),
        "progress_signals": len(progress),
        "max_stall_ms": round(stalls[worst], 1),
        "max_stall_at_s": round(worst_at, 2),
        "max_stall_after_finish": bool(finished) and beat.beats[worst] >= finished[0] - 0.001,
        "p99_stall_ms": round(sorted(stalls)[int(0.99 * (len(stalls) - 1))], 1),
        "stalls_over_50ms": sum(s > 50 for s in stalls),
        "stalls_over_100ms": sum(s > 100 for s in stalls),
        "saved_counts_gui_ms": {"calls": len(counting), "total": round(sum(counting), 1),
                                "longest": round(max(counting, default=0.0), 1)},
        "late_samples": dict(causes.most_common(8)),
        "worst_stack": worst_stack,
        "sample_stacks": list(dict.fromkeys(stack for _when, stack in beat.samples))[:6],
    }


def _timed_counts() -> list[float]:
    """The milliseconds each of the saved searches' counting steps takes on the GUI thread
    (starting a count, and taking its result where it comes back from another thread), timed
    from the next window built on."""
    from reader.ui.library.saved_counts import SavedCounts

    spent: list[float] = []
    for name in ("recount", "_counted"):
        step = getattr(SavedCounts, name, None)
        step = getattr(step, "timed", step)  # a run before this one wrapped it already
        if step is None:
            continue

        def timed(counts: Any, *args: Any, step: Any = step) -> None:
            began = time.perf_counter()
            step(counts, *args)
            spent.append((time.perf_counter() - began) * 1000)

        timed.timed = step  # type: ignore[attr-defined]
        setattr(SavedCounts, name, timed)
    return spent


def _where(stack: str) -> str:
    """The innermost frame of a sampled stack, as "file:line in function"."""
    frames = [line.strip() for line in stack.splitlines() if line.strip().startswith("File ")]
    if not frames:
        return "?"
    path, line, func = frames[-1].split(", ")[:3]
    return f"{Path(path[6:-1]).name}:{line.removeprefix('line ')} {func.removeprefix('in ')}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--saved", type=int, default=0, help="saved searches listed (their counts follow)")
    parser.add_argument("--parts", type=int, default=1, help="import the files as this many imports")
    parser.add_argument("--corpus-dir", type=Path,
                        default=Path(tempfile.gettempdir()) / "briefing-bench-corpus")
    args = parser.parse_args(argv)
    keep_none_alive()
    corpus = ensure_corpus(args.corpus_dir, args.files, args.seed)
    runs = [run_once(corpus, args.files, args.saved, args.parts) for _ in range(args.runs)]
    worst = statistics.median(r["max_stall_ms"] for r in runs)
    result = {
        "benchmark": "stall", "machine": machine_info(), "reader": reader_revision(),
        "files": args.files, "saved_searches": args.saved, "imports": args.parts, "beat_ms": BEAT_MS, "budget_ms": BUDGET_MS,
        "max_stall_ms_median": worst,
        "p99_stall_ms_median": statistics.median(r["p99_stall_ms"] for r in runs),
        "within_budget": worst <= BUDGET_MS, "runs": runs,
    }  # fmt: skip
    RESULTS.mkdir(exist_ok=True)
    name = "stall-saved.json" if args.saved or args.parts > 1 else "stall.json"
    (RESULTS / name).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    for r in runs:
        print(f"import of {r['files']:,} files ({r['imports']} imports, {r['saved_searches']} saved searches) in the window: {r['import_s']} s; longest event-loop "
              f"stall {r['max_stall_ms']} ms at {r['max_stall_at_s']} s"
              f"{' (after the import finished)' if r['max_stall_after_finish'] else ''}, "
              f"p99 {r['p99_stall_ms']} ms, {r['stalls_over_100ms']} over 100 ms; "
              f"saved counts on the GUI thread: {r['saved_counts_gui_ms']}; "
              f"late-beat samples: {r['late_samples']}")
        if r["worst_stack"]:
            print("GUI thread during the longest stall:\n" + r["worst_stack"])
    print(f"budget ≤ {BUDGET_MS:.0f} ms: {'met' if result['within_budget'] else 'MISSED'}")
    return 0 if result["within_budget"] else MISSED_BUDGET


if __name__ == "__main__":
    sys.exit(main())

"""Starting the window on the benchmark libraries: time to interactive and peak memory.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_window [--sizes 1000,10000,100000] [--runs 3]

The libraries are the cached ones of `benchmarks.library` (generated articles imported through
the real parsing and store code, with highlights, notes and tags). Each run starts
`python -m reader --data-dir DIR` in a fresh process through the real `reader.ui.app.run`; a
hook scheduled on the event loop's first turn waits until the library list is filled and the
first article's document is built, repaints the window synchronously and reports the time since
the process was started and its peak RSS. A new process each time, but the operating system's
file cache is warm (the library was just built or used). Budget at every size: median ≤ 1.5 s
and ≤ 300 MB. Writes results/window.json and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_import import machine_info, reader_revision
from benchmarks.library import ensure_library, folder_bytes

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parent.parent
BUDGET_S = 1.5
MISSED_BUDGET = 3  # exit code: measured to the end, but over budget (see benchmarks.run)
BUDGET_MB = 300.0
SIZES = (1_000, 10_000, 100_000)

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


def measure_size(count: int, runs: int) -> dict[str, Any]:
    data_dir = ensure_library(count)
    measured = [start_once(data_dir) for _ in range(runs)]
    assert all(r["rows"] == count for r in measured), measured
    seconds = statistics.median(r["seconds"] for r in measured)
    rss = statistics.median(r["rss_mb"] for r in measured)
    return {
        "sources": count,
        "library_mb": round(folder_bytes(data_dir) / 1e6, 1),
        "runs": [{k: round(v, 3) for k, v in r.items()} for r in measured],
        "interactive_s_median": round(seconds, 3),
        "peak_rss_mb_median": round(rss, 1),
        "cpu_s_median": round(statistics.median(r["cpu_s"] for r in measured), 3),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "within_budget": seconds <= BUDGET_S and rss <= BUDGET_MB,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    result: dict[str, Any] = {
        "benchmark": "window", "machine": machine_info(), "reader": reader_revision(),
        "runs": args.runs, "budget": {"interactive_s": BUDGET_S, "peak_rss_mb": BUDGET_MB},
        "sizes": {},
    }  # fmt: skip
    for count in (int(s) for s in args.sizes.split(",")):
        result["sizes"][str(count)] = measure_size(count, args.runs)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "window.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"| sources | library | start → interactive (median of {args.runs}) | CPU time | peak RSS | budget |")
    print("|---:|---:|---:|---:|---:|:---|")
    for size, r in result["sizes"].items():
        print(f"| {int(size):,} | {r['library_mb']:.0f} MB | {r['interactive_s_median']:.2f} s "
              f"| {r['cpu_s_median']:.2f} s | {r['peak_rss_mb_median']:.0f} MB "
              f"| ≤ {BUDGET_S} s, ≤ {BUDGET_MB:.0f} MB: {'met' if r['within_budget'] else 'MISSED'} |")  # fmt: skip
    return 0 if all(r["within_budget"] for r in result["sizes"].values()) else MISSED_BUDGET


if __name__ == "__main__":
    sys.exit(main())

"""What the window benchmarks share: a shown window on a copy of the cached library, keys typed
as a keyboard sends them, the longest event-loop stall while a step runs (`bench_stall`'s
heartbeat), and the command line that runs, medians and writes the figures (`bench_keys`,
`bench_highlights`)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.bench_import import machine_info, reader_revision
from benchmarks.bench_stall import Heartbeat
from benchmarks.library import ensure_library

RESULTS = Path(__file__).resolve().parent / "results"
KEY_GAP_MS = 80  # a quick typist
SETTLE_MS = 1000


def wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def type_keys(target: Any, text: str) -> None:
    """Keys with their letters (QTest's own take ASCII only). Only J goes as its key, so the
    window's J (next source) fires as from a keyboard: "Japan" in the list opens the next
    source at its J, and that burst's stall counts the opening too; the other letters go with
    no key code, which no shortcut of the list answers."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for letter in text:
        key = Qt.Key.Key_J if letter == "J" else Qt.Key.Key_unknown  # J: the window's shortcut
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target(), QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, letter))
        wait(KEY_GAP_MS)


@contextmanager
def window_on_copy(library: Path, prefix: str) -> Iterator[tuple[Any, Any]]:
    """(the application, a shown 1366×768 window) on a copy of `library`'s database — the cached
    library is never written —, its list read; the window and its library closed afterwards.
    One window per process gives steady figures: a window closed before still follows the
    application's theme and settings."""
    from PySide6.QtWidgets import QApplication

    from reader import paths
    from reader.core.settings import Settings
    from reader.core.store import Store
    from reader.ui.app import create_application
    from reader.ui.gui_gc import collecting_on_gui_thread
    from reader.ui.main_window import MainWindow
    from reader.ui.session import Session

    app = QApplication.instance() or create_application([sys.argv[0]])
    with collecting_on_gui_thread(app), tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        shutil.copyfile(library / paths.DB_FILE_NAME, Path(tmp) / paths.DB_FILE_NAME)
        where = paths.resolve(tmp).ensure()
        session = Session(Store.open(where.db_path), settings=Settings())
        window = MainWindow(session, where)
        window.resize(1366, 768)
        window.show()
        wait(3000)  # the list read and shown
        try:
            yield app, window
        finally:
            window.close()
            session.store.close()


def longest_stall(step: Callable[[], object]) -> float:
    """The longest event-loop stall in ms while `step` runs and the window settles after it."""
    wait(SETTLE_MS)
    beat = Heartbeat()
    beat.start()
    step()
    wait(SETTLE_MS)
    beat.stop()
    return round(max(beat.stalls_ms(), default=0.0), 1)


def stall_main(argv: list[str] | None, description: str, run_once: Callable[[Path], dict[str, float]],
               results_name: str, heading: str, extra: dict[str, object] | None = None) -> int:
    """A window benchmark's command line: `run_once` on the cached library of `--sources`,
    `--runs` times, each figure's median printed under `heading` and written with the machine
    and load to results/`results_name`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--sources", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    library = ensure_library(args.sources)
    load_before = os.getloadavg()[0]
    runs = [run_once(library) for _ in range(args.runs)]
    medians = {what: statistics.median(run[what] for run in runs) for what in runs[0]}
    result = {"sources": args.sources, "runs": runs, "median_longest_stall_ms": medians, **(extra or {}),
              "load_average": [load_before, os.getloadavg()[0]],
              "machine": machine_info(), "reader": reader_revision(), "when": time.strftime("%Y-%m-%d %H:%M")}  # fmt: skip
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / results_name).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"{heading} at {args.sources:,} sources (median of {args.runs}, ms):")
    for what, stall in medians.items():
        print(f"  {what:36} {stall:7.1f}")
    return 0

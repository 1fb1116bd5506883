"""When an import's two cores work and when they wait: one real import's wall clock by phase.

    python -m benchmarks.import_timeline [--count 1000] [--runs 3] [--against DIR] [--seed 0] [--command]

`import_budget` says where an import's CPU goes; this says where its wall clock goes, which on
two cores is not the same: start-up (interpreter, imports, opening the library, the word lists
and format readers) runs on one core before the workers fork, the end (grouping, similar links,
closing) on one core after the last file, and in between a worker that waits for the importing
process leaves its core idle. Each run imports the corpus's first `count` files in a new process
as `bench_import` does (the app's bytecode cached, a fresh library), with the importer's own
functions wrapped to take time stamps at their edges, and reports:

- start: spawn to the first file a worker begins; middle: to the last file stored; end: to exit;
- how often a worker blocked handing a chunk back (its voluntary context switches there), and
  the workers' time asleep from their first chunk to their last (wall clock less CPU less time
  waiting for a core, /proc/thread-self/schedstat): waiting for the importing process, which
  a busy machine inflates far less than wall clock;
- CPU of all processes, per file, and the share of two cores' time it fills; the importing
  thread's own CPU while it stores and in grouping and similar links (`time.thread_time`),
  which a busy machine moves far less than their wall clock.

`--command` runs `briefing import` itself (`reader.cli.main`) instead of `Store.open` and
`import_paths`: its start then also builds the command's options, and its end makes a new
library's first daily backup and prints the report (to nothing).

`--against DIR` alternates runs of this checkout's code with the code of another checkout (a
worktree at an earlier commit), so drift in a shared machine's load hits both alike.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def child(corpus: Path, count: int, folder: Path, spawned: float, command: bool = False) -> None:
    """The measured import (its own process, started at wall time `spawned`); prints JSON.
    `command`: the import is `briefing import` itself, run by `reader.cli.main`."""
    started = time.time() - spawned
    import concurrent.futures.process as executor_process

    from reader.core import import_pool, importer
    from reader.core.store import Store

    def now() -> float:
        return time.time() - spawned

    stamps: dict[str, float] = {"started": started, "imported": now()}
    log = folder / "workers"
    log.mkdir()

    def edges(module: object, name: str) -> None:
        inner = getattr(module, name)

        def stamped(*args: object, **kwargs: object) -> object:
            stamps.setdefault(f"{name} begins", now())
            stamps.setdefault(f"{name} begins cpu", time.thread_time())
            try:
                return inner(*args, **kwargs)
            finally:
                stamps[f"{name} ends"] = now()
                stamps[f"{name} ends cpu"] = time.thread_time()

        setattr(module, name, stamped)

    for module, name in ((importer, "collect"), (import_pool, "load_formats"), (importer, "group_new"),
                         (importer, "link_similar"), (importer._BatchWriter, "write")):  # fmt: skip
        edges(module, name)
    send = executor_process._sendback_result

    def send_stamped(*args: Any, **kwargs: Any) -> None:  # in a forked worker
        blocked = resource.getrusage(resource.RUSAGE_THREAD).ru_nvcsw
        try:
            send(*args, **kwargs)
        finally:
            blocked = resource.getrusage(resource.RUSAGE_THREAD).ru_nvcsw - blocked
            with open(log / f"{os.getpid()}.send", "a") as out:
                out.write(f"{blocked}\n")

    # Sent to the workers by name: this module runs as __main__, which forked workers share.
    _parse_stamped.inner = import_pool._prepare_chunk  # type: ignore[attr-defined]
    _parse_stamped.log = log  # type: ignore[attr-defined]
    _parse_stamped.spawned = spawned  # type: ignore[attr-defined]
    import_pool._prepare_chunk = _parse_stamped  # type: ignore[assignment]
    pool = import_pool._pool

    @contextmanager
    def pool_stamped(*args: Any) -> Iterator[Any]:
        try:
            with pool(*args) as running:
                yield running
        finally:  # the generator handing out the files may be closed at its last one
            stamps["pool shut down"] = now()

    import_pool._pool = pool_stamped  # type: ignore[assignment]
    executor_process._sendback_result = send_stamped  # type: ignore[attr-defined]
    paths = sorted(corpus.glob("*.txt"))[:count]
    stamps["open begins"] = now()
    if command:  # its options built, its library opened and backed up, its report printed
        from reader.cli.main import main as briefing

        with contextlib.redirect_stdout(io.StringIO()):
            briefing(["--data-dir", str(folder / "library"), "import", *map(str, paths)])
    else:
        store = Store.open(folder / "library.sqlite3")
        importer.import_paths(store, paths)
        store.close()
    stamps["closed"] = now()
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    parses = [line.split() for f in log.glob("*.parse") for line in f.read_text().splitlines()]
    stamps["first parse"] = min(float(p[0]) for p in parses)
    stamps["last parse ends"] = max(float(p[1]) for p in parses)
    # A worker's time asleep from its first chunk to its last: neither running nor waiting for
    # a core, so waiting for the importing process (to read a chunk, or to hand out the next).
    stamps["workers asleep"] = 0.0
    for f in log.glob("*.parse"):
        chunks = [line.split() for line in f.read_text().splitlines()]  # one, if the other workers took the rest
        first, last = chunks[0], chunks[-1]
        ran, waited = (int(last[4]) - int(first[2])) / 1e9, (int(last[5]) - int(first[3])) / 1e9
        stamps["workers asleep"] += float(last[1]) - float(first[0]) - ran - waited
    sends = [int(blocked) for f in log.glob("*.send") for blocked in f.read_text().split()]
    stamps["blocked handing back"] = sum(sends)
    stamps["chunks"] = len(sends)
    stamps["cpu importing process"] = time.process_time()
    stamps["cpu workers"] = workers.ru_utime + workers.ru_stime
    print(json.dumps(stamps))
    _end_as_the_command_does()


def _end_as_the_command_does() -> None:
    """Leave as `briefing import` leaves once its library is closed (see `reader.cli.ending`),
    where the measured code has that; an earlier checkout's ends through Python's teardown."""
    try:
        from reader.cli import ending
    except ImportError:
        return
    ending.may_end_at_once()
    ending.end(0)


def _schedstat() -> str:
    """This thread's CPU time and time spent waiting for a core, in ns (Linux's schedstat)."""
    cpu, waiting, _slices = Path("/proc/thread-self/schedstat").read_text().split()
    return f"{cpu} {waiting}"


def _parse_stamped(paths: list[Path]) -> object:
    """Worker side: `_prepare_chunk`, its start and end (wall clock, and the worker's CPU and
    time waiting for a core) appended to this worker's own file."""
    me = _parse_stamped
    before, begun = _schedstat(), time.time() - me.spawned  # type: ignore[attr-defined]
    parsed = me.inner(paths)  # type: ignore[attr-defined]
    with open(me.log / f"{os.getpid()}.parse", "a") as out:  # type: ignore[attr-defined]
        out.write(f"{begun} {time.time() - me.spawned} {before} {_schedstat()}\n")  # type: ignore[attr-defined]
    return parsed


def measure(code: Path, corpus: Path, count: int, command: bool = False) -> dict[str, float]:
    """One import with `code`'s reader package; its stamps, with the wall clock to exit."""
    from benchmarks.bench_import import installed_env

    with tempfile.TemporaryDirectory(prefix="briefing-timeline-") as folder:
        env = {**installed_env(), "PYTHONPATH": str(code)}  # that checkout's reader package
        spawned = time.time()
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(corpus), str(count), folder, str(spawned),
             *(["--command"] if command else [])],
            cwd=code, env=env, capture_output=True, text=True,
        )  # fmt: skip
        if done.returncode:
            raise RuntimeError(f"the import in {code} failed:\n{done.stderr}")
        stamps = dict(json.loads(done.stdout))
    stamps["exit"] = time.time() - spawned
    return stamps


ROWS = (
    ("start: spawn → first file parsed (s)", lambda s: s["first parse"]),
    ("  of it, the interpreter started (s)", lambda s: s["started"]),
    ("  of it, the app's modules imported (s)", lambda s: s["imported"]),
    ("  of it, library open, files listed (s)", lambda s: s["collect ends"]),
    ("  of it, format readers loaded (s)", lambda s: s["load_formats ends"]),
    ("middle: → last file stored (s)", lambda s: s["write ends"] - s["first parse"]),
    ("  chunks handed back", lambda s: s["chunks"]),
    ("  times a worker blocked handing one back", lambda s: s["blocked handing back"]),
    ("  workers asleep between their first and last chunk, all (s)", lambda s: s["workers asleep"]),
    ("  last file parsed → last stored (s)", lambda s: s["write ends"] - s["last parse ends"]),
    (
        "  the importing process's CPU from its first file stored to its last (s)",
        lambda s: s["write ends cpu"] - s["write begins cpu"],
    ),
    ("end: → exit (s)", lambda s: s["exit"] - s["write ends"]),
    ("  of it, the workers ending (s)", lambda s: s["pool shut down"] - s["write ends"]),
    ("  of it, grouping stories (s)", lambda s: s["group_new ends"] - s["group_new begins"]),
    ("    its CPU (s)", lambda s: s["group_new ends cpu"] - s["group_new begins cpu"]),
    ("  of it, similar links (s)", lambda s: s["link_similar ends"] - s["link_similar begins"]),
    ("    its CPU (s)", lambda s: s["link_similar ends cpu"] - s["link_similar begins cpu"]),
    ("  of it, closing the library (s)", lambda s: s["closed"] - s["link_similar ends"]),
    ("  of it, the interpreter's exit (s)", lambda s: s["exit"] - s["closed"]),
    ("whole import, wall clock (s)", lambda s: s["exit"]),
    ("CPU, all processes (s)", lambda s: s["cpu importing process"] + s["cpu workers"]),
    (
        "share of two cores' time used",
        lambda s: (s["cpu importing process"] + s["cpu workers"]) / (2 * s["exit"]),
    ),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--against", type=Path, help="another checkout, its runs alternating with this one's"
    )
    parser.add_argument(
        "--corpus-dir", type=Path, default=Path(tempfile.gettempdir()) / "briefing-bench-corpus"
    )
    parser.add_argument(
        "--command", action="store_true",
        help="run `briefing import` (its options, the daily backup, the report) instead of Store.open + import_paths",
    )
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), int(args.child[1]), Path(args.child[2]), float(args.child[3]), args.command)
        return 0
    from benchmarks.bench_import import ensure_corpus, warm_bytecode

    corpus = ensure_corpus(args.corpus_dir, max(args.count, 1000), args.seed)
    warm_bytecode()
    codes = [REPO, *([args.against.resolve()] if args.against else [])]
    runs: dict[Path, list[dict[str, float]]] = {code: [] for code in codes}
    loads = [os.getloadavg()[0]]
    for _ in range(args.runs):
        for code in reversed(codes):  # the other checkout first: an earlier commit, then this one
            runs[code].append(measure(code, corpus, args.count, args.command))
            loads.append(os.getloadavg()[0])
            print(f"{code.name}: {runs[code][-1]['exit']:.2f} s", file=sys.stderr)
    print(
        f"{args.count} files, median of {args.runs} runs, load average {min(loads):.1f}–{max(loads):.1f}"
    )
    print(
        "| phase | " + " | ".join(code.name for code in codes) + " |\n|---|" + "---:|" * len(codes)
    )
    for label, value in ROWS:
        cells = [statistics.median(value(s) for s in runs[code]) for code in codes]
        print(
            f"| {label} | "
            + " | ".join(
                f"{c:.0f}" if "(s)" not in label and "share" not in label else f"{c:.2f}"
                for c in cells
            )
            + " |"
        )
    per_file = [
        statistics.median(ROWS[-2][1](s) for s in runs[code]) / args.count * 1000 for code in codes
    ]
    print("| CPU per file (ms) | " + " | ".join(f"{c:.2f}" for c in per_file) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

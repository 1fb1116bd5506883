"""Where a whole import's CPU goes, phase by phase and process by process.

    python -m benchmarks.import_budget [--count 1000] [--runs 3] [--seed 0] [--corpus-dir DIR]

`bench_import` says how fast an import is; `bench_prepare` and `bench_writer` time the steps of
one side each on precomputed input. This splits one real import, as `bench_import` runs it (a
new process, the app's bytecode cached, a fresh library), into the phases that add up to its
CPU: start-up in the importing process before the workers fork (interpreter and imports,
opening the library, listing the files, the word and name lists, the format readers), the
workers (the files' own work, and the rest: fork, hand-over, start and end), the writer (its
thread storing the files, the pool's threads receiving them) and the end (grouping stories, linking similar
sources, closing). Start-up and the end run on one core while the other waits, so on two cores
they weigh twice what the parallel middle does in wall clock.

Each run's child wraps the importer's own functions to read CPU clocks at their edges
(`time.process_time`, `time.thread_time`, the reaped workers' `getrusage`); the table gives
the median of the runs per phase, in seconds and in ms per file.
"""

from __future__ import annotations

import argparse
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

PHASES = (
    ("start", "interpreter and imports"),
    ("start", "opening the library (new)"),
    ("start", "listing the files"),
    ("start", "word and name lists, before the fork"),
    ("start", "the format readers, before the fork (load_formats)"),
    ("workers", "the files' own work (_prepare_chunk)"),
    ("workers", "fork, hand-over, start and end"),
    ("writer", "storing (its main thread)"),
    ("writer", "receiving (the pool's threads)"),
    ("end", "grouping stories"),
    ("end", "linking similar sources"),
    ("end", "closing the library"),
    ("importing process", "the rest (between the phases)"),
)


def measure(corpus: Path, count: int) -> dict[str, float]:
    """One import of the corpus's first `count` files in a new process: CPU seconds by phase."""
    from benchmarks.bench_import import REPO, installed_env

    with tempfile.TemporaryDirectory(prefix="briefing-budget-") as folder:
        command = [
            sys.executable,
            "-m",
            "benchmarks.import_budget",
            "--child",
            str(corpus),
            str(count),
            folder,
        ]
        done = subprocess.run(
            command, cwd=REPO, env=installed_env(), capture_output=True, text=True, check=True
        )
    return dict(json.loads(done.stdout))


def child(corpus: Path, count: int, folder: Path) -> None:
    """The measured import (run in its own process by `measure`); prints the phases as JSON.

    The benchmark's own modules are not loaded here, so the first phase is what an import's
    process loads (`benchmarks.import_run` likewise)."""
    from reader.core import import_pool, importer
    from reader.core.store import Store

    clock: dict[str, float] = {"imports": time.process_time()}  # since the interpreter started
    chunks = folder / "chunks"
    chunks.mkdir()

    def edges(module: object, name: str, key: str) -> None:
        """Wrap `module.name` to add its CPU time to clock[key]."""
        inner = getattr(module, name)

        def timed(*args: object, **kwargs: object) -> object:
            begun = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                clock[key] = clock.get(key, 0.0) + time.process_time() - begun

        setattr(module, name, timed)

    for module, name, key in ((importer, "collect", "collect"), (import_pool, "load_word_lists", "lists"),
                              (import_pool, "load_name_lists", "lists"), (import_pool, "load_formats", "formats"),
                              (importer, "group_new", "group"),
                              (importer, "link_similar", "similar")):  # fmt: skip
        edges(module, name, key)
    pool = import_pool._pool

    @contextmanager
    def watched_pool(*args: Any) -> Iterator[Any]:
        thread, process = time.thread_time(), time.process_time()
        try:
            with pool(*args) as running:
                yield running
        finally:
            clock["pool_thread"] = time.thread_time() - thread
            clock["pool_process"] = time.process_time() - process

    import_pool._pool = watched_pool  # type: ignore[assignment]
    # Sent to the forked workers by name (this module runs as __main__, which they share).
    _timed_chunk.inner = import_pool._prepare_chunk  # type: ignore[attr-defined]
    _timed_chunk.folder = chunks  # type: ignore[attr-defined]
    import_pool._prepare_chunk = _timed_chunk  # type: ignore[assignment]

    paths = sorted(corpus.glob("*.txt"))[:count]
    begun = time.process_time()
    store = Store.open(folder / "library.sqlite3")
    clock["open"] = time.process_time() - begun
    importer.import_paths(store, paths)
    begun = time.process_time()
    store.close()
    clock["close"] = time.process_time() - begun
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    main_total = time.process_time()
    own_work = sum(float(line) for f in chunks.iterdir() for line in f.read_text().split())
    phases = [clock["imports"], clock["open"], clock["collect"], clock["lists"], clock["formats"], own_work,
              reaped.ru_utime + reaped.ru_stime - own_work, clock["pool_thread"],
              clock["pool_process"] - clock["pool_thread"], clock["group"], clock["similar"], clock["close"]]  # fmt: skip
    phases.append(main_total - sum(phases[:5]) - sum(phases[7:]))
    print(
        json.dumps(
            [[" / ".join(phase), seconds] for phase, seconds in zip(PHASES, phases, strict=True)]
        )
    )


def _timed_chunk(paths: list[Path]) -> object:
    """Worker side: `_prepare_chunk`, its CPU time appended to this worker's own file."""
    begun = time.process_time()
    parsed = _timed_chunk.inner(paths)  # type: ignore[attr-defined]
    with open(_timed_chunk.folder / str(os.getpid()), "a") as out:  # type: ignore[attr-defined]
        out.write(f"{time.process_time() - begun}\n")
    return parsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--corpus-dir", type=Path, default=Path(tempfile.gettempdir()) / "briefing-bench-corpus"
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), int(args.child[1]), Path(args.child[2]))
        return 0
    from benchmarks.bench_import import ensure_corpus, warm_bytecode

    corpus = ensure_corpus(args.corpus_dir, max(args.count, 1000), args.seed)
    warm_bytecode()
    load = os.getloadavg()[0]
    runs = [measure(corpus, args.count) for _ in range(args.runs)]
    print(
        f"{args.count} files, median of {args.runs} runs, load average {load:.1f} → {os.getloadavg()[0]:.1f}"
    )
    print("| phase | CPU s | ms per file |\n|---|---:|---:|")
    medians = {name: statistics.median(run[name] for run in runs) for name in runs[0]}
    groups: dict[str, float] = {}
    for name, seconds in medians.items():
        group = name.split(" / ")[0]
        groups[group] = groups.get(group, 0.0) + seconds
        print(f"| {name} | {seconds:.3f} | {seconds / args.count * 1000:.2f} |")
    for group, seconds in [*groups.items(), ("all processes", sum(groups.values()))]:
        print(f"| **{group}** | {seconds:.3f} | {seconds / args.count * 1000:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

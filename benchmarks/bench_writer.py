"""What the importing process spends on each file after a worker parsed it, step by step, in CPU µs.

    python -m benchmarks.bench_writer [--count 1000] [--rounds 5] [--seed 0] [--corpus-dir DIR]

`bench_prepare` covers a parsing worker; this covers the one process an import cannot
parallelise: storing the parsed files in the writer's batches, grouping same-event stories
after the last file, and linking similar sources. The files are parsed once, beforehand, as
the workers would hand them over; every round then imports them into a new library, so each
step's figure is its fastest round (CPU time of this process, `time.process_time`), and a
busy machine slows all steps alike. Writes results/writer.json and prints the table.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from benchmarks.cpu_steps import run_steps

STEPS = ("store (writer batches)", "group stories", "link similar sources")


def run(files: list[Path], rounds: int) -> dict[str, dict[str, float]]:
    """µs per file of each step: fastest round, and the first round."""
    from reader.core import importer
    from reader.core.import_pool import Parsed, prepare
    from reader.core.store import Store
    from reader.core.stories import group_new

    handed_over = [
        Parsed(item.prepared.for_writer(), item.profile) if isinstance(item, Parsed) else item
        for item in map(prepare, files)
    ]
    timings: dict[str, list[float]] = {name: [] for name in STEPS}
    for _ in range(rounds):
        with tempfile.TemporaryDirectory(prefix="briefing-bench-writer-") as folder:
            with Store.open(Path(folder) / "library.sqlite3") as store:
                started = time.process_time()
                writer = importer._BatchWriter(store, ())
                for item in handed_over:
                    writer.write(item)
                writer.finish()
                stored = time.process_time()
                group_new(store, [r.source_id for r in writer.results if r.source_id])
                grouped = time.process_time()
                importer._with_similar(store, writer.results)
                linked = time.process_time()
        for name, seconds in zip(STEPS, (stored - started, grouped - stored, linked - grouped), strict=True):
            timings[name].append(seconds / len(files) * 1e6)
    return {name: {"us": round(min(t), 1), "first_round_us": round(t[0], 1)} for name, t in timings.items()}


def main(argv: list[str] | None = None) -> int:
    return run_steps("writer", "file", run, argv, (__doc__ or "").splitlines()[0], (1000, 'files imported per round'), 5)


if __name__ == "__main__":
    sys.exit(main())

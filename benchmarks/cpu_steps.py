"""The command line and report shared by the step-by-step CPU benchmarks.

`bench_prepare` (a parsing worker) and `bench_writer` (the importing process) each time the
steps of one side of an import in rounds over the same generated corpus; this is the part they
share — the options, the corpus, the Markdown table and the results file — so both report
alike and a figure from one can be set beside the other's.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.bench_import import RESULTS, ensure_corpus, machine_info, reader_revision

Steps = dict[str, dict[str, float]]


def run_steps(
    name: str,
    unit: str,
    run: Callable[[list[Path], int], Steps],
    argv: list[str] | None,
    description: str,
    count: tuple[int, str],
    rounds: int,
    not_summed: tuple[str, ...] = (),
) -> int:
    """Parse `argv`, time `run` over the corpus, print the table, write results/NAME.json.
    `count` is the default number of files and its help text; `not_summed` are steps that
    contain others (a whole pass), left out of the table's sum."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--count", type=int, default=count[0], help=count[1])
    parser.add_argument("--rounds", type=int, default=rounds)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus-dir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "briefing-bench-corpus")
    args = parser.parse_args(argv)
    corpus = ensure_corpus(args.corpus_dir, max(args.count, 1000), args.seed)
    files = sorted(corpus.glob("*.txt"))[: args.count]
    load_start = os.getloadavg()[0]
    steps = run(files, args.rounds)
    report: dict[str, Any] = {
        "benchmark": name, "machine": machine_info(), "reader": reader_revision(),
        f"{unit}s": len(files), "rounds": args.rounds, "load_avg_1min_end": os.getloadavg()[0], "steps": steps,
    }  # fmt: skip
    total = sum(s["us"] for step, s in steps.items() if step not in not_summed)
    print(f"{len(files)} {unit}s, {args.rounds} rounds, load average {load_start:.1f} → {report['load_avg_1min_end']:.1f}")
    print(f"| step | CPU µs per {unit} (fastest round) | first round |\n|---|---:|---:|")
    for step, s in steps.items():
        print(f"| {step} | {s['us']:,.1f} | {s['first_round_us']:,.1f} |")
    print(f"| sum of the steps | {total:,.1f} | |")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0

"""`make bench`: every benchmark at 1,000, 10,000 and 100,000 sources, then one summary table.

    python -m benchmarks.run [STEP …] [--sizes 1000,10000,100000] [--large-runs 1]

In order: import throughput against bare SQLite (new process per run; three runs per size,
`--large-runs` at 100,000 because one takes over two minutes), search latency against a bare
FTS5 table, window start to interactive, opening an article with 200 highlights (these three
on the cached libraries of `benchmarks.library`, built on first use), and the window's longest
event-loop stall while it imports 10,000 files, and saved web pages of 100 KB imported on two
cores (`benchmarks.bench_html`). Each step is its own module writing its JSON to
results/; `benchmarks.report` then writes results/summary.md and the README's table. A step
that misses its budget still lets the others run; one that crashes stops the run.

From a fresh clone on the 2-core reference machine: about 15 minutes (corpora and libraries
generated once and cached under the temp folder); about 8 minutes with them cached.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

SIZES = "1000,10000,100000"
STALL_FILES = 10_000


def steps(sizes: str, large_runs: int) -> dict[str, list[str]]:
    stall_files = str(STALL_FILES if str(STALL_FILES) in sizes.split(",") else min(map(int, sizes.split(","))))
    return {
        "import": ["benchmarks.bench_import", "--sizes", sizes, "--runs", "3",
                   "--large-runs", str(large_runs)],
        "search": ["benchmarks.bench_search", "--sizes", sizes],
        "window": ["benchmarks.bench_window", "--sizes", sizes, "--runs", "3"],
        "article": ["benchmarks.bench_article", "--sizes", sizes, "--runs", "20", "--highlights", "200"],
        "stall": ["benchmarks.bench_stall", "--files", stall_files, "--runs", "3"],
        "html": ["benchmarks.bench_html", "--pages", "1000", "--runs", "3"],
    }  # fmt: skip


# The exit code of a step that ran to the end but missed its budget (its figures are written).
MISSED = 3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", metavar="STEP",
                        help="run only these: import, search, window, article, stall, html")
    parser.add_argument("--sizes", default=SIZES, help="comma-separated library sizes")
    parser.add_argument("--large-runs", type=int, default=1, help="import runs at 100,000 files")
    parser.add_argument("--no-report", action="store_true", help="do not rewrite summary and README")
    args = parser.parse_args(argv)
    plan = steps(args.sizes, args.large_runs)
    unknown = set(args.only) - set(plan)
    if unknown:
        parser.error(f"unknown benchmark: {', '.join(sorted(unknown))}")
    missed = []
    for name, command in plan.items():
        if args.only and name not in args.only:
            continue
        print(f"\n## {name}\n", flush=True)
        done = subprocess.run([sys.executable, "-m", *command], check=False)
        if done.returncode == MISSED:
            missed.append(name)
        elif done.returncode != 0:
            print(f"benchmark {name} failed (exit {done.returncode})", file=sys.stderr)
            return done.returncode
    if not args.no_report:
        print("\n## summary\n", flush=True)
        subprocess.run([sys.executable, "-m", "benchmarks.report"], check=True)
    if missed:
        print(f"budget missed: {', '.join(missed)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`make bench`: every benchmark in one go, each writing its JSON and Markdown to results/.

Runs the import benchmark (1,000 and 10,000 generated files), opening an article with 200
highlights, search latency and window start on a 100,000-source library. Each benchmark is its
own module with its own options; this only runs them in order and stops at the first failure.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

STEPS: dict[str, list[str]] = {
    "import": ["benchmarks.bench_import", "--sizes", "1000,10000", "--runs", "3"],
    "article": ["benchmarks.bench_article", "--runs", "20", "--highlights", "200"],
    "search": ["benchmarks.bench_search", "--sources", "100000"],
    "window": ["benchmarks.bench_window", "--sources", "100000", "--runs", "3"],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("only", nargs="*", metavar="STEP", help=f"run only these: {', '.join(STEPS)}")
    args = parser.parse_args(argv)
    unknown = set(args.only) - set(STEPS)
    if unknown:
        parser.error(f"unknown benchmark: {', '.join(sorted(unknown))}")
    for name, command in STEPS.items():
        if args.only and name not in args.only:
            continue
        print(f"\n## {name}\n", flush=True)
        done = subprocess.run([sys.executable, "-m", *command], check=False)
        if done.returncode != 0:
            print(f"benchmark {name} failed (exit {done.returncode})", file=sys.stderr)
            return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What compiling the parser with mypyc would buy, measured on a scratch copy: nothing of the
build changes.

    python -m benchmarks.mypyc_trial [--modules hot|all] [--count 60] [--out DIR] [PAGE ...]

The parse is pure Python, and session 17 found small cuts no longer pay, so the question is
whether compiling its modules to C (mypyc ships with mypy) takes a large share out. This copies
`reader/` and `benchmarks/` into `--out` (no `pyproject.toml`: mypyc's build reads it, and a
setuptools older than the one it names rejects its licence field), compiles `--modules` there,
and counts the parse's and a worker's instructions per bench article in both trees
(`benchmarks.bench_instructions`, which counts the tree it lies in). With PAGE files it also
runs `briefing inspect --json` over them in both trees and says whether the output is the same
bytes. A compiled module is an extension beside its source, which Python imports first; without
the extension (another interpreter, a failed build) the source is imported as before.

`hot` is the parser's modules that spend most of its own Python time (cProfile over 200 bench
articles, session 18), the story profile and the search terms; `all` every module of
`reader.core.ingest` but its phrase tables (data, and an import cycle mypy cannot type alone)
and the two that key the first-name list by a function's bytecode (`_NOT_COMPILED`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.bench_import import REPO

_INGEST = "reader/core/ingest"
HOT = (
    "region", "phrases", "plaintext", "line_evidence", "shape", "boilerplate", "segment",
    "language", "byline", "outlet", "headline_pairs", "resume", "headline", "run_captions",
    "outlet_evidence", "head", "credit_phrases", "article", "metadata", "body_notices",
    "credit_lines", "body_disclosures", "date_lines", "head_authors",
)  # fmt: skip
BEYOND_PARSE = (
    "reader/core/stories/profile.py",
    "reader/core/analysis/tokens.py",
    "reader/core/analysis/terms.py",
)
# Data tables: nothing to gain, and compiled alone mypy cannot type their cycle. The first-name
# list is kept keyed by its builder's bytecode (`run_cache.kept_set`), which a compiled
# function has none of: compiled, every start fails.
_NOT_COMPILED = ("__init__.py", "byline_leads.py", "person_shape.py", "run_cache.py")
_NOT_COMPILED_PREFIX = "phrase_tables"


def modules(which: str, tree: Path) -> list[str]:
    """The source files to compile, relative to `tree`."""
    if which == "hot":
        chosen = [f"{_INGEST}/{name}.py" for name in HOT]
    else:
        chosen = sorted(
            f"{_INGEST}/{p.name}"
            for p in (tree / _INGEST).glob("*.py")
            if p.name not in _NOT_COMPILED and not p.name.startswith(_NOT_COMPILED_PREFIX)
        )
    return [*chosen, *BEYOND_PARSE]


def scratch_copy(out: Path) -> None:
    """`reader/` and `benchmarks/` of this checkout, without bytecode or earlier builds."""
    if out.exists():
        shutil.rmtree(out)
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "results")
    for part in ("reader", "benchmarks"):
        shutil.copytree(REPO / part, out / part, ignore=ignore)


def compile_tree(out: Path, files: list[str]) -> float:
    """Compile `files` with mypyc inside `out`; the wall-clock seconds it took."""
    mypyc = Path(sys.executable).with_name("mypyc")
    started = time.monotonic()
    subprocess.run([str(mypyc), "--ignore-missing-imports", *files], cwd=out, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    return time.monotonic() - started


def counts(tree: Path, count: int) -> str:
    """`bench_instructions`' table for the parse and a worker's step, counted in `tree`."""
    command = [sys.executable, "-P", "-m", "benchmarks.bench_instructions", "--count", str(count),
               "--steps", "parse,worker"]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        command, cwd=tree, env=env, check=True, capture_output=True, text=True
    ).stdout


def inspect_output(tree: Path, pages: list[Path]) -> bytes:
    """`briefing inspect --json` over `pages`, run from `tree`."""
    code = "import sys; from reader.cli import main; sys.exit(main())"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = [sys.executable, "-P", "-c", code, "inspect", "--json", *map(str, pages)]
    return subprocess.run(command, cwd=tree, env=env, check=True, capture_output=True).stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--modules", choices=("hot", "all"), default="hot")
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--out", type=Path, default=Path("/tmp/briefing-mypyc"))
    parser.add_argument("pages", nargs="*", type=Path)
    args = parser.parse_args(argv)
    if shutil.which("gcc") is None and shutil.which("cc") is None:
        print("no C compiler: mypyc needs one and the Python headers", file=sys.stderr)
        return 2
    scratch_copy(args.out)
    files = modules(args.modules, args.out)
    seconds = compile_tree(args.out, files)
    print(f"compiled {len(files)} modules in {seconds:.0f} s (wall clock)")
    for name, tree in (("pure Python", REPO), ("mypyc", args.out)):
        print(f"\n{name} ({tree}):\n{counts(tree, args.count)}")
    if args.pages:
        same = inspect_output(REPO, args.pages) == inspect_output(args.out, args.pages)
        print(
            f"`briefing inspect --json` on {len(args.pages)} pages: {'identical' if same else 'DIFFERENT'}"
        )
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

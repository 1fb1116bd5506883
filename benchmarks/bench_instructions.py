"""Instructions a parsing worker executes per article, counted by valgrind: a figure that load
on the machine does not move.

    python -m benchmarks.bench_instructions [--count 100] [--seed 0] [--corpus-dir DIR]

CPU time on a shared machine rises with its load (the same parse measured 1.4 and 2.1 ms
minutes apart), so a change worth a few per cent cannot be told from noise by timing it.
Instructions retired can: each step runs in a child process under `valgrind --tool=callgrind`
twice, over `--count` articles and over none (the same start-up: imports, word lists, one
article to load what the parsers load lazily), and the difference divided by `--count` is the
step's instructions per article, the same to a few thousandths from run to run. Line caches
are cold, as in an import's first files. Instructions are not time (a cache miss costs more
than an add), so a change is measured both ways; valgrind runs some 50 times slower than
native, a count of 100 takes about a minute.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.bench_import import REPO, ensure_corpus

# What the child runs: `parse` is the plain-text parser on decoded, normalised text; `worker`
# what a parsing worker does for a file (`prepare_bytes` and the story profile).
STEPS = ("parse", "worker")
_CHILD = """
import sys
from pathlib import Path
from reader.core.ingest.decode import decode
from reader.core.ingest.prepare import format_of, prepare_bytes
from reader.core.ingest import load_name_lists
from reader.core.stories import load_word_lists, make_profile
from reader.core.text import normalise
step, count, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
load_word_lists()
load_name_lists()  # as the import's workers start: loaded before they fork
named = [(f.name, f.read_bytes()) for f in sorted(folder.glob("*.txt"))[: count + 1]]
parse = format_of("article.txt").parse
texts = [(name, normalise(decode(data).text)) for name, data in named]
def worker(name, data):
    prepared = prepare_bytes(data, name)
    a = prepared.article
    title = a.title or prepared.fallback_title
    make_profile(0, title, a.teaser, prepared.reading_text, a.lang, a.published).to_json()
run = (lambda i: parse(texts[i][1], texts[i][0])) if step == "parse" else (lambda i: worker(*named[i]))
for i in range(count + 1):
    run(i)
"""
_COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(step: str, count: int, corpus: Path) -> int:
    """Instructions of one child process that runs `step` over `count` + 1 articles."""
    command = [
        "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
        sys.executable, "-c", _CHILD, step, str(count), str(corpus),
    ]  # fmt: skip
    # A fixed hash seed: set and dict orders, and so the work done, are the same in every run.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=True)
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise RuntimeError(f"valgrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def per_article(step: str, count: int, corpus: Path) -> float:
    """Millions of instructions per article of `step`: `count` articles less none."""
    return (instructions(step, count, corpus) - instructions(step, 0, corpus)) / count / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus-dir", type=Path, default=Path("/tmp/briefing-bench-corpus"))
    parser.add_argument("--steps", default=",".join(STEPS), help="comma-separated, of: " + ", ".join(STEPS))
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    corpus = ensure_corpus(args.corpus_dir, 1000, args.seed)
    print(f"{args.count} articles of {corpus.name}, cold line caches")
    print("| step | million instructions per article |\n|---|---:|")
    for step in args.steps.split(","):
        print(f"| {step} | {per_article(step, args.count, corpus):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

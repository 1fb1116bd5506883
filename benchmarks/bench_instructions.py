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

`--steps writer` counts the importing process instead, per file a worker handed over: the
chunks are made beforehand by the code under test (outside valgrind), and the child unpickles
them, stores them in the writer's batches, groups stories and links similar sources — the serial
part of an import, which caps its rate however many workers parse. Its batches are cut every
`BATCH_FILES` files, never by time, so the count does not depend on how fast valgrind ran. Grouping's work grows with
the files dated near each other, so compare counts of the same `--count` only.

`--steps entities` counts `extract` (the entity rules) on the bodies of the first `--count`
generated pages (`benchmarks.corpus.generate_article`, as `bench_entities` times them), after
warm-up calls that load its gazetteers and word lists.

`--steps start` counts an import's start-up before its workers fork (imports, opening a new
library, the word and name lists, the format readers), once, in millions: it runs on one core
while the other waits.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_import import REPO, ensure_corpus, installed_env, warm_bytecode

# What the child runs: `parse` is the plain-text parser on decoded, normalised text; `worker`
# what a parsing worker does for a file (`prepare_bytes` and the story profile); `writer` what
# the importing process does for a file a worker handed over (unpickling its chunk, storing it
# in the writer's batches, then grouping stories and linking similar sources over all of them);
# `start` the importing process's start-up before its workers fork (`_START`), once per import.
STEPS = ("parse", "worker", "writer", "start", "entities")
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
# The writer's input is made beforehand, outside valgrind, by the code under test: the chunks
# the workers would send, pickled (`_WRITER_INPUT`); the child stores them into a new library.
_WRITER_INPUT = """
import pickle, sys
from pathlib import Path
from reader.core.import_pool import CHUNK_FILES, _prepare_chunk
count, folder, out = int(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
files = sorted(folder.glob("*.txt"))[:count]
chunks = [files[i : i + CHUNK_FILES] for i in range(0, len(files), CHUNK_FILES)]
out.write_bytes(pickle.dumps([pickle.dumps(_prepare_chunk(c), pickle.HIGHEST_PROTOCOL) for c in chunks]))
"""
_WRITER = """
import pickle, sys, tempfile
from pathlib import Path
from reader.core import importer
from reader.core.gc_quiet import old_objects_frozen
from reader.core.store import Store
from reader.core.stories import group_new
chunks = pickle.loads(Path(sys.argv[1]).read_bytes())
# Batches cut by their number of files only: cut by time, as in an import, valgrind's slowness
# and the machine's load decided how many commits (and FTS5 flushes) were counted.
importer.BATCH_SECONDS = float("inf")
with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "library.sqlite3") as store:
    with old_objects_frozen():
        writer = importer._BatchWriter(store, ())
        for chunk in chunks:
            for item in pickle.loads(chunk):
                writer.write(item)
        writer.finish()
        group_new(store, [r.source_id for r in writer.results if r.source_id])
        importer._with_similar(store, writer.results)
"""
# The start of an import, as `benchmarks.import_budget` splits it: imports, opening a new
# library, the word and name lists and the format readers. Counted whole, with the app's
# bytecode (and the readers' compiled patterns, `reader.core.ingest.run_cache`) cached.
_START = """
import tempfile
from pathlib import Path
from reader.core import import_pool, importer
from reader.core.store import Store
from reader.core.ingest import load_formats, load_name_lists
from reader.core.stories import load_word_lists
with tempfile.TemporaryDirectory() as folder:
    Store.open(Path(folder) / "library.sqlite3").close()
load_word_lists()
load_name_lists()
load_formats(["article.txt"])
"""
# The pages' bodies are generated beforehand, outside valgrind (`_entity_pages`), and read
# from a JSON file: generating them in the child would be counted with the rules.
_ENTITIES = """
import json, sys
from pathlib import Path
from reader.core.entities import extract
extract("Warm-up: Präsident Emmanuel Macron traf in Paris 300 Gäste.", "de")
extract("On Monday Intel and Nickel said the U.S. Treasury rose 5%.", "en")
extract("Der Sieger vor Karl Geiger war Ryoyu Kobayashi.", "de")
pages = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))[: int(sys.argv[1])]
for text, lang in pages:
    extract(text, lang)
"""
_COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(step: str, count: int, corpus: Path) -> int:
    """Instructions of one child process that runs `step` over `count` + 1 articles (the
    writer: over `count` files)."""
    # A fixed hash seed: set and dict orders, and so the work done, are the same in every run.
    # One OpenBLAS thread (numpy, if the language guess loads it; it came with sqlite_utils until
    # session 17): its idle threads spin, counting instructions that depend on the load.
    env = {**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1"}
    if step == "start":
        return _counted([sys.executable, "-c", _START], {**installed_env(), "PYTHONHASHSEED": "0"})
    if step == "entities":
        with tempfile.TemporaryDirectory(prefix="briefing-bench-entities-") as folder:
            pages = Path(folder) / "pages.json"
            pages.write_text(json.dumps(_entity_pages(count)), encoding="utf-8")
            return _counted([sys.executable, "-c", _ENTITIES, str(count), str(pages)], env)
    if step == "writer":
        with tempfile.TemporaryDirectory(prefix="briefing-bench-writer-") as folder:
            chunks = Path(folder) / "chunks.pickle"
            subprocess.run([sys.executable, "-c", _WRITER_INPUT, str(count), str(corpus), str(chunks)],
                           cwd=REPO, env=env, check=True)  # fmt: skip
            return _counted([sys.executable, "-c", _WRITER, str(chunks)], env)
    return _counted([sys.executable, "-c", _CHILD, step, str(count), str(corpus)], env)


def _entity_pages(count: int) -> list[tuple[str, str]]:
    """The bodies and languages of the first `count` generated pages, as bench_entities reads them."""
    from benchmarks.corpus import generate_article

    return [("\n\n".join(a.body), a.lang) for a in map(generate_article, range(count))]


def _counted(child: list[str], env: dict[str, str]) -> int:
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *child]
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
        if step == "start":
            warm_bytecode()
            millions = instructions(step, 0, corpus) / 1e6
            print(f"| start (once per import, not per article) | {millions:.0f} |")
        else:
            print(f"| {step} | {per_article(step, args.count, corpus):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

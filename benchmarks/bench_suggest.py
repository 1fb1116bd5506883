"""How long "Did you mean …" takes over a library with a large vocabulary.

The corpus of `benchmarks.corpus` is written from a few thousand words, so its index has few
terms; a user's library of news has tens of thousands. This builds (once, cached under the
temp folder) a library of N sources whose text draws words from the 100,000 most common German
and English words (`wordfreq`, a dependency already), by their frequency, parsed by the
importer's `prepare_bytes` and stored by the writer as an import does. Every twentieth source
also names the words the typos below are made from. Then each mistyped query is searched and
`search.suggest` timed (after one warm-up run), several rounds; the figures are milliseconds of
the suggestion alone, on top of the search.

    python -m benchmarks.bench_suggest [--sources 10000] [--rounds 5] [--rebuild]

Writes results/suggest.json and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import wordfreq

from benchmarks.bench_import import machine_info, reader_revision
from reader.core import search
from reader.core.ingest.prepare import PreparedFile, prepare_bytes
from reader.core.store import SCHEMA_VERSION, DuplicateSourceError, Store

RESULTS = Path(__file__).resolve().parent / "results" / "suggest.json"
BUILDER_VERSION = 1
WORDS = 100_000  # the most common words of each language drawn from
WORDS_PER_SOURCE = 400
NAMED = (
    "Die Bundesregierung streitet über die Schuldenbremse; in München spricht Xi Jinping über "
    "Inflation und die Sicherheitspolitik der Staatsanwaltschaft."
)
QUERIES = (
    "Schuldenbrmse", "Bundesrgierung", "Xi Jinpin", "inflaton", "Sicherheitspolitk",
    "Staatsanwaltschft", "Bundesrgierung Schuldenbrmse", '"Xi Jinpin"', "Schuldenbrmse OR Inflaton",
    "Shculdenbremse", "Zzyzxqv",
)  # fmt: skip


def library_path(count: int) -> Path:
    name = f"briefing-bench-suggest-s{SCHEMA_VERSION}-b{BUILDER_VERSION}-n{count}.sqlite"
    return Path(tempfile.gettempdir()) / name


def _article(i: int) -> bytes:
    """Source `i`: a title and paragraphs of words drawn by frequency, German or English."""
    lang = "de" if i % 2 else "en"
    words = wordfreq.top_n_list(lang, WORDS)
    chance = random.Random(i)
    drawn = chance.choices(words, cum_weights=_cumulative(), k=WORDS_PER_SOURCE)
    title = " ".join(w.capitalize() for w in drawn[:7])
    paragraphs = [" ".join(drawn[at : at + 80]) + "." for at in range(7, WORDS_PER_SOURCE, 80)]
    if i % 20 == 0:
        paragraphs.append(NAMED)
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"


_CUMULATIVE: list[float] = []


def _cumulative() -> list[float]:
    """Zipf's law over the ranks: the weights of `random.choices`, summed once per process."""
    if not _CUMULATIVE:
        total = 0.0
        for rank in range(WORDS):
            total += 1 / (rank + 10)
            _CUMULATIVE.append(total)
    return _CUMULATIVE


def _prepare(i: int) -> PreparedFile:
    return prepare_bytes(_article(i).encode("utf-8"), f"{i:06d}.txt").for_writer()


def _prepared(count: int) -> Iterator[PreparedFile]:
    with ProcessPoolExecutor(2) as pool:
        yield from pool.map(_prepare, range(count), chunksize=64)


def ensure_library(count: int, rebuild: bool = False) -> Path:
    path = library_path(count)
    if path.exists() and not rebuild:
        return path
    partial = path.with_name(path.name + ".part")
    partial.unlink(missing_ok=True)
    print(f"building a {count:,}-source library in {path} …", file=sys.stderr, flush=True)
    with Store.open(partial) as store:
        store.db.execute("PRAGMA synchronous = OFF")  # a benchmark fixture, not work product
        store.db.conn.execute("BEGIN")
        for prepared in _prepared(count):
            try:
                store.sources.add_in_transaction(prepared, [])
            except DuplicateSourceError:
                continue
        store.db.conn.execute("COMMIT")
        store.db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    shutil.move(partial, path)
    return path


def measure(store: Store, rounds: int) -> dict[str, dict[str, object]]:
    """Per query: what the search found, the suggestion, and its milliseconds (median, max)."""
    measured: dict[str, dict[str, object]] = {}
    for query in QUERIES:
        found = len(search.search(store, query, limit=50))
        suggestion = search.suggest(store, query, found)  # warm-up
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            search.suggest(store, query, found)
            times.append((time.perf_counter() - started) * 1000)
        measured[query] = {
            "found": found,
            "suggestion": suggestion.text if suggestion else None,
            "median_ms": round(statistics.median(times), 2),
            "max_ms": round(max(times), 2),
        }
    return measured


def vocabulary(store: Store) -> dict[str, int]:
    """The index's stems (part keys aside) and the largest first letter's share of them."""
    letters = {chr(c): len(store.db.execute(
        "SELECT term FROM temp.search_vocab WHERE term >= ? AND term < ?", (chr(c), chr(c + 1))
    ).fetchall()) for c in range(ord("a"), ord("z") + 1)}  # fmt: skip
    return {"stems_a_to_z": sum(letters.values()), "largest_letter": max(letters.values())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sources", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    path = ensure_library(args.sources, args.rebuild)
    with Store.open(path) as store:
        terms = vocabulary(store)
        measured = measure(store, args.rounds)
    print(f"{args.sources:,} sources, {terms['stems_a_to_z']:,} stems "
          f"(largest first letter: {terms['largest_letter']:,})\n")  # fmt: skip
    print("| query | found | suggestion | median ms | max ms |\n|---|---|---|---|---|")
    for query, row in measured.items():
        print(f"| `{query}` | {row['found']} | {row['suggestion'] or '—'} | {row['median_ms']} | {row['max_ms']} |")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({
        "machine": machine_info(), "reader": reader_revision(), "sources": args.sources,
        "rounds": args.rounds, "vocabulary": terms, "queries": measured,
    }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

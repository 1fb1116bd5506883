"""How long the library table's word filter takes for a word, as each pause in typing runs it.

The filter (`SourceFilter.words`, run by `table_ids`) matches A–Z words in SQL, and a letter
beyond A–Z typed alone ("ö") too; a longer word with such a letter ("öl", "über") is matched in
SQL with any letter in that place and its rows are checked again, case-folded, in Python. This
times `table_ids` on the benchmark libraries (`benchmarks.library`) for words of each kind,
after one warm-up run, and says how many rows each lets through; then again with every source
by the author `EVERYWHERE` ("Jürgen Öztürk", as a library of one outlet holds its name in every
row), set in a transaction that is rolled back, so the cached library stays as built.

    python -m benchmarks.bench_filter [--sizes 10000,100000] [--rounds 5] [--words ö,é,…]

Writes results/filter.json and prints a Markdown table. Not part of `make bench`: it is for
judging a change to the filter.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from benchmarks.bench_import import machine_info, reader_revision
from benchmarks.library import db_path, ensure_library
from reader.core.store import SourceFilter, Store, table_ids

RESULTS = Path(__file__).resolve().parent / "results" / "filter.json"
# One letter beyond A–Z as the first typed, words of such letters, and A–Z words to compare.
WORDS = ("ö", "é", "ß", "ü", "öl", "über", "österreich", "energie", "e")
EVERYWHERE = "Jürgen Öztürk"


def measure(store: Store, words: list[str], rounds: int) -> dict[str, dict[str, float | int]]:
    """Per word: the rows the filter lets through and its milliseconds (median, max)."""
    measured: dict[str, dict[str, float | int]] = {}
    for word in words:
        filters = SourceFilter(words=word)
        rows = len(table_ids(store.db, "published", True, filters))  # warm-up
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            table_ids(store.db, "published", True, filters)
            times.append((time.perf_counter() - started) * 1000)
        measured[word] = {"rows": rows, "median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}
    return measured


def measure_everywhere(store: Store, words: list[str], rounds: int) -> dict[str, dict[str, float | int]]:
    """`measure` with every source by the author `EVERYWHERE`, rolled back afterwards."""
    store.db.conn.execute("BEGIN")
    try:
        store.db.conn.execute("UPDATE sources SET byline = ?", [EVERYWHERE])
        return measure(store, words, rounds)
    finally:
        store.db.conn.execute("ROLLBACK")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--words", default=",".join(WORDS))
    args = parser.parse_args(argv)
    words = args.words.split(",")
    sizes = [int(size) for size in args.sizes.split(",")]
    results: dict[str, dict[str, dict[str, float | int]]] = {}
    for size in sizes:
        with Store.open(db_path(ensure_library(size))) as store:
            results[f"{size:,}"] = measure(store, words, args.rounds)
            results[f"{size:,} by {EVERYWHERE}"] = measure_everywhere(store, words, args.rounds)
    print("| word | " + " | ".join(f"{library}: rows, median ms" for library in results) + " |")
    print("|---|" + "---:|" * len(results))
    for word in words:
        cells = (f"{measured[word]['rows']:,}, {measured[word]['median_ms']}" for measured in results.values())
        print(f"| `{word}` | " + " | ".join(cells) + " |")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({"machine": machine_info(), "reader": reader_revision(), "rounds": args.rounds,
                                   "libraries": results}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Search latency over the benchmark libraries, side by side with a bare FTS5 table.

For each size, the cached library of `benchmarks.library` (generated articles imported through
the real parsing and store code, with highlights, notes and tags) answers a fixed set of varied
queries, 20 results with snippets, several runs each after one warm-up. The bare side is the
floor: the same files as raw text in one plain `sqlite3` table with an external-content FTS5
index (as `benchmarks.import_run bare` writes it), asked each query's plain words as an FTS5
MATCH ordered by `bm25` with `snippet()`. "Ours / bare" compares the two on the queries that
have plain words (filters such as `in:note` or `label:risk` have no bare counterpart).

    python -m benchmarks.bench_search [--sizes 1000,10000,100000] [--rounds 5] [--rebuild]

Writes results/search.json and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence, Sized
from pathlib import Path
from typing import Any

from benchmarks.bench_import import ensure_corpus, machine_info, reader_revision
from benchmarks.corpus import CORPUS_VERSION
from benchmarks.import_run import import_bare
from benchmarks.library import db_path, ensure_library
from reader.core import search
from reader.core.store import Store

RESULTS = Path(__file__).resolve().parent / "results" / "search.json"
TARGET_P95_MS = 30.0
SIZES = (1_000, 10_000, 100_000)

QUERIES = (
    "Lieferkette", "lieferketten", "kette", "Halbleiter", "seltene Erde", "Exportkontrollen",
    "Zölle", "Zoelle", "Mueller", "supply chain", "semiconductors", "rare earth",
    '"seltene Erden"', '"supply chains"', "Japan China", "Japan OR Korea", "Nickel -China",
    "Subvent*", "chip*", "Energie tag:Japan", "tag:Energie after:2024", "outlet:handelsblatt Zoll",
    "in:highlight Chips", "label:risk", "in:note", "after:2025-01 Wasserstoff",
    "before:2022 tariffs", "Batterie Fabrik Subventionen", "Washington Tokio Peking",
    "e-mail C++ \"unbalanced",
)  # fmt: skip

BARE_QUERY = (
    "SELECT f.name, snippet(files_fts, 0, '[', ']', '…', 12) FROM files_fts"
    " JOIN files f ON f.id = files_fts.rowid WHERE files_fts MATCH ?"
    " ORDER BY bm25(files_fts) LIMIT 20"
)


def plain_words(query: str) -> list[str]:
    """The words of a query without its operators, filters, exclusions or wildcards."""
    kept = [t for t in query.replace('"', " ").split()
            if ":" not in t and not t.startswith("-") and t != "OR"]  # fmt: skip
    return [w for t in kept for w in re.findall(r"\w+", t)]


def bare_match(query: str) -> str | None:
    """The FTS5 MATCH expression for a query's plain words (all of them), or None."""
    words = plain_words(query)
    return " ".join(f'"{w}"' for w in words) if words else None


def bare_path(count: int, seed: int = 0) -> Path:
    return Path(tempfile.gettempdir()) / f"briefing-bench-bare-c{CORPUS_VERSION}-seed{seed}-n{count}.sqlite3"


def ensure_bare(count: int, corpus_dir: Path, seed: int = 0) -> Path:
    """The bare table + FTS5 over the corpus of `count` files, built once (like a bare import)."""
    path = bare_path(count, seed)
    if not path.exists():
        corpus = ensure_corpus(corpus_dir, count, seed)
        with tempfile.TemporaryDirectory(prefix="briefing-bench-bare-") as tmp:
            import_bare(sorted(corpus.glob("*.txt")), Path(tmp))
            shutil.move(Path(tmp) / "bare.sqlite3", path)
    return path


def timed(
    run: Callable[[str], Sized], queries: Sequence[str], rounds: int
) -> tuple[dict[str, Any], dict[str, list[float]]]:
    """Latency of every query over `rounds` runs (after one warm-up run each), and the runs."""
    per_query: dict[str, dict[str, float]] = {}
    runs: dict[str, list[float]] = {}
    for query in queries:
        hits = len(run(query))
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            run(query)
            times.append((time.perf_counter() - started) * 1000)
        runs[query] = times
        per_query[query] = {"hits": hits, "median_ms": round(statistics.median(times), 2)}
    return {**latency(runs.values()), "queries": per_query}, runs


def latency(runs: Iterable[list[float]]) -> dict[str, float]:
    samples = sorted(t for times in runs for t in times)
    return {
        "p50_ms": round(percentile(samples, 50), 2),
        "p95_ms": round(percentile(samples, 95), 2),
        "max_ms": round(samples[-1], 2),
    }


def percentile(ordered: list[float], p: float) -> float:
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def index_bytes(store: Store) -> int:
    """Bytes of the FTS5 index's shadow tables and of the kept terms beside them."""
    row = store.db.execute(
        "SELECT sum(pgsize) FROM dbstat WHERE name IN ('search_index', 'search_terms')"
        " OR name LIKE 'search_index_%'"
    ).fetchone()
    return int(row[0] or 0)


def measure_size(count: int, rounds: int, corpus_dir: Path, rebuild: bool) -> dict[str, Any]:
    library = ensure_library(count, rebuild=rebuild)
    with Store.open(db_path(library)) as store:
        ours, ours_runs = timed(lambda q: search.search(store, q, limit=20), QUERIES, rounds)
        size = index_bytes(store)
    bare_db = ensure_bare(count, corpus_dir)
    paired = [q for q in QUERIES if bare_match(q)]
    con = sqlite3.connect(bare_db)
    try:
        bare, _ = timed(lambda q: con.execute(BARE_QUERY, (bare_match(q),)).fetchall(), paired, rounds)
    finally:
        con.close()
    same = latency(ours_runs[q] for q in paired)
    return {
        "sources": count,
        "ours": ours,
        "bare": bare,
        "ours_same_queries": same,
        "ratio_p50": round(same["p50_ms"] / max(bare["p50_ms"], 1e-3), 1),
        "ratio_p95": round(same["p95_ms"] / max(bare["p95_ms"], 1e-3), 1),
        "index_mb": round(size / 1e6, 1),
        "index_bytes_per_source": round(size / count),
        "library_mb": round(db_path(library).stat().st_size / 1e6, 1),
        "bare_db_mb": round(bare_db.stat().st_size / 1e6, 1),
        "bare_queries": {q: bare_match(q) for q in paired},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached libraries")
    parser.add_argument("--corpus-dir", type=Path,
                        default=Path(tempfile.gettempdir()) / "briefing-bench-corpus")
    args = parser.parse_args(argv)
    report: dict[str, Any] = {"benchmark": "search", "machine": machine_info(),
                              "reader": reader_revision(), "rounds": args.rounds,
                              "target_p95_ms": TARGET_P95_MS, "sizes": {}}
    for count in (int(s) for s in args.sizes.split(",")):
        report["sizes"][str(count)] = measure_size(count, args.rounds, args.corpus_dir, args.rebuild)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(markdown(report))
    return 0


def markdown(report: dict[str, Any]) -> str:
    lines = [
        f"Search, {report['rounds']} runs per query after a warm-up, 20 results with snippets",
        "",
        ("| sources | p50 | p95 | slowest | bare FTS5 p50 / p95 | ours / bare (p95, same queries) "
        "| index | library |"),
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, r in report["sizes"].items():
        o, b = r["ours"], r["bare"]
        lines.append(
            f"| {int(size):,} | {o['p50_ms']} ms | {o['p95_ms']} ms | {o['max_ms']} ms "
            f"| {b['p50_ms']} / {b['p95_ms']} ms | {r['ratio_p95']}× "
            f"| {r['index_mb']} MB | {r['library_mb']} MB |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())

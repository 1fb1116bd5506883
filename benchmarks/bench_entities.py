"""Entity extraction speed: CPU time per article, and indexing a library's sources.

    .venv/bin/python -m benchmarks.bench_entities [--articles 300] [--runs 3]

`extract` runs on the hand-annotated gold texts (tests/data/entities: short news items, the
five seeds, six real pages) and on the bodies of generated business-news pages
(`benchmarks.corpus`, German and English), after warm-up calls that load the gazetteers, word
frequencies, the first-name list and the English dictionary (measured
apart: a process pays it once). CPU time (`time.process_time`), not wall clock: the machine is
shared. Then `store.entities.refresh` on a fresh library of the generated pages (imported
first, not timed) gives what indexing costs per source with its writes. Last, listing: the
cached 10,000-source benchmark library (`benchmarks.library`), copied and indexed once (kept
under the temp folder, keyed by the schema's and the rules' versions), and the CPU time of
`store.entities.list()` (every entity), of one kind, and of one source's entities. Writes
results/entities.json and prints a summary.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.bench_import import machine_info, reader_revision
from benchmarks.corpus import generate_article, write_corpus

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results"
GOLD = ROOT / "tests" / "data" / "entities"


def _per_item_ms(texts: list[tuple[str, str]], runs: int) -> list[float]:
    from reader.core.entities import extract

    times = []
    for _ in range(runs):
        for text, lang in texts:
            started = time.process_time()
            extract(text, lang)
            times.append((time.process_time() - started) * 1000)
    return times


def _summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "median_ms": round(statistics.median(ordered), 3),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 3),
        "max_ms": round(ordered[-1], 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--list-sources", type=int, default=10_000, help="library size for listing")
    args = parser.parse_args()

    started = time.process_time()
    from reader.core.entities import extract

    extract("Warm-up: Präsident Emmanuel Macron traf in Paris 300 Gäste.", "de")
    extract("On Monday Intel and Nickel said the U.S. Treasury rose 5%.", "en")
    extract("Der Sieger vor Karl Geiger war Ryoyu Kobayashi.", "de")  # the first-name list
    warm_up_ms = (time.process_time() - started) * 1000

    gold = []
    for path in sorted(GOLD.glob("*.gold.json")):
        lang = json.loads(path.read_text(encoding="utf-8"))["lang"]
        gold.append((path.with_name(path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8"), lang))
    pages = []
    for i in range(args.articles):
        article = generate_article(i)
        pages.append(("\n\n".join(article.body), article.lang))
    result = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "revision": reader_revision(),
        "machine": machine_info(),
        "warm_up_ms": round(warm_up_ms, 1),
        "gold": {"articles": len(gold), "mean_chars": round(statistics.mean(len(t) for t, _ in gold))}
        | _summary(_per_item_ms(gold, args.runs)),
        "pages": {"articles": len(pages), "mean_chars": round(statistics.mean(len(t) for t, _ in pages))}
        | _summary(_per_item_ms(pages, args.runs)),
        "refresh": _refresh(args.articles),
        "listing": _listing(args.list_sources, args.runs),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "entities.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"warm-up (gazetteers, word frequencies, first names): {result['warm_up_ms']} ms CPU, once per process")
    for key in ("gold", "pages"):
        r = result[key]
        print(f"{key:6} {r['articles']:4} articles of {r['mean_chars']} chars: "
              f"median {r['median_ms']} ms, p95 {r['p95_ms']} ms, max {r['max_ms']} ms CPU each")  # fmt: skip
    r = result["refresh"]
    print(f"refresh: {r['sources']} sources indexed in {r['cpu_s']} s CPU ({r['per_source_ms']} ms each, with writes)")
    r = result["listing"]
    print(f"listing at {r['sources']} sources ({r['entities']} entities, {r['rows']} source rows): "
          f"all {r['all_ms']} ms, people {r['people_ms']} ms, one source {r['one_source_ms']} ms CPU")  # fmt: skip
    return 0


def _refresh(count: int) -> dict[str, float]:
    from reader.core import importer
    from reader.core.store import Store

    with tempfile.TemporaryDirectory() as folder:
        files = write_corpus(Path(folder) / "corpus", count)
        with Store.open(Path(folder) / "library.sqlite") as store:
            importer.import_paths(store, files, workers=1)
            started = time.process_time()
            done = store.entities.refresh()
            cpu = time.process_time() - started
    return {"sources": done, "cpu_s": round(cpu, 2), "per_source_ms": round(cpu / max(done, 1) * 1000, 2)}


def _listing(count: int, runs: int) -> dict[str, float]:
    """Best of `runs` CPU times of the listings: every entity (what the Entities view shows),
    one kind, and one source's entities (`for_source`, which no pane calls yet)."""
    from benchmarks.library import db_path, ensure_library
    from reader.core.entities import RULES_VERSION
    from reader.core.store import SCHEMA_VERSION, Store

    # keyed by the rules too: an index made by older rules would be listed as if it were current
    name = f"briefing-bench-entities-s{SCHEMA_VERSION}-r{RULES_VERSION}-n{count}"
    folder = Path(tempfile.gettempdir()) / name
    library = folder / "library.sqlite"
    if not library.exists():
        building = folder.with_name(folder.name + ".building")
        building.mkdir(parents=True, exist_ok=True)
        shutil.copy(db_path(ensure_library(count)), building / "library.sqlite")
        with Store.open(building / "library.sqlite") as store:
            store.entities.refresh()
        building.rename(folder)

    def best(call: object) -> float:
        times = []
        for _ in range(runs):
            started = time.process_time()
            call()  # type: ignore[operator]
            times.append((time.process_time() - started) * 1000)
        return round(min(times), 1)

    with Store.open(library) as store:
        rows = store.db.execute("SELECT count(*) FROM entity_sources").fetchone()[0]
        middle = count // 2
        return {
            "sources": count,
            "entities": len(store.entities.list()),
            "rows": rows,
            "all_ms": best(store.entities.list),
            "people_ms": best(lambda: store.entities.list("person")),
            "one_source_ms": best(lambda: store.entities.for_source(middle)),
        }


if __name__ == "__main__":
    raise SystemExit(main())

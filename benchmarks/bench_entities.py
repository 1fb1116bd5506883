"""Entity extraction speed: CPU time per article, and indexing a library's sources.

    .venv/bin/python -m benchmarks.bench_entities [--articles 300] [--runs 3]

`extract` runs on the hand-annotated gold texts (tests/data/entities: short news items, the
five seeds, six real pages) and on the bodies of generated business-news pages
(`benchmarks.corpus`, German and English), after warm-up calls that load the gazetteers, word
frequencies and the English dictionary (measured
apart: a process pays it once). CPU time (`time.process_time`), not wall clock: the machine is
shared. Then `store.entities.refresh` on a fresh library of the generated pages (imported
first, not timed) gives what indexing costs per source with its writes. Writes
results/entities.json and prints a summary.
"""

from __future__ import annotations

import argparse
import json
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
    args = parser.parse_args()

    started = time.process_time()
    from reader.core.entities import extract

    extract("Warm-up: Präsident Emmanuel Macron traf in Paris 300 Gäste.", "de")
    extract("On Monday Intel and Nickel said the U.S. Treasury rose 5%.", "en")
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
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "entities.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"warm-up (gazetteers, word frequencies): {result['warm_up_ms']} ms CPU, once per process")
    for key in ("gold", "pages"):
        r = result[key]
        print(f"{key:6} {r['articles']:4} articles of {r['mean_chars']} chars: "
              f"median {r['median_ms']} ms, p95 {r['p95_ms']} ms, max {r['max_ms']} ms CPU each")  # fmt: skip
    r = result["refresh"]
    print(f"refresh: {r['sources']} sources indexed in {r['cpu_s']} s CPU ({r['per_source_ms']} ms each, with writes)")
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


if __name__ == "__main__":
    raise SystemExit(main())

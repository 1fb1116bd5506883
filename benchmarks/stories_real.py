"""Pair precision of same-event grouping on the 401 real pages (README, "Stories").

    .venv/bin/python -m benchmarks.stories_real [DEVSETS]

Imports the dev sets' en-news and de-web pages and the five seeds into a fresh library (DEVSETS
defaults to /work/shared/devsets; read here only, never by the project or its tests) and scores
every story of two or more against `tests/data/stories/gold_realpages.json`, which judged each
pair grouping formed by reading the pages. A pair the gold never judged counts as wrong and is
listed, to be read and added to the gold. Also lists how many stories are wholly right.
"""

from __future__ import annotations

import json
import sys
import tempfile
from itertools import combinations
from pathlib import Path

from reader.core import importer
from reader.core.store import Store

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "stories" / "gold_realpages.json"


def main(devsets: Path) -> None:
    paths = {
        f"{d}/{p.name}": p
        for d in ("en-news", "de-web")
        for p in sorted((devsets / d).glob("*.txt"))
    }
    paths |= {f"../seeds/{p.name}": p for p in sorted((ROOT / "seeds").iterdir())}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "library.sqlite")
        results = importer.import_paths(store, list(paths.values()))
        by_path = {str(p): key for key, p in paths.items()}
        name_of = {r.source_id: by_path[str(r.path)] for r in results if r.source_id}
        title_of = {name_of[i]: s.title for i in name_of if (s := store.sources.get(i)) is not None}
        groups = [[name_of[i] for i in ids] for ids in store.stories.stories().values()]
        store.close()
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["events"]
    event_of = {name: event for event, names in gold.items() for name in names}
    pairs = [(a, b) for g in groups for a, b in combinations(sorted(g), 2)]
    right = [p for p in pairs if p[0] in event_of and event_of[p[0]] == event_of.get(p[1])]
    whole = sum(len({event_of.get(n, n) for n in g}) == 1 for g in groups)
    print(
        f"{len(name_of)} pages, {len(groups)} stories ({whole} wholly right), {len(pairs)} pairs, "
        f"{len(right)} right: pair precision {len(right) / len(pairs) if pairs else 1:.2f}"
    )
    for a, b in sorted(set(pairs) - set(right)):
        print(f"  apart: {title_of[a][:60]}  |  {title_of[b][:60]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/devsets"))

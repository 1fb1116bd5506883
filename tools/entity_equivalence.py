"""Does `extract` still find exactly what it found? Dump its full results, then compare two dumps.

    PYTHONPATH=<old checkout> python -P -m tools.entity_equivalence dump old.json
    PYTHONPATH=$PWD           python -P -m tools.entity_equivalence dump new.json
    python -m tools.entity_equivalence compare old.json new.json

A change made only for speed must not change one entity, kind, role or span; the gold test
holds floors of precision and recall, which a changed span can pass. The texts: every text of
tests/data/entities (gold and unannotated) in its own language and in the other one, the
seeds in both languages, and the bodies of the benchmark's generated pages
(`benchmarks.corpus`). The whole set is run twice, the second time in reverse order, so a cache
that carried one text's facts into another's result shows as a difference between the runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "entities"
SEEDS = ROOT / "seeds"


def _texts(articles: int) -> list[tuple[str, str, str]]:
    """(label, text, language) of every text compared."""
    from benchmarks.corpus import generate_article

    texts = []
    for path in sorted(GOLD.glob("*.txt")):
        gold = path.with_name(path.name.removesuffix(".txt") + ".gold.json")
        own = json.loads(gold.read_text(encoding="utf-8"))["lang"] if gold.exists() else "en"
        text = path.read_text(encoding="utf-8")
        other = "en" if own == "de" else "de"
        texts += [(f"{path.name}:{own}", text, own), (f"{path.name}:{other}", text, other)]
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts += [(f"seed {path.name}:{lang}", text, lang) for lang in ("de", "en")]
    for i in range(articles):
        article = generate_article(i)
        texts.append((f"page {i}:{article.lang}", "\n\n".join(article.body), article.lang))
    return texts


def _result(text: str, lang: str) -> list[list[object]]:
    from reader.core.entities import extract

    return [
        [f.kind.value, f.name, f.key, list(f.roles), [list(span) for span in f.spans]]
        for f in extract(text, lang)
    ]


def dump(out: Path, articles: int) -> int:
    """Writes the first run's results; 1 when the second run, in reverse order, found otherwise
    (a remembered fact of one text leaked into another's), else 0."""
    texts = _texts(articles)
    first = {label: _result(text, lang) for label, text, lang in texts}
    second = {label: _result(text, lang) for label, text, lang in reversed(texts)}
    unstable = [label for label in first if first[label] != second[label]]
    if unstable:
        print(f"{len(unstable)} texts differ between runs, e.g. {unstable[:5]}", file=sys.stderr)
    out.write_text(json.dumps(first, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(first)} texts, {sum(len(r) for r in first.values())} entities -> {out}")
    return 1 if unstable else 0


def compare(old: Path, new: Path) -> int:
    before = json.loads(old.read_text(encoding="utf-8"))
    after = json.loads(new.read_text(encoding="utf-8"))
    if before.keys() != after.keys():
        print("the dumps are of different texts")
        return 2
    differ = [label for label in before if before[label] != after[label]]
    for label in differ[:10]:
        gone = [e for e in before[label] if e not in after[label]]
        added = [e for e in after[label] if e not in before[label]]
        print(f"{label}: lost {gone[:3]} gained {added[:3]}")
    entities = sum(len(r) for r in before.values())
    if differ:
        print(f"different on {len(differ)} of {len(before)} texts")
        return 1
    print(f"identical on {len(before)} texts ({entities} entities)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--articles", type=int, default=300, help="generated pages, as the benchmark")
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        return dump(args.out, args.articles)
    return compare(args.old, args.new)


if __name__ == "__main__":
    raise SystemExit(main())

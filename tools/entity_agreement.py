"""How far two blind readers agree: the gold's own ceiling for the entity scores.

`tests/data/entities/second_reading/NAME.gold.json` is a second reader's annotation of the
development text `NAME.txt`, made without seeing the first (same instructions, same three
examples). If two careful readers disagreed on a fifth of the organisations, no extractor
could be held to 0.85 against either; this prints how much they share, per language and kind,
matching entries as the scorer does (one entry each, any shared form, any case).

    .venv/bin/python tools/entity_agreement.py [--list]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from typing import Any

from score_entities import GOLD, _forms

SECOND = GOLD / "second_reading"
KINDS = ("people", "orgs", "places", "figures")


def compare(first: list[object], second: list[object]) -> tuple[int, list[str], list[str]]:
    """Entries both readers marked, and the names only the second / only the first marked."""
    open_first = [_forms(e) for e in first]
    both, only_second = 0, []
    for entry in second:
        shared = _forms(entry)
        match = next((f for f in open_first if f & shared), None)
        if match is None:
            only_second.append(min(shared))
            continue
        both += 1
        open_first.remove(match)
    return both, only_second, [min(f) for f in open_first]


def _readings() -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(text's name, first reading, second reading) of each text read twice."""
    for path in sorted(SECOND.glob("*.gold.json")):
        first = json.loads((GOLD / path.name).read_text(encoding="utf-8"))
        second = json.loads(path.read_text(encoding="utf-8"))
        yield path.name.removesuffix(".gold.json"), first, second


def agreement() -> dict[tuple[str, str], tuple[int, int, int]]:
    """(language, kind) -> (first reader's count, second's, both)."""
    totals: dict[tuple[str, str], tuple[int, int, int]] = {}
    for _name, first, second in _readings():
        for kind in KINDS:
            both, _, _ = compare(first[kind], second[kind])
            a, b, c = totals.get((first["lang"], kind), (0, 0, 0))
            totals[first["lang"], kind] = (a + len(first[kind]), b + len(second[kind]), c + both)
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="name each entry only one reader marked")
    args = parser.parse_args()
    if args.list:
        for name, first, second in _readings():
            for kind in KINDS:
                _, only_second, only_first = compare(first[kind], second[kind])
                if only_second or only_first:
                    print(f"{name} {kind}: only second {only_second}, only first {only_first}")
    print("lang kind      first second  both  second/first  both/first")
    for (lang, kind), (first_n, second_n, both) in sorted(agreement().items()):
        print(
            f"{lang}   {kind:8} {first_n:6} {second_n:6} {both:5}"
            f"  {both / max(second_n, 1):12.3f}  {both / max(first_n, 1):10.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

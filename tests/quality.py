"""Import-quality measures shared by the extraction tests: body token F1 against gold files.

Tokens are lower-cased runs of word characters (the text split on \\W+), counted as a
multiset, so the score rewards keeping the right words and penalises both missing article
text (recall) and furniture left in (precision).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core.ingest.article import BlockRole
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

_SPLIT = re.compile(r"\W+")
DATA = Path(__file__).parent / "data"


def block_roles(text: str) -> dict[str, BlockRole]:
    """Each block's text and the role the plain-text parser gives it."""
    return {b.text: b.role for b in parse(normalise(text)).blocks}


def role_of(roles: dict[str, BlockRole], start: str) -> BlockRole:
    """The role of the block that starts with `start`."""
    return next(role for line, role in roles.items() if line.startswith(start))


def tokens(text: str) -> Counter[str]:
    return Counter(t for t in _SPLIT.split(text.lower()) if t)


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 0.0 if total == 0 else 2 * self.precision * self.recall / total


def body_score(predicted: str, gold: str) -> Score:
    """Token precision and recall of `predicted` body text against the `gold` body."""
    got, want = tokens(predicted), tokens(gold)
    overlap = sum((got & want).values())
    if not got and not want:
        return Score(1.0, 1.0)
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(want.values()) if want else 0.0
    return Score(precision, recall)


def load_gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def seed_cases() -> list[tuple[Path, Path]]:
    """(seed text, gold file) pairs for the bundled seed articles."""
    seeds = DATA.parent.parent / "seeds"
    gold_dir = DATA / "gold"
    return [(p, gold_dir / f"{p.stem}.gold.json") for p in sorted(seeds.glob("*.txt"))]


def page_cases() -> list[tuple[Path, Path]]:
    """(page text, gold file) pairs for the hand-made copied pages in tests/data/pages."""
    pages = DATA / "pages"
    return [(p, p.with_suffix("").with_suffix(".gold.json")) for p in sorted(pages.glob("*.txt"))]

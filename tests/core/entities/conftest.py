"""The entity gold scored once a run: the floors (test_gold.py) and the batch tool's check
(test_gold_batches.py) both read the whole development part's tallies, and extracting its 100+
pages again cost the suite ~20 s of a 2-core machine. The tallies are only read."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))

from score_entities import Tally, score  # noqa: E402


@pytest.fixture(scope="session")
def scores() -> Callable[..., tuple[dict[str, Tally], Tally]]:
    """`scores(split, batch=...)`: `score_entities.score`, each question asked once a run."""
    return functools.cache(score)

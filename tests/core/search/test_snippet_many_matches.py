"""The snippet of an article where the word is found very often: still around the densest
cluster of matches, and found at once. Choosing the window counted, for every match, all the
matches after it: a 5 MB article with a common word 100,000 times held `briefing search` for
more than ten minutes (it was stopped there)."""

from __future__ import annotations

import time

from reader.core.search.marks import snippet

MARKS = ("[", "]")


def test_the_window_starts_before_the_densest_cluster() -> None:
    text = "gamma " + "filler " * 100 + "gamma beta gamma beta gamma " + "filler " * 100 + "gamma"
    spans = [(i, i + 5) for i in range(len(text)) if text.startswith("gamma", i)]
    cut = snippet(text, spans, MARKS)
    assert cut.marked.count("[gamma]") == 3  # the three close together, not the lone first
    assert cut.text.startswith("…filler")


def test_a_hundred_thousand_matches_are_quick() -> None:
    text = "gamma beta " * 100_000
    spans = [(i * 11, i * 11 + 5) for i in range(100_000)]
    began = time.perf_counter()
    cut = snippet(text, spans, MARKS)
    assert time.perf_counter() - began < 5  # hours before
    assert cut.text.startswith("gamma beta") and cut.marked.startswith("[gamma] beta [gamma]")

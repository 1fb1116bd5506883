"""Describing a highlighted span so it can be found again (Hypothesis-style selectors).

A highlight keeps its position *and* its quote with 32 characters of context on each side,
plus the hash of the text it was made on. If that text changes (a boilerplate block restored,
say), the quote and its context find the passage again.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT_CHARS = 32


@dataclass(frozen=True, slots=True)
class Selector:
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


def describe(text: str, start: int, end: int) -> Selector:
    """Selectors for text[start:end]; raise ValueError for an empty or out-of-range span."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}–{end} is not inside the text (length {len(text)})")
    return Selector(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )

"""Describing a highlighted span and finding it again (Hypothesis-style selectors).

A highlight keeps its position *and* its quote with 32 characters of context on each side,
plus the hash of the text it was made on. If that text changes (a boilerplate block restored,
say), `anchor` finds the passage again: by position if the words there are unchanged, else by
the exact quote ranked by context and distance, else by a fuzzy match good enough to trust,
else it gives up and the highlight becomes an orphan that keeps its quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import edlib

CONTEXT_CHARS = 32

# Weights of a fuzzy candidate's score (Hypothesis uses the same proportions): the quote itself
# matters most, its context tells near-identical passages apart, position only breaks ties.
_QUOTE_WEIGHT, _CONTEXT_WEIGHT, _POSITION_WEIGHT = 50.0, 20.0, 2.0
_TOTAL_WEIGHT = _QUOTE_WEIGHT + 2 * _CONTEXT_WEIGHT + _POSITION_WEIGHT
# A fuzzy match below this score is more likely a different passage than the edited original.
FUZZY_THRESHOLD = 0.65
# Exact occurrences ranked at most; a quote this common ("the") is anchored by position anyway.
_MAX_OCCURRENCES = 1000


@dataclass(frozen=True, slots=True)
class Selector:
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


class AnchorMethod(StrEnum):
    POSITION = "position"
    QUOTE = "quote"
    FUZZY = "fuzzy"
    ORPHAN = "orphan"


@dataclass(frozen=True, slots=True)
class AnchorOutcome:
    """Where a selector landed in a text; `start`/`end` are None for an orphan."""

    method: AnchorMethod
    start: int | None = None
    end: int | None = None
    score: float = 1.0

    @property
    def anchored(self) -> bool:
        return self.method is not AnchorMethod.ORPHAN


ORPHAN = AnchorOutcome(AnchorMethod.ORPHAN, score=0.0)


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


def anchor(text: str, selector: Selector) -> AnchorOutcome:
    """Find the passage `selector` describes in `text` (which may have changed since)."""
    if not selector.exact:
        return ORPHAN
    if text[selector.start : selector.end] == selector.exact:
        return AnchorOutcome(AnchorMethod.POSITION, selector.start, selector.end)
    return _by_quote(text, selector) or _by_fuzzy_match(text, selector) or ORPHAN


def _by_quote(text: str, selector: Selector) -> AnchorOutcome | None:
    """The exact quote's best occurrence: matching context first, then nearness to the old spot."""
    best: tuple[float, int] | None = None
    position = text.find(selector.exact)
    seen = 0
    while position >= 0 and seen < _MAX_OCCURRENCES:
        end = position + len(selector.exact)
        score = (
            _context_score(text, position, end, selector) * 2 * _CONTEXT_WEIGHT
            + _position_score(text, position, selector) * _POSITION_WEIGHT
        )
        if best is None or score > best[0]:
            best = (score, position)
        position = text.find(selector.exact, position + 1)
        seen += 1
    if best is None:
        return None
    start = best[1]
    return AnchorOutcome(AnchorMethod.QUOTE, start, start + len(selector.exact), 1.0)


def _by_fuzzy_match(text: str, selector: Selector) -> AnchorOutcome | None:
    """The best approximate occurrence of the quote, if it scores above FUZZY_THRESHOLD."""
    quote = selector.exact
    max_errors = len(quote) // 2
    if max_errors == 0:
        return None
    query, target = _as_symbols(quote, text)
    found = edlib.align(query, target, mode="HW", task="locations", k=max_errors)
    if found["editDistance"] < 0:
        return None
    quote_score = 1.0 - found["editDistance"] / len(quote)
    best: AnchorOutcome | None = None
    for start, last in found["locations"][:_MAX_OCCURRENCES]:
        end = last + 1
        score = (
            quote_score * _QUOTE_WEIGHT
            + _context_score(text, start, end, selector) * 2 * _CONTEXT_WEIGHT
            + _position_score(text, start, selector) * _POSITION_WEIGHT
        ) / _TOTAL_WEIGHT
        if best is None or score > best.score:
            best = AnchorOutcome(AnchorMethod.FUZZY, start, end, score)
    if best is None or best.score < FUZZY_THRESHOLD:
        return None
    return best


def _context_score(text: str, start: int, end: int, selector: Selector) -> float:
    """How well the text around start–end matches the remembered prefix and suffix (0..1)."""
    prefix = text[max(0, start - len(selector.prefix)) : start]
    suffix = text[end : end + len(selector.suffix)]
    return (similarity(selector.prefix, prefix) + similarity(selector.suffix, suffix)) / 2


def _position_score(text: str, start: int, selector: Selector) -> float:
    return 1.0 - min(1.0, abs(start - selector.start) / max(1, len(text)))


def similarity(a: str, b: str) -> float:
    """1 for equal strings, falling to 0 with the edit distance between them."""
    if a == b:
        return 1.0
    longest = max(len(a), len(b))
    if not a or not b:
        return 0.0
    query, target = _as_symbols(a, b)
    distance: int = edlib.align(query, target, mode="NW", task="distance")["editDistance"]
    return max(0.0, 1.0 - distance / longest)


def _as_symbols(query: str, target: str) -> tuple[bytes, bytes]:
    """Both strings as bytes over the query's own alphabet, one byte per character.

    edlib accepts at most 256 distinct symbols, and an article in Japanese has more. A target
    character that never occurs in the query can never match, so they all share one symbol,
    which leaves every edit distance unchanged; offsets stay character offsets. (A quote with
    more than 254 distinct characters shares its last symbol too: a slight over-match, no more.)
    """
    alphabet: dict[str, int] = {}
    for char in query:
        if char not in alphabet:
            alphabet[char] = min(len(alphabet), 254)
    other = 255
    return (
        bytes(alphabet[char] for char in query),
        bytes(alphabet.get(char, other) for char in target),
    )

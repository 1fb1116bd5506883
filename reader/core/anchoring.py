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
# A fuzzy candidate that starts with this much of what followed the highlight (or ends with
# what preceded it) is the neighbouring passage, not the highlight.
_NEIGHBOUR_CHARS, _NEIGHBOUR_MIN = 24, 12
_EDGE_NOISE = " \t\n.,;:!?…–—-\"'“”„«»()"
# How alike a side's context must be to count as agreeing (one side must agree).
_SIDE_AGREEMENT = 0.5
# A quote shorter than this, found away from its place, needs one side of its context as it
# was, or both sides close to it.
_SHORT_QUOTE_CHARS, _SHORT_QUOTE_AGREEMENT = 40, 0.75
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


def anchor(text: str, selector: Selector, old_text: str | None = None) -> AnchorOutcome:
    """Find the passage `selector` describes in `text` (which may have changed since).

    Never a wrong place: a candidate that cuts into a word the highlight did not cut into
    ("Linus" inside "Linuskern"), or a fuzzy candidate that is really the passage beside the
    highlight (its twin paragraph, once the highlighted one was deleted) or whose context
    disagrees on both sides, is refused, and the highlight becomes an orphan instead.
    `old_text`, the text the selector was made on, when the caller has it, refuses more:
    a fuzzy candidate whose words stood elsewhere in the old text unchanged is that other
    passage, not an edit of the highlighted one.
    """
    if not selector.exact or not text:
        return ORPHAN
    if text[selector.start : selector.end] == selector.exact:
        return AnchorOutcome(AnchorMethod.POSITION, selector.start, selector.end)
    return (
        _by_quote(text, selector)
        or _by_fuzzy_match(text, selector, old_text)
        or _between_context(text, selector, old_text)
        or ORPHAN
    )


def _by_quote(text: str, selector: Selector) -> AnchorOutcome | None:
    """The exact quote's best occurrence: matching context first, then nearness to the old spot."""
    best: tuple[float, int] | None = None
    position = text.find(selector.exact)
    seen = 0
    while position >= 0 and seen < _MAX_OCCURRENCES:
        end = position + len(selector.exact)
        whole = _same_word_edges(text, position, end, selector)
        sides = _context_sides(text, position, end, selector) if whole else None
        if sides is not None and _short_quote_fits(selector, sides):
            score = (
                _context_score(sides) * 2 * _CONTEXT_WEIGHT
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


def _by_fuzzy_match(text: str, selector: Selector, old_text: str | None) -> AnchorOutcome | None:
    """The best approximate occurrence of the quote, if it scores above FUZZY_THRESHOLD."""
    quote = selector.exact
    max_errors = len(quote) // 2
    if max_errors == 0:
        return None
    query, target = _as_symbols(quote, text)
    found = edlib.align(query, target, mode="HW", task="locations", k=max_errors)
    if found["editDistance"] < 0:
        return None
    best: AnchorOutcome | None = None
    for start, last in found["locations"][:_MAX_OCCURRENCES]:
        if start is None or last is None or last < start:
            continue
        start, end = _whole_words(text, start, last + 1, selector)
        sides = _context_sides(text, start, end, selector)
        if not _trustworthy(text, start, end, selector, sides) or _stood_elsewhere(
            text[start:end], selector, old_text
        ):
            continue
        score = (
            similarity(quote, text[start:end]) * _QUOTE_WEIGHT
            + _context_score(sides) * 2 * _CONTEXT_WEIGHT
            + _position_score(text, start, selector) * _POSITION_WEIGHT
        ) / _TOTAL_WEIGHT
        if best is None or score > best.score:
            best = AnchorOutcome(AnchorMethod.FUZZY, start, end, score)
    if best is None or best.score < FUZZY_THRESHOLD:
        return None
    return best


def _between_context(text: str, selector: Selector, old_text: str | None) -> AnchorOutcome | None:
    """The words between the highlight's unchanged context, when they still resemble it.

    An edit can change a short quote beyond what a fuzzy search finds among better-looking
    candidates ("um zwölf Prozent" → "um dreizehn Prozent", with "um elf Prozent" in the twin
    paragraph below) or change its case ("Team Alpha" → "TEAM ALPHA"). When the text before
    and after it is exactly as it was, one place only, what lies between is the edited
    highlight if it is as long as the quote give or take half, and alike once case is set
    aside.
    """
    prefix, suffix, quote = selector.prefix, selector.suffix, selector.exact
    if len(prefix.strip()) < _NEIGHBOUR_MIN or len(suffix.strip()) < _NEIGHBOUR_MIN:
        return None
    found: list[tuple[int, int]] = []
    after = text.find(suffix)
    while after >= 0 and len(found) < 2:
        start = text.rfind(prefix, 0, after)
        if start >= 0:
            start += len(prefix)
            if abs((after - start) - len(quote)) <= len(quote) // 2 and after > start:
                found.append((start, after))
        after = text.find(suffix, after + 1)
    if len(found) != 1:
        return None  # nothing there, or more than one place: not certain
    start, end = found[0]
    words = text[start:end]
    if similarity(quote.casefold(), words.casefold()) < _SIDE_AGREEMENT:
        return None
    if _stood_elsewhere(words, selector, old_text):
        return None
    score = (similarity(quote, words) * _QUOTE_WEIGHT + 2 * _CONTEXT_WEIGHT + _POSITION_WEIGHT) / _TOTAL_WEIGHT
    return AnchorOutcome(AnchorMethod.FUZZY, start, end, score)


def _stood_elsewhere(words: str, selector: Selector, old_text: str | None) -> bool:
    """Whether `words` occur in the old text away from the highlight: they are another
    passage that was there before (a twin paragraph), not the highlight's words edited."""
    if old_text is None or not words.strip():
        return False
    position = old_text.find(words)
    while position >= 0:
        if position + len(words) <= selector.start or position >= selector.end:
            return True
        position = old_text.find(words, position + 1)
    return False


def _word_bounded(selector: Selector) -> tuple[bool, bool]:
    """Whether the highlight began, and ended, at a word boundary with a word character."""
    exact, prefix, suffix = selector.exact, selector.prefix, selector.suffix
    return (
        _is_word(exact[0]) and not (prefix and _is_word(prefix[-1])),
        _is_word(exact[-1]) and not (suffix and _is_word(suffix[0])),
    )


def _same_word_edges(text: str, start: int, end: int, selector: Selector) -> bool:
    """False when the candidate cuts into a word at an edge where the highlight did not."""
    starts_word, ends_word = _word_bounded(selector)
    if starts_word and start > 0 and _is_word(text[start - 1]):
        return False
    return not (ends_word and end < len(text) and _is_word(text[end]))


def _short_quote_fits(selector: Selector, sides: tuple[float, float]) -> bool:
    """A short quote ("im dritten Quartal") found away from its place counts only where the
    words on one side are unchanged or on both sides still agree: the same few words in a
    neighbouring, near-identical paragraph are not the highlight once its own paragraph is
    gone."""
    if len(selector.exact) >= _SHORT_QUOTE_CHARS:
        return True
    return max(sides) == 1.0 or min(sides) >= _SHORT_QUOTE_AGREEMENT


def _is_word(char: str) -> bool:
    return char.isalnum()


def _trustworthy(text: str, start: int, end: int, selector: Selector, sides: tuple[float, float]) -> bool:
    """Whether an approximate match may be the edited highlight rather than another passage.

    Refused: a candidate that lies after what used to follow the highlight, or before what used
    to precede it (a neighbouring passage: the twin paragraph left when the highlighted one was
    deleted), and one whose context disagrees on both sides (the same words elsewhere).
    """
    if not _short_quote_fits(selector, sides):
        return False
    follow = selector.suffix.lstrip(_EDGE_NOISE)[:_NEIGHBOUR_CHARS]
    if len(follow) >= _NEIGHBOUR_MIN and text.count(follow) == 1 and start >= text.find(follow):
        return False
    precede = selector.prefix.rstrip(_EDGE_NOISE)[-_NEIGHBOUR_CHARS:]
    if len(precede) >= _NEIGHBOUR_MIN and text.count(precede) == 1 and end <= text.find(precede) + len(precede):
        return False
    agree_before = not selector.prefix.strip() or sides[0] >= _SIDE_AGREEMENT
    agree_after = not selector.suffix.strip() or sides[1] >= _SIDE_AGREEMENT
    return agree_before or agree_after


def _whole_words(text: str, start: int, end: int, selector: Selector) -> tuple[int, int]:
    """An approximate match widened to whole words at the edges where the highlight had whole
    words ("eiten 40.000" → "arbeiten 40.000"; "Linus" in "Linuskern" → "Linuskern", which then
    no longer resembles the quote)."""
    starts_word, ends_word = _word_bounded(selector)
    if starts_word:
        while start > 0 and _is_word(text[start - 1]) and _is_word(text[start]):
            start -= 1
    if ends_word:
        while end < len(text) and _is_word(text[end]) and _is_word(text[end - 1]):
            end += 1
    return start, end


def _context_sides(text: str, start: int, end: int, selector: Selector) -> tuple[float, float]:
    """How well the text before and after start–end matches the remembered prefix and suffix
    (0..1 each); computed once per candidate, for its checks and its score."""
    prefix = text[max(0, start - len(selector.prefix)) : start]
    suffix = text[end : end + len(selector.suffix)]
    return similarity(selector.prefix, prefix), similarity(selector.suffix, suffix)


def _context_score(sides: tuple[float, float]) -> float:
    return (sides[0] + sides[1]) / 2


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

"""Where a query's words are in a text: match spans, and a snippet with the matches marked.

FTS5 says which rows match; it cannot say where in the reading text (the index holds only
stems, no original text). So the same analysis runs again over the few texts shown, with the
same rules as `match`, giving code-point spans the window can scroll to.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from reader.core.analysis import PIECES, TOKEN, analyser, part_finder
from reader.core.search.match import part_stems, prefix_variants, word_variants
from reader.core.search.query import Query, Term, TermKind

Span = tuple[int, int]

SNIPPET_CHARS = 200
_LEAD_CHARS = 60
ELLIPSIS = "…"
_BLOCKS = "\n\n"  # between two blocks of a reading text (`ingest.BLOCK_SEPARATOR`)


@dataclass(frozen=True, slots=True)
class Snippet:
    """A one-line excerpt: `text` plain, `spans` the matches in it, `marked` with markers."""

    text: str
    spans: tuple[Span, ...]
    marked: str


class _Words:
    """A text's tokens as the index sees them; offsets and lower case only when asked for.

    One C-level `findall` splits the text into alternating token and separator pieces, so
    token offsets are running sums of piece lengths, never a Python loop over match objects.
    """

    def __init__(self, text: str, lang: str | None) -> None:
        self.analyser = analyser(lang)
        known, stem = self.analyser.known_stem, self.analyser.stem
        self._pieces = PIECES.findall(text)
        self._first = 0 if self._pieces and TOKEN.match(self._pieces[0]) else 1
        self.words: list[str] = self._pieces[self._first :: 2]
        self.stems = [known(w) or stem(w) for w in self.words]
        self._lowered: list[str] | None = None
        self._ends: list[int] | None = None

    @property
    def lowered(self) -> list[str]:
        if self._lowered is None:
            self._lowered = [w.lower() for w in self.words]
        return self._lowered

    def span_of(self, first: int, last: int) -> Span:
        """Code-point offsets from the start of token `first` to the end of token `last`."""
        if self._ends is None:
            self._ends = list(accumulate(map(len, self._pieces)))
        ends = self._ends
        return ends[self._first + 2 * first] - len(self.words[first]), ends[self._first + 2 * last]


class Marker:
    """Finds the spans of a query's positive terms in texts of a given language.

    Snippets are made for every result shown, so this is written for speed: one C-level
    tokenisation per text, cached stems, and compound parts looked up once per distinct stem.
    """

    def __init__(self, query: Query) -> None:
        self.terms: list[Term] = [t for c in query.positive for t in c.alternatives]
        # Per word term: its part finder, the stems looked at, those with one of its parts.
        # Texts share most of their stems, so each is looked at once, with set operations.
        self._parts: dict[Term, tuple[Callable[[str], bool], set[str], set[str]]] = {}

    def finds(self, term: Term, text: str, lang: str | None) -> bool:
        """Whether `term` occurs in `text` as the index would match it."""
        return bool(text) and bool(self._term_runs(term, _Words(text, lang)))

    def spans(self, text: str, lang: str | None) -> list[Span]:
        """Sorted, non-overlapping spans of every match in `text`."""
        if not self.terms or not text:
            return []
        words = _Words(text, lang)
        runs: list[tuple[int, int]] = []
        for term in self.terms:
            runs.extend(self._term_runs(term, words))
        return _merge([words.span_of(first, last) for first, last in runs])

    def _term_runs(self, term: Term, words: _Words) -> list[tuple[int, int]]:
        """(first, last) token indices of each match of `term`."""
        if term.kind is TermKind.PHRASE:
            return _runs([tuple(t.lower() for t in term.tokens)], words.lowered, prefix=False)
        if term.kind is TermKind.PREFIX:
            return _runs(prefix_variants(term), words.stems, prefix=True)
        variants = word_variants(term)
        parts = part_stems(term)
        if not parts:
            return _runs(variants, words.stems, prefix=False)
        singles = {v[0] for v in variants if len(v) == 1}
        if words.analyser.splits:
            singles |= self._with_part(term, parts, set(words.stems))
        return [(i, i) for i, stem in enumerate(words.stems) if stem in singles]


    def _with_part(self, term: Term, parts: list[str], stems: set[str]) -> set[str]:
        """Those of `stems` that have one of the word's compound parts."""
        if term not in self._parts:
            self._parts[term] = (part_finder(parts), set(), set())
        finder, seen, hits = self._parts[term]
        new = stems - seen
        seen |= new
        hits.update(stem for stem in new if finder(stem))
        return stems & hits


def _runs(wanted: Sequence[tuple[str, ...]], seen: list[str], *, prefix: bool) -> list[tuple[int, int]]:
    """Index runs of `seen` equal to one of `wanted` (the last item as a prefix if so).

    One pass looks for every sequence's first word; only there are the rest compared.
    """
    firsts = tuple({sequence[0] for sequence in wanted})
    found: list[tuple[int, int]] = []
    for i, word in enumerate(seen):
        if not (word.startswith(firsts) if prefix else word in firsts):
            continue
        for sequence in wanted:
            n = len(sequence)
            run = seen[i : i + n]
            if len(run) == n and _same(run, sequence, prefix):
                found.append((i, i + n - 1))
    return found


def _same(run: list[str], sequence: tuple[str, ...], prefix: bool) -> bool:
    if prefix:
        return run[:-1] == list(sequence[:-1]) and run[-1].startswith(sequence[-1])
    return run == list(sequence)


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, spans: Sequence[Span], markers: tuple[str, str]) -> Snippet:
    """An excerpt of about SNIPPET_CHARS around the densest cluster of matches, kept to the block
    (paragraph or heading) the cluster starts in, as the reading view shows it: across blocks a
    heading ran into the next paragraph ("…Dienstleister?  Woher die Daten …", the line break a
    second space). "…" marks words of the block left out, not the blocks around it."""
    start, block_start, block_end = _window_start(text, spans), 0, len(text)
    at = bisect_left(spans, (start, start))  # the first match in the window: the cluster's
    if at < len(spans):  # without a match (found by filters alone) the text's beginning, whole
        anchor = spans[at][0]
        block_start = text.rfind(_BLOCKS, 0, anchor) + len(_BLOCKS) if _BLOCKS in text[:anchor] else 0
        block_end = text.find(_BLOCKS, anchor) % (len(text) + 1)  # -1 (the last block): the text's end
    start = max(start, block_start)
    end = min(block_end, start + SNIPPET_CHARS)
    if end < block_end:
        space = text.rfind(" ", start, end)
        end = space if space > start + SNIPPET_CHARS // 2 else end
    lead = ELLIPSIS if start > block_start else ""
    tail = ELLIPSIS if end < block_end else ""
    plain = lead + text[start:end] + tail
    shift = len(lead) - start
    inside = tuple(
        (max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start
    )
    plain, inside = _one_line(plain, inside)
    return Snippet(plain, inside, _mark(plain, inside, markers))


def _window_start(text: str, spans: Sequence[Span]) -> int:
    """Start a little before the match that has the most other matches just after it.

    `spans` are in order (`Marker.spans` merges them so), so the matches after one are counted
    by a binary search: counting them one by one was quadratic, and a word found 100,000 times
    in a long article held a search for hours.
    """
    if not spans:
        return 0
    starts = [s for s, _e in spans]
    reach = SNIPPET_CHARS - _LEAD_CHARS
    best = max(range(len(spans)), key=lambda i: (bisect_left(starts, starts[i] + reach, i) - i, -i))
    start = max(0, spans[best][0] - _LEAD_CHARS)
    if start > 0:
        space = text.find(" ", start, spans[best][0])
        start = space + 1 if space >= 0 else start
    return start


def _one_line(text: str, spans: tuple[Span, ...]) -> tuple[str, tuple[Span, ...]]:
    """Every run of white space as one space, and the spans moved to match: a code block's
    line breaks and indentation ("umsatz],        count") read as one line of words, as
    the list shows a snippet. Only the snippet: the text and its offsets stay as stored."""
    kept: list[str] = []
    moved = [0] * (len(text) + 1)  # offset in `text` → offset in the collapsed text
    for i, char in enumerate(text):
        moved[i] = len(kept)
        if not char.isspace():
            kept.append(char)
        elif not kept or kept[-1] != " ":
            kept.append(" ")
    moved[len(text)] = len(kept)
    return "".join(kept), tuple((moved[s], max(moved[s], moved[e])) for s, e in spans)


def _mark(text: str, spans: Sequence[Span], markers: tuple[str, str]) -> str:
    opening, closing = markers
    pieces: list[str] = []
    position = 0
    for start, end in spans:
        pieces += [text[position:start], opening, text[start:end], closing]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)

"""How likely each block is to be article text: a small learned model over block shapes.

Every block gets a probability of belonging to the article from evidence that holds in any
language: its length and sentence punctuation (Latin and CJK), its function-word share, the
furniture phrases it matches, digits, capitals, separators and links, whether the same line
stands elsewhere on the page, where it stands (before or after the title, how much of the
page's prose lies before it), and what its neighbours look like. A second pass reads the first
pass's probabilities around each block and where the strongest run of article text lies, so a
short paragraph inside the article is lifted and a long paragraph in a footer is lowered.

Both passes are logistic regressions, trained offline by `tools/train_body.py` on the
development pages and shipped as plain numbers in `body_model.py`; inference is a few dozen
multiplications per block.
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate

from reader.core.ingest import phrases
from reader.core.ingest.line_evidence import line_evidence
from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import Shape

# A line with this many words, or a sentence with this many, is prose mass for the position
# features (how much of the page's running text lies before and after a block).
_MASS_SENTENCE_WORDS = 8
_MASS_LONG_WORDS = 25

# Furniture reasons grouped by what they say about the blocks around them.
_GROUPS = {
    phrases.NAVIGATION: 0, phrases.FOOTER: 0, phrases.COOKIES: 0,
    phrases.RELATED: 1, phrases.COMMENTS: 1,
    phrases.SHARE: 2, phrases.NEWSLETTER: 2, phrases.APP: 2, phrases.JOBS: 2,
    phrases.ADVERTISING: 2,
    phrases.CAPTION: 3, phrases.IMAGE_CREDIT: 3,
    phrases.ARTICLE_INFO: 4, phrases.BYLINE_REPEAT: 4, phrases.AUTHOR_BIO: 4,
    phrases.CREDITS: 4,
}  # fmt: skip
_OTHER_GROUP = 5
# The heading of a blog's comment thread: "34 responses to “…”", "142 Antworten zu …",
# "One thought on …" (the form blog software writes in many languages).
_THREAD_HEAD = re.compile(
    r"(?:\d+|one|ein|eine|einen)\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?|antworten"
    r"|gedanken|kommentare?|reaktionen)\s+(?:on|to|zu|auf)\s",
    re.IGNORECASE,
)
_THREAD_HEAD_FIRST = "oOeE"  # how "one", "ein", "eine", "einen" can start, case ignored
# Short lines that open a readers' forum or its form: "Leserkommentare", "So können Sie
# kommentieren:", "Post a comment" (matched on the lower-cased line, closing marks stripped).
_THREAD_CUE = re.compile(
    r"(?:leser(?:kommentare|post|briefe?(?: schreiben)?|meinungen|forum)|netiquette"
    r"|(?:so können sie |jetzt )?kommentieren|(?:write|post|add|leave) a comment"
    r"|comments are closed|kommentarfunktion|discussion|diskussion)",
)
_THREAD_CUE_CHARS = 40
# Words of prose before a comments label for what follows it to count as after the article.
_THREAD_AFTER_WORDS = 100
# The group features of a block, by its group (-1: no label).
_GROUP_FLAGS = {g: tuple(1.0 if g == k else 0.0 for k in range(6)) for g in range(-1, 6)}

FEATURES = (
    "ln_words", "sentence_end", "ln_inner", "commas", "stop_share",
    "label", "header", "label_nav", "label_related", "label_prompt", "label_picture",
    "label_info", "label_other", "digits", "capitalised", "repeated", "link", "separators",
    "position", "after_title", "upper", "wall", "prev_ln_words", "prev_sentence_end",
    "next_ln_words", "next_sentence_end", "prev_label", "next_label",
    "mass_before", "mass_after", "prose", "ln_words_x_stop", "sentence_x_ln_words",
    "mass_inside", "before_mass", "after_mass",
    "unpunctuated_x_ln_words", "prose_x_ln_words", "label_x_ln_words", "prose_after_title",
    "after_comments",
)  # fmt: skip
# Where the features other code reads stand in a row.
_LN_WORDS, _SENTENCE_END, _HEADER, _WALL, _AFTER_COMMENTS = (
    FEATURES.index(name) for name in ("ln_words", "sentence_end", "header", "wall", "after_comments")
)
SECOND = (
    "logit", "mean1", "mean3", "prev_logit", "next_logit", "in_core", "before_core",
    "after_core", "core_distance", "page_max", "ln_words", "sentence_end", "header",
    "after_comments",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Model:
    """Weights of the two logistic regressions (inputs standardised inside the weights)."""

    first: tuple[float, ...]
    first_bias: float
    second: tuple[float, ...]
    second_bias: float
    threshold: float  # the run of article text is where the probability exceeds this
    keep: float  # a prose block inside the run with a lower probability is set aside
    floor: float  # a block weighs as if it had at least this many words


def features(
    segments: Sequence[Segment],
    shapes: Sequence[Shape],
    labels: Sequence[str | None],
    headers: Sequence[bool],
    title_index: int | None,
) -> list[list[float]]:
    """One feature row per block, in the order of FEATURES.

    Built in one pass, each row as one list: the per-line evidence is read for the whole page
    first, so the neighbour and comment-thread features are known before any row is.
    """
    n = len(segments)
    texts = [s.text for s in segments]
    counts = Counter(texts)
    evidence = [line_evidence(text, shape.n_words) for text, shape in zip(texts, shapes, strict=True)]
    mass = [
        s.n_words
        if (s.sentence_end and s.n_words >= _MASS_SENTENCE_WORDS) or s.n_words >= _MASS_LONG_WORDS
        else 0
        for s in shapes
    ]
    total_mass = sum(mass) or 1
    last = n - 1 or 1
    after_comments = _after_comments(texts, labels, [e[7] for e in evidence], mass)
    ln = [math.log1p(s.n_words) for s in shapes]
    ends = [1.0 if s.sentence_end else 0.0 for s in shapes]
    flags = [1.0 if label else 0.0 for label in labels]
    after_title = n if title_index is None else title_index + 1  # first block after the title
    rows: list[list[float]] = []
    before = 0
    for i, shape in enumerate(shapes):
        ln_words = ln[i]
        sentence_end = ends[i]
        label = labels[i]
        prose = shape.prose
        stop_share = shape.stop_share
        inner, commas, digits, capitalised, link, separators, upper, wall = evidence[i]
        share_before = before / total_mass
        before += mass[i]
        share_after = 1.0 - before / total_mass
        after = i >= after_title
        rows.append(
            [
                ln_words,
                sentence_end,
                inner,
                commas,
                stop_share,
                flags[i],
                1.0 if headers[i] else 0.0,
                *_GROUP_FLAGS[_GROUPS.get(label, _OTHER_GROUP) if label else -1],
                digits,
                capitalised,
                1.0 if counts[texts[i]] > 1 else 0.0,
                link,
                separators,
                i / last,
                1.0 if after else 0.0,
                upper,
                wall,
                ln[i - 1] if i else 0.0,
                ends[i - 1] if i else 0.0,
                ln[i + 1] if i + 1 < n else 0.0,
                ends[i + 1] if i + 1 < n else 0.0,
                flags[i - 1] if i else 0.0,
                flags[i + 1] if i + 1 < n else 0.0,
                share_before,
                share_after,
                1.0 if prose else 0.0,
                ln_words * stop_share,
                ln_words * sentence_end,
                share_before if share_before < share_after else share_after,
                1.0 if share_before == 0.0 else 0.0,
                1.0 if share_after <= 0.0 else 0.0,
                ln_words if not sentence_end and not inner and not commas else 0.0,
                ln_words if prose else 0.0,
                ln_words if label else 0.0,
                1.0 if prose and after else 0.0,
                after_comments[i],
            ]
        )
    return rows


def section_ends(rows: list[list[float]], meta: set[int]) -> set[int]:
    """The blocks that end the article's section (comments, references: `phrases.
    is_section_end`), read from the rows, which hold it already; metadata ends nothing."""
    return {i for i, row in enumerate(rows) if row[_WALL] and i not in meta}


def thread_start(rows: list[list[float]]) -> int | None:
    """The first block after a comment thread's heading (see `_after_comments`), if any."""
    for i, row in enumerate(rows):
        if row[_AFTER_COMMENTS]:
            return i
    return None


def _opens_thread(text: str) -> bool:
    """A comment thread's heading, or a short line opening the readers' forum. The heading's
    pattern is tried only on a line that can open it: a count or "one"/"ein…" first (most
    lines do not, and the lines of the page after its first paragraphs all get here)."""
    first = text[:1]
    if (first.isdigit() or first in _THREAD_HEAD_FIRST) and _THREAD_HEAD.match(text):
        return True
    return len(text) <= _THREAD_CUE_CHARS and bool(
        _THREAD_CUE.fullmatch(text.lower().rstrip(" :.!?…"))
    )


def _after_comments(
    texts: list[str],
    labels: Sequence[str | None],
    walls: list[float],
    mass: list[int],
) -> list[float]:
    """1.0 for the blocks after a comments label or a section end ("Kommentare", "34 responses
    to …", "References") that stands after some of the page's prose: what follows is the
    readers' thread or the apparatus, however much it reads like the article. A comment count
    in the head ("237 Kommentare" under the byline) has little prose before it and counts not."""
    out: list[float] = []
    seen_mass = 0
    flag = 0.0
    for i, label in enumerate(labels):
        out.append(flag)
        if seen_mass >= _THREAD_AFTER_WORDS and (
            label == phrases.COMMENTS or walls[i] or _opens_thread(texts[i])
        ):
            flag = 1.0
        seen_mass += mass[i]
    return out


def _logistic(z: float) -> float:
    if z < -30.0:
        return 0.0
    if z > 30.0:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def _linear(rows: list[list[float]], weights: tuple[float, ...], bias: float) -> list[float]:
    mul = operator.mul
    return [bias + sum(map(mul, row, weights)) for row in rows]


def first_pass(rows: list[list[float]], model: Model) -> list[float]:
    """The first pass's probabilities, from each block's own rows."""
    return [_logistic(z) for z in _linear(rows, model.first, model.first_bias)]


def second_features(
    first: list[float], rows: list[list[float]], skip: set[int], threshold: float
) -> list[list[float]]:
    """The second pass's inputs: the first pass around each block and the strongest run."""
    return [list(features) for features in _second_rows(first, rows, skip, threshold)]


def _second_rows(
    first: list[float], rows: list[list[float]], skip: set[int], threshold: float
) -> Iterator[tuple[float, ...]]:
    """Each block's second-pass inputs, in the order of SECOND, one block at a time: the
    training script keeps them as rows, `probabilities` weighs each as it comes."""
    n = len(first)
    logits = [math.log(p / (1.0 - p)) if _EPS < p < 1.0 - _EPS else _CLIP_LOGIT(p) for p in first]
    core = densest(
        [
            None
            if i in skip
            else (row[_LN_WORDS] and math.expm1(row[_LN_WORDS]) or 1.0) * (first[i] - threshold)
            for i, row in enumerate(rows)
        ],
        set(),
    )
    page_max = max((first[i] for i in range(n) if i not in skip), default=0.0)
    sums = list(accumulate(first, initial=0.0))
    start, end = core if core is not None else (n, -1)
    none_distance = math.log1p(n)
    for i, row in enumerate(rows):
        lo1, hi1 = (i - 1 if i else 0), (i + 2 if i + 2 < n else n)
        lo3, hi3 = (i - 3 if i > 3 else 0), (i + 4 if i + 4 < n else n)
        if core is None:
            distance = none_distance
        else:
            distance = math.log1p(start - i if i < start else i - end if i > end else 0)
        yield (
            logits[i],
            (sums[hi1] - sums[lo1]) / (hi1 - lo1),
            (sums[hi3] - sums[lo3]) / (hi3 - lo3),
            logits[i - 1] if i else -5.0,
            logits[i + 1] if i + 1 < n else -5.0,
            1.0 if start <= i <= end else 0.0,
            1.0 if core is not None and i < start else 0.0,
            1.0 if core is not None and i > end else 0.0,
            distance,
            page_max,
            row[_LN_WORDS],
            row[_SENTENCE_END],
            row[_HEADER],
            row[_AFTER_COMMENTS],
        )


_EPS = 1e-4


def _CLIP_LOGIT(p: float) -> float:  # noqa: N802 - the rare clipped case of the logit
    p = _EPS if p <= _EPS else 1.0 - _EPS
    return math.log(p / (1.0 - p))


def second_pass(rows: list[list[float]], model: Model) -> list[float]:
    return [_logistic(z) for z in _linear(rows, model.second, model.second_bias)]


def probabilities(rows: list[list[float]], skip: set[int], model: Model) -> list[float]:
    """Probability that each block is article text (blocks in `skip` are metadata).

    `second_pass(second_features(…))`, with each block's second-pass inputs weighed as they
    are made instead of kept as rows first (the same sums, in the same order)."""
    first = first_pass(rows, model)
    weights, bias = model.second, model.second_bias
    mul = operator.mul
    return [
        _logistic(bias + sum(map(mul, features, weights)))
        for features in _second_rows(first, rows, skip, model.threshold)
    ]


def densest(weights: Sequence[float | None], walls: set[int]) -> tuple[int, int] | None:
    """Maximum-sum run of blocks (None counts zero); walls end a run (Kadane)."""
    best, best_span = 0.0, None
    total, start = 0.0, -1
    for i, weight in enumerate(weights):
        if i in walls:
            total, start = 0.0, -1
            continue
        if weight is None:
            continue
        if total <= 0:
            if weight <= 0:
                continue
            total, start = weight, i
        else:
            total += weight
        if total > best:
            best, best_span = total, (start, i)
    return best_span

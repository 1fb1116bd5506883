"""Teaser cards whose headline and teaser the copy glued into one line.

A news site's boxes of other stories ("Latest Headlines", "Top stories", "Most read") print
card after card of a headline and a one- or two-sentence teaser. When the card lays the two
out side by side rather than as blocks, a browser's copy joins them into one line: with no
space at all ("… Death Of U of M-Dearborn Student-AthleteA 24-year-old woman and …",
"… On The Rise?Violence is part of …") or with a run of spaces ("Historic Armenian church in
Turkey on the verge of destruction  The Surp Sarkis Armenian Church …"). Each such line reads
like a paragraph, so the body model takes a box of them for article text, and the run of
article can reach across several boxes to the story far below them.

The join gives them away: a paragraph's sentences are separated by one space (in any
language), and a capital glued to the end of a title-cased headline (the English news style)
does not start a new word inside a sentence. A brand written in camel case ("MacBook",
"YouTube") is glued the same way, so one line proves nothing: only three or more such lines
close together are a box of cards. The pass costs some 0.16 M instructions of a bench page's
17.5 M parse (valgrind); the join's pattern runs only on the lines that may be cards.
"""

from __future__ import annotations

import re

from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import Shape

# Cards of one box stand this close (a box may put a date or a label line between them).
MAX_GAP = 3
# Fewer glued lines than this may be brand names; three are a box.
MIN_CARDS = 3
# A headline is a phrase of this many words; the teaser after it a sentence of at least
# TEASER_MIN_WORDS.
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_WORDS = 20
TEASER_MIN_WORDS = 6
# A card is a headline and a teaser of a sentence or two, never a long paragraph.
CARD_MAX_WORDS = 50
# A headline fits in this many characters, so the join is looked for there only.
HEADLINE_MAX_CHARS = 120
# Share of a glued headline's words that are capitalised: a title-cased headline, unlike the
# sentence a camel-cased brand stands in ("Following the 16-inch MacBook Pro, …").
TITLE_CASE_SHARE = 0.8

# A lower-case letter, a digit or a closing mark, and a capital starting a word right after it
# ("…AthleteA 24-year-old", "…250,000The state", "…Rise?Violence is").
_GLUED = re.compile(r"[a-z0-9?!’”)](?=[A-Z][a-z]* )")
# Two or more spaces between a headline and its teaser.
_SPACED = re.compile(r"\S {2,}(?=\S)")
# A title-cased headline's opening: its first two words and the third or fourth open with a
# capital or a digit ("Police: 2 In Custody …", "First Snowfall in Metro …", "Mayor:
# ‘Despicable’ Move …"); most sentences' second word does not. One anchored pattern, which
# stops within the first words: a test in Python per word cost more than the rest of the pass.
_CAPITAL_WORD = r"[^\w\s]?[A-Z0-9]\S*\s+"
_TITLE_CASED_OPENING = re.compile(_CAPITAL_WORD + _CAPITAL_WORD + r"(?:\S+\s+)?[^\w\s]?[A-Z0-9]")
# Marks a headline's word may open with.
_OPENING_QUOTES = "\"'“‘‚„«(["
# A headline ends in no full stop, comma, colon or semicolon.
_CLAUSE_END = (".", ",", ":", ";")


def glued_cards(
    segments: list[Segment], shapes: list[Shape], labels: list[str | None], meta: set[int]
) -> list[int]:
    """The unlabelled blocks outside the head's metadata that are glued teaser cards.

    Cheap tests first: the join is looked for by a pattern at every character, which costs
    more than the rest of the pass, so only in lines that may be cards (two spaces, or a
    title-cased opening) and stand in a box of such lines."""
    maybe = [
        i
        for i, (segment, shape, label) in enumerate(zip(segments, shapes, labels, strict=True))
        if label is None
        and HEADLINE_MIN_WORDS + TEASER_MIN_WORDS <= shape.n_words <= CARD_MAX_WORDS
        and i not in meta
        and _may_be_card(segment.text)
    ]
    return _boxed([i for i in _boxed(maybe) if _is_card(segments[i].text)])


def _boxed(lines: list[int]) -> list[int]:
    """The lines that stand in boxes of MIN_CARDS or more, each within MAX_GAP of the next."""
    found: list[int] = []
    box: list[int] = []
    for i in lines:
        if box and i - box[-1] > MAX_GAP:
            found += box if len(box) >= MIN_CARDS else []
            box = []
        box.append(i)
    return found + (box if len(box) >= MIN_CARDS else [])


def _may_be_card(text: str) -> bool:
    """Two spaces in a row, or an opening as a title-cased headline's."""
    if "  " in text:
        return True
    j = text.find(" ") + 1  # the second word's first character rejects most sentences
    second = text[j : j + 1]
    if not (second.isupper() or second.isdigit() or second in _OPENING_QUOTES):
        return False
    return _TITLE_CASED_OPENING.match(text) is not None


def _is_card(text: str) -> bool:
    """A headline and a teaser joined by a run of spaces, or without a space."""
    if "  " in text:
        spaced = _SPACED.search(text, 0, HEADLINE_MAX_CHARS)
        if spaced is not None:
            head, teaser = text[: spaced.start() + 1], text[spaced.end() :]
            return "  " not in teaser and _headline(head) and _teaser(teaser)
    if _TITLE_CASED_OPENING.match(text) is None:
        return False
    glued = _GLUED.search(text, 0, HEADLINE_MAX_CHARS)
    if glued is None:
        return False
    head, teaser = text[: glued.end()], text[glued.end() :]
    return _headline(head) and title_cased(head) and _teaser(teaser)


def _headline(head: str) -> bool:
    return HEADLINE_MIN_WORDS <= len(head.split()) <= HEADLINE_MAX_WORDS and not head.endswith(
        _CLAUSE_END
    )


def title_cased(head: str) -> bool:
    """Whether most of the line's words open with a capital, as an English headline's do (the
    title rules ask it too: there a capital marks no headline's first word)."""
    words = [w.lstrip(_OPENING_QUOTES) for w in head.split()]
    words = [w for w in words if w[:1].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return bool(words) and capitals >= TITLE_CASE_SHARE * len(words)


def _teaser(teaser: str) -> bool:
    return len(teaser.split()) >= TEASER_MIN_WORDS

"""Phrase patterns split to compile faster answer as the one alternation of them all.

`phrases` (through `phrase_labels`) keeps the plain-word labels in a dict and compiles only the
patterns, and matches the phrases that end a line with a colon apart from the other anchored
ones; the references below are the alternations as they were compiled before, a group per
reason, every phrase in it.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.ingest import phrases
from reader.core.ingest.phrase_labels import SPECIAL, Labels

_ALL = re.compile(
    "|".join(f"(?P<g{i}>{'|'.join(labels)})" for i, labels in enumerate(phrases.LABELS.values()))
)
_LABELS = [label for labels in phrases.LABELS.values() for label in labels]
_PATTERNS = [label for label in _LABELS if not SPECIAL.isdisjoint(label)]


def _reference(line: str) -> int | None:
    match = _ALL.fullmatch(line)
    return int(match.lastgroup[1:]) if match and match.lastgroup else None


def test_every_label_word_finds_the_first_reason_of_the_alternation() -> None:
    """Words listed under two reasons, and words a pattern of an earlier reason also matches,
    included."""
    words = [label for label in _LABELS if SPECIAL.isdisjoint(label)]
    assert len(words) > 400  # most labels are words
    for word in words:
        assert phrases._LABELS.index(word) == _reference(word), word


@pytest.mark.parametrize("pattern", _PATTERNS)
@settings(deadline=None, max_examples=15, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_line_a_label_pattern_matches_finds_the_same_reason(
    pattern: str, data: st.DataObject
) -> None:
    line = data.draw(st.from_regex(pattern, fullmatch=True))
    assert phrases._LABELS.index(line) == _reference(line)


_PIECES = st.sampled_from(_LABELS[::9] + [" ", "-", "s", "12", "·", "…", "é", "ü", "x"])


@settings(deadline=None, max_examples=500)
@given(st.lists(_PIECES, min_size=1, max_size=3).map("".join))
def test_labels_run_together_or_cut_find_the_same_reason(line: str) -> None:
    assert phrases._LABELS.index(line) == _reference(line)


def test_a_word_listed_under_two_reasons_is_the_first_s() -> None:
    """As in the alternation, whose first group holding it matches first (hand-built lists)."""
    labels = Labels([("news", "x+"), ("share", "news"), ("sh.re",)])
    assert [labels.index(line) for line in ("news", "share", "xx", "shore", "none")] == [
        0,
        1,
        0,
        2,
        None,
    ]


_START = phrases._compile_prompts(anchored=True, reasons=tuple(phrases.PROMPTS))
_ANCHORED = [p.lstrip("^") for ps in phrases.PROMPTS.values() for p in ps if p.startswith("^")]


def _start_reference(lower: str) -> str | None:
    match = _START.match(lower)
    return match.lastgroup if match else None


def _start_found(lower: str) -> str | None:
    match = phrases._start_match(lower)
    return match.lastgroup if match else None


@pytest.mark.parametrize("pattern", _ANCHORED)
@settings(deadline=None, max_examples=10, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_line_an_anchored_phrase_matches_finds_the_same_reason(
    pattern: str, data: st.DataObject
) -> None:
    """Lines an anchored phrase matches, as they are and with a colon or more text after."""
    line = data.draw(st.from_regex(pattern, fullmatch=True))
    for variant in (line, line + ":", line + " text:", line + " Dr. Ann Lee says:"):
        lower = variant.lower()
        assert _start_found(lower) == _start_reference(lower), variant

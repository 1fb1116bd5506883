"""Scans made cheaper for speed find what the patterns they replace find.

Each fast way is checked against the pattern or count it stands in for (the slow way), on
text built from the characters that matter to it; expected values of the hand-made cases
are counted by hand.
"""

from __future__ import annotations

import re

from reader.core.ingest import plaintext


def test_the_direction_marks_looked_for_are_those_the_pattern_removes() -> None:
    """`read_page` looks for each mark with `in` before the pattern removes them all."""
    by_pattern = {chr(c) for c in range(0x10000) if plaintext._BIDI_MARKS.match(chr(c))}
    assert set(plaintext._BIDI_MARK_CHARS) == by_pattern


def test_a_direction_mark_is_removed_from_the_page() -> None:
    page = "Überschrift\n\n\u200f15 במרץ 2024\u200f\n\nDer Text des Artikels steht hier."
    segments = plaintext.read_page(page)[0].segments
    assert "15 במרץ 2024" in [s.text for s in segments]
    assert not any(re.search("[\u200e\u200f]", s.text) for s in segments)

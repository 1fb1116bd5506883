"""The keyword-in-context line of a mention: its sentence, cut to a readable width around it.

The store keeps only offsets; the line is made when a mention is shown, from a window of the
reading text around the offsets, so a changed block role (and a re-index) never leaves stale
lines behind.
"""

from __future__ import annotations

import re

WIDTH = 90  # characters on each side of the mention at most
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"“(])|\n+")


def context_line(window: str, start: int, end: int, width: int = WIDTH) -> str:
    """The sentence around `window[start:end]`, shortened with "…" past `width` characters on
    either side; white space made single spaces."""
    left = 0
    for match in _SENTENCE_BREAK.finditer(window, 0, start):
        left = match.end()
    right_match = _SENTENCE_BREAK.search(window, end)
    right = right_match.start() if right_match else len(window)
    before, after = window[left:start], window[end:right]
    if len(before) > width:
        cut = before.find(" ", len(before) - width)
        before = "…" + before[cut + 1 if cut >= 0 else len(before) - width :]
    if len(after) > width:
        cut = after.rfind(" ", 0, width)
        after = after[: cut if cut > 0 else width] + "…"
    return " ".join(f"{before}{window[start:end]}{after}".split())

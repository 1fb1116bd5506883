"""The keyword-in-context line of a mention: its sentence, cut to a readable width around it.

The store keeps only offsets; the line is made when a mention is shown, from a window of the
reading text around the offsets, so a changed block role (and a re-index) never leaves stale
lines behind.
"""

from __future__ import annotations

import re

from reader.core.entities.lexicon import ROLE_TITLES

WIDTH = 90  # characters on each side of the mention at most
_JOINERS = " –—-,;:"  # what a shortened side neither starts nor ends with
_CANDIDATE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"“(])|\n+")
_LAST_WORD = re.compile(r"(\S+)[.!?]$")
# Not a sentence's end: a German ordinal ("zum 250. Jahrestag"), an initial ("John F.
# Kennedy", "z. B."), a title or abbreviation.
_ABBREVIATIONS = {
    "dr",
    "st",
    "nr",
    "vs",
    "mr",
    "ms",
    "mrs",
    "jr",
    "bzw",
    "prof",
    "ca",
    "gen",
    "sen",
    "rep",
} | {title[:-1].casefold() for title in ROLE_TITLES if title.endswith(".")}  # "Gov.", "Lt. Col."


def _breaks(window: str) -> list[tuple[int, int]]:
    found = []
    for match in _CANDIDATE.finditer(window):
        if "\n" not in match.group():
            word = _LAST_WORD.search(window, max(0, match.start() - 12), match.start())
            last = word.group(1).casefold() if word else ""
            if last.isdigit() or len(last) == 1 or last in _ABBREVIATIONS or "." in last:
                continue
        found.append((match.start(), match.end()))
    return found


def context_line(window: str, start: int, end: int, width: int = WIDTH) -> str:
    """The sentence around `window[start:end]`, shortened with "…" past `width` characters on
    either side; white space made single spaces."""
    return context_at(window, start, end, width)[0]


def context_at(window: str, start: int, end: int, width: int = WIDTH) -> tuple[str, tuple[int, int]]:
    """`context_line` and where the mention stands in it: a sentence naming one entity twice
    gives each mention the same line, and only its own offsets say which of the two it is (a
    search for the name in the line marked the first both times)."""
    breaks = _breaks(window)
    left = max((b for _a, b in breaks if b <= start), default=0)
    right = min((a for a, _b in breaks if a >= end), default=len(window))
    before, after = window[left:start], window[end:right]
    if len(before) > width:
        cut = before.find(" ", len(before) - width)
        # from a word, not the dash or comma that joined it to the words left out: "…– und bei"
        before = "…" + before[cut + 1 if cut >= 0 else len(before) - width :].lstrip(_JOINERS)
    if len(after) > width:
        cut = after.rfind(" ", 0, width)
        after = after[: cut if cut > 0 else width].rstrip(_JOINERS) + "…"
    lead = " ".join(before.split())
    if lead and before[-1:].isspace():
        lead += " "
    at = len(lead), len(lead) + len(" ".join(window[start:end].split()))
    return " ".join(f"{before}{window[start:end]}{after}".split()), at

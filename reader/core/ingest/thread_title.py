"""The headline a blog's comment thread names: "6 thoughts on “How to Adopt an Online Leader
Success Mindset”", "5 Kommentare zu „Scherenschnitt (3)“", "Ein Gedanke zu „…“".

Blog themes head the readers' comments with their count and the post's title in quotes. The
title is then known outright, wherever the headline rules would have looked: the line above the
story that says the same words is the headline, however short it is or whatever stands
between it and the text (share buttons, a list of categories, a one-line teaser).
"""

from __future__ import annotations

import re

from reader.core.ingest.head import Head
from reader.core.ingest.headline_lines import unhyphenated

# A count (a number or "one"), the thread's noun, a preposition, the title in quotes.
_THREAD_HEADER = re.compile(
    r"(?:\d+|one|an?|ein|eine|un|une|uno|una)\s+\w+(?:\s+\w+)?\s+"
    r"(?:on|to|for|about|zu|auf|für|sur|à|a|en|su|op|om|na|do)\s+"
    r"[\"“„«‘‚'](.+)[\"”“»’‘']",
    re.IGNORECASE,
)
_COUNT_WORDS = frozenset("one an a ein eine un une uno una".split())
_CLOSING_QUOTES = tuple("\"”“»’‘'")
_MAX_HEADER_CHARS = 300


def named_headline(head: Head) -> int | None:
    """The line above the comment thread that its header names as the post's title: the
    last such line at or above the running text's start, else the first one below it."""
    named = _named_title(head)
    if named is None:
        return None
    header, title = named
    found = [
        i
        for i in range(header)
        if head.labels[i] is None and _plain(head.segments[i].text) == title
    ]
    above = [i for i in found if i <= head.first_prose]
    if above:
        return above[-1]
    return found[0] if found else None


def _named_title(head: Head) -> tuple[int, str] | None:
    """The first comment-thread header below the running text's start and the title it
    names, plain (see `_plain`)."""
    for i in range(head.first_prose, len(head.segments)):
        text = head.segments[i].text
        if not text.endswith(_CLOSING_QUOTES) or len(text) > _MAX_HEADER_CHARS:
            continue  # nearly every line ends otherwise: no pattern runs for it
        first = text.split(" ", 1)[0].lower()
        if not (first.isdigit() or first in _COUNT_WORDS):
            continue
        match = _THREAD_HEADER.fullmatch(text)
        if match:
            return i, _plain(match.group(1))
    return None


def _plain(text: str) -> str:
    """`text` as the header and the headline are compared: no soft hyphens, one space, any
    case."""
    return " ".join(unhyphenated(text).split()).casefold()

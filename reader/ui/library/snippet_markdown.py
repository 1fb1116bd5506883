"""A note's search snippet as a reader reads it: its Markdown marks taken out, the hits kept.

Notes are written in Markdown, and the core's snippet is a cut of the raw text with its line
breaks made spaces, so a result read "# Kernfusion NIF - **Energie…". Here the marks go (heading
and quote marks, bullets, emphasis, code ticks, a link's brackets and address) while the words
stay, and the matched words' spans move with the text. The snippet is a fragment: a link or a
bold run may be cut off at either end, so each mark is taken out on its own, not in pairs.
A bullet or a quote mark is one only where a line began, which the snippet no longer shows
(" - " may be a dash): the note's own text, when given, says where its lines began. An
address left in the text reads decoded, as in the note's preview (`web_address.readable`:
"…/wiki/München", not "…/wiki/M%C3%BCnchen").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.web_address import URL_IN_TEXT, letters

Span = tuple[int, int]

ELLIPSIS = "…"  # what the core puts where it cut the text
_BLOCK_MARK = re.compile(r"(?:#{1,6}|>|[-*+]|\d{1,3}[.)])[ \t]+")  # at a line's start, perhaps nested
# Each pattern's groups named "drop" are taken out; everything else stays.
_MARKS = [
    re.compile(r"(?<=\s)(?P<drop>#{1,6}[ \t]+)"),  # a heading's #'s: after a space, not in "C#"
    # an image or a link: [text](address), the address perhaps cut off by the snippet's end
    re.compile(r"(?P<drop>!?\[)(?=[^\]\n]*\]\()"),
    re.compile(r"(?P<drop>\]\([^)\s…]*(?:\)|(?=…?$)))"),
    re.compile(r"(?P<drop>\]\[[^\]\s]*\])"),  # a reference link's label
    re.compile(r"(?P<drop><)(?=https?://)[^>\s]*(?P<drop2>>)"),
    # emphasis and code: runs of * ~ ` and __, a lone * or _ only against a word
    re.compile(r"(?P<drop>\*{2,}|~~|`+|__)"),
    re.compile(r"(?P<drop>(?<![\w\\])[*_](?=\w)|(?<=\w)[*_](?!\w))"),
    re.compile(r"(?P<drop>\\)(?=[\\`*_{}\[\]()#+\-.!>~])"),  # an escape, the escaped mark kept
]


def readable_snippet(text: str, spans: Sequence[Span], note: str | None = None) -> tuple[str, list[Span]]:
    """`text` (a snippet of `note`) without its Markdown marks, and `spans` (code points) moved
    to the same words; a span whose characters were all marks (a hit in an address) is left out."""
    dropped = [False] * len(text)
    for start in _line_starts(text, note):
        while block := _BLOCK_MARK.match(text, start):  # "> - item": a quoted bullet
            dropped[start : block.end()] = [True] * (block.end() - start)
            start = block.end()
    for pattern in _MARKS:
        for match in pattern.finditer(text):
            for name, start in ((n, match.start(n)) for n in match.groupdict() if match.group(n)):
                for index in range(start, match.end(name)):
                    dropped[index] = True
    shown = list(text)
    for address in URL_IN_TEXT.finditer(text):  # a letter's codes become the letter
        for start, end, letter in letters(address.group(0)):
            shown[address.start() + start] = letter
            dropped[address.start() + start + 1 : address.start() + end] = [True] * (end - start - 1)
    previous = ""
    for index, char in enumerate(text):  # one space where a blank line or a mark left two
        if not dropped[index]:
            dropped[index] = char == previous == " "
            previous = char
    kept_before = [0]
    for gone in dropped:
        kept_before.append(kept_before[-1] + (0 if gone else 1))
    plain = "".join(char for char, gone in zip(shown, dropped, strict=True) if not gone)
    moved = [(kept_before[start], kept_before[end]) for start, end in spans if 0 <= start < end <= len(text)]
    return plain, [(start, end) for start, end in moved if start < end]


def _line_starts(text: str, note: str | None) -> list[int]:
    """Where in `text` a line of `note` began: its first character, unless the snippet was cut
    there (a leading "…"), and every character that followed a line break in `note`."""
    lead = len(text) - len(text.lstrip(ELLIPSIS))
    starts = [] if lead else [0]
    if note is None:
        return [lead] if lead else starts
    core = text[lead:].rstrip(ELLIPSIS)
    at = note.replace("\n", " ").replace("\t", " ").find(core)
    if at < 0 or not core:  # not this note's words (edited since?): its start only
        return [lead] if lead else starts
    breaks = [i for i in range(len(core)) if at + i > 0 and note[at + i - 1] == "\n"]
    return starts + [lead + i for i in breaks]

"""A highlight's words as a Markdown quote that keeps the shape they have in the article.

Most highlights are sentences: each line of the quote a paragraph of escaped text
(`markdown.block_quote`). Words taken from a code block are written back as a fenced block
(its language named, its indentation kept, nothing escaped inside the fence: it is code, and
escapes would show), and words running over the items of a list with a list inside it keep
their levels as a nested list ("- Zugriff" and "    1. nur Administratoren" under it); as
paragraphs both lost what made them readable. An orphaned highlight's offsets mean nothing any
more: it is quoted as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.core.export.markdown import block_quote, clean_control, escape_line
from reader.core.ingest import BLOCK_SEPARATOR, Block, BlockKind, BlockRole
from reader.core.models import AnchorStatus, Highlight

_NUMBER = re.compile(r"^(\d{1,9}[.)])\s+")  # an ordered item's own number: "2. "
_BACKTICKS = re.compile(r"`{3,}")
_LEVEL_INDENT = "    "  # deeper than any marker's width, short of a code block's under it


def quote_lines(blocks: tuple[Block, ...], highlight: Highlight, last_line_suffix: str = "") -> list[str]:
    """The highlight as "> " lines; `last_line_suffix` (a footnote mark) closes the quote."""
    pieces = list(_pieces(blocks, highlight)) if highlight.anchor_status is AnchorStatus.ANCHORED else []
    shaped = any(b.kind is BlockKind.CODE for b, _ in pieces) or (
        len(pieces) > 1 and any(b.kind is BlockKind.LIST_ITEM and b.level for b, _ in pieces))
    if not shaped:
        return block_quote(highlight.exact, last_line_suffix)
    lines = _markdown(pieces)
    if last_line_suffix:
        if lines[-1].startswith("```"):
            lines += ["", last_line_suffix.strip()]
        else:
            lines[-1] += last_line_suffix
    return [f"> {line}".rstrip() for line in lines]


def _pieces(blocks: tuple[Block, ...], highlight: Highlight) -> Iterator[tuple[Block, str]]:
    """The body blocks the highlight's span touches, each with its words inside the span."""
    offset = 0
    for block in blocks:
        if block.role is not BlockRole.BODY:
            continue
        low, high = max(highlight.start, offset), min(highlight.end, offset + len(block.text))
        if low < high and block.text[low - offset : high - offset].strip():
            yield block, block.text[low - offset : high - offset]
        offset += len(block.text) + len(BLOCK_SEPARATOR)


def _markdown(pieces: list[tuple[Block, str]]) -> list[str]:
    lines: list[str] = []
    level = -1  # the level of the list item before, -1 after anything else
    base = min((b.level for b, _ in pieces if b.kind is BlockKind.LIST_ITEM), default=0)
    for block, words in pieces:
        if block.kind is BlockKind.LIST_ITEM:
            # a list's level may step in by one at a time, or the deeper item reads as code
            depth = min(block.level - base, level + 1)
            if level < 0 and lines:
                lines.append("")
            lines.append(_LEVEL_INDENT * depth + _item(words))
            level = depth
            continue
        if lines:
            lines.append("")
        lines += _fenced(words, block.syntax) if block.kind is BlockKind.CODE else [escape_line(words)]
        level = -1
    return lines


def _item(words: str) -> str:
    """A list item's line: its own number as the marker (escaped, it would read "2\\. …")."""
    number = _NUMBER.match(words.strip())
    if number:
        return f"{number.group(1)} {escape_line(words.strip()[number.end():])}"
    return f"- {escape_line(words)}"


def _fenced(code: str, syntax: str) -> list[str]:
    """Code in a fence longer than any run of backticks inside it."""
    longest = max((len(run) for run in _BACKTICKS.findall(code)), default=2)
    fence = "`" * (longest + 1)
    body = [line.rstrip() for line in clean_control(code).strip("\n").split("\n")]
    return [fence + syntax, *body, fence]

"""A clipping's CommonMark body → blocks, each with what its Markdown says about it.

markdown-it-py (CommonMark, with tables) reads the body. Every block keeps its words; what the
reading view would show badly is laid out as the clipper meant it: a table's rows have a tab
between cells, which the reading view sets in columns as it does a copied table (" | " between
cells read as one run-on line per row); an ordered list's items keep their numbers ("1. …",
which the reading view sets as the item's marker; they showed bullets), and an item of a list
inside an item its depth (`Block.level`: the lists showed flat); a code block is one CODE
block with its lines, their indentation and the blank lines between them, and the language
its fence names (each line was a paragraph of prose, indentation lost); footnotes, which the clippers write as `[^1]` (CommonMark knows none),
read "[1]" in the text and each definition is a paragraph of its own ("[1] Quelle …"), where
all of them ran together.

Each block comes with its `Shape` — only pictures, only links, only emphasis — which tells the
furniture rules (`clipping_furniture`) a picture's alt text, a caption, a list of links.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from html import unescape

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.core.ingest.article import Block, BlockKind
from reader.core.ingest.webpage_text import clean_text, code_text

_TAG = re.compile(r"<[^>]*>")
_PICTURE = re.compile(r"<(?:figure|img|picture)\b", re.I)
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_FOOTNOTE_MARK = re.compile(r"\[\^([^\]\s]{1,20})\]")
_FOOTNOTE_DEFINITION = re.compile(r"\[\^([^\]\s]{1,20})\]:\s*")
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$", re.I)
_SYNTAX_NAME = re.compile(r"[a-z0-9][a-z0-9_+#.-]{0,29}")


class Shape(Enum):
    """What a block's Markdown held besides plain words."""

    TEXT = "text"
    IMAGES = "images"  # only pictures: the words are their alt texts
    LINKS = "links"  # every word inside a link (not a bare web address)
    ANCHORS = "anchors"  # every word inside links into the page itself: a table of contents
    EMPHASIS = "emphasis"  # every word emphasised: how clippers write a picture's caption


@dataclass(frozen=True, slots=True)
class Piece:
    block: Block
    shape: Shape = Shape.TEXT
    unlinked: str = ""  # its words outside links, where it has links: "Teilen:" before them


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def pieces(text: str) -> Iterator[Piece]:
    """The body's blocks in order, with their shapes."""
    kinds: list[BlockKind] = []  # open containers: quote, list item
    row: list[str] = []
    opener = ""  # the token before an inline one says what it is: heading, cell, paragraph
    number = ""  # an ordered list item's number, for its first line: "3. "
    for token in _markdown().parse(text):
        kind = kinds[-1] if kinds else BlockKind.PARAGRAPH
        if token.type == "blockquote_open":
            kinds.append(BlockKind.QUOTE)
        elif token.type == "list_item_open":
            kinds.append(BlockKind.LIST_ITEM)
            number = f"{token.info}{token.markup} " if token.info else ""
        elif token.type in ("blockquote_close", "list_item_close"):
            kinds.pop()
        elif token.type == "tr_close":
            line = "\t".join(row)
            row.clear()
            if line.strip():
                yield Piece(Block(BlockKind.PARAGRAPH, line))
        elif token.type == "inline":
            if opener in ("th_open", "td_open"):
                cell = _Inline(token).parts
                row.append(cell[0][0] if cell else "")
                continue
            own = BlockKind.HEADING if opener == "heading_open" else kind
            # a list item's depth: 1 in a list inside an item
            depth = kinds.count(BlockKind.LIST_ITEM) - 1 if own is BlockKind.LIST_ITEM else 0
            for words, shape, unlinked in _Inline(token).parts:
                yield Piece(Block(own, number + words, level=depth), shape, unlinked)
                number = ""
        elif token.type in ("fence", "code_block"):
            code = code_text(token.content)
            if code:
                yield Piece(Block(BlockKind.CODE, code, syntax=_syntax(token.info)))
        elif token.type == "html_block":
            words = clean_text(unescape(_TAG.sub(" ", token.content)))
            if words:  # a <figure>'s words are its caption
                yield Piece(Block(kind, words), Shape.IMAGES if _PICTURE.search(token.content) else Shape.TEXT)
        opener = token.type


def _syntax(info: str) -> str:
    """The language a fence names (```python title="x.py"`` → "python"), if it is a name."""
    word = info.split()[0].lower() if info.strip() else ""
    return word if _SYNTAX_NAME.fullmatch(word) else ""


class _Inline:
    """One inline token's words, split where a footnote definition starts a line, and the shape
    of each part."""

    def __init__(self, token: Token) -> None:
        self.parts: list[tuple[str, Shape, str]] = []
        self._text: list[str] = []
        self._unlinked: list[str] = []
        self._letters = {"all": 0, "linked": 0, "anchored": 0, "emphasised": 0, "pictured": 0}
        self._linked: list[str] = []
        links: list[str] = []  # the open links' targets
        emphasis = 0
        children = token.children or []
        for index, child in enumerate(children):
            if child.type in ("softbreak", "hardbreak"):
                following = children[index + 1] if index + 1 < len(children) else None
                if following is not None and following.type == "text" and _FOOTNOTE_DEFINITION.match(following.content):
                    self._close()
                else:
                    self._text.append(" ")
            elif child.type in ("text", "code_inline"):
                words = child.content
                if child.type == "text" and not self._text and _FOOTNOTE_DEFINITION.match(words):
                    words = _FOOTNOTE_DEFINITION.sub(lambda m: f"[{m.group(1)}] ", words, count=1)
                self._add(_FOOTNOTE_MARK.sub(r"[\1]", words) if child.type == "text" else words, links, emphasis)
            elif child.type == "image":
                self._add(" ".join(grandchild.content for grandchild in child.children or ()), links, emphasis, True)
            elif child.type == "link_open":
                links.append(str(child.attrs.get("href") or ""))
            elif child.type == "link_close" and links:
                links.pop()
            elif child.type in ("em_open", "strong_open"):
                emphasis += 1
            elif child.type in ("em_close", "strong_close"):
                emphasis = max(0, emphasis - 1)
            elif child.type == "html_inline" and _LINE_BREAK_TAG.match(child.content):
                self._text.append(" ")
        self._close()

    def _add(self, words: str, links: list[str], emphasis: int, picture: bool = False) -> None:
        self._text.append(words)
        letters = sum(1 for ch in words if ch.isalnum())
        counts = self._letters
        counts["all"] += letters
        if not links:
            self._unlinked.append(words)
        else:
            counts["linked"] += letters
            counts["anchored"] += letters if links[-1].startswith("#") else 0
            self._linked.append(words)
        counts["emphasised"] += letters if emphasis else 0
        counts["pictured"] += letters if picture else 0

    def _close(self) -> None:
        words = clean_text("".join(self._text))
        if words:
            unlinked = clean_text("".join(self._unlinked)) if self._letters["linked"] else ""
            self.parts.append((words, self._shape(), unlinked))
        self._text, self._unlinked = [], []
        self._letters = dict.fromkeys(self._letters, 0)
        self._linked = []

    def _shape(self) -> Shape:
        counts = self._letters
        letters = counts["all"]
        if not letters:
            return Shape.TEXT
        if counts["pictured"] == letters:
            return Shape.IMAGES
        if counts["anchored"] == letters:
            return Shape.ANCHORS
        if counts["linked"] == letters and not any(_WEB_ADDRESS.match(clean_text(w)) for w in self._linked):
            return Shape.LINKS
        if counts["emphasised"] == letters:
            return Shape.EMPHASIS
        return Shape.TEXT

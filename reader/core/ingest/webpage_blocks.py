"""A parsed web page as blocks: the extractor's article as BODY, the rest of the page set aside.

Two readings of one page meet here. The page walk (`page_blocks`) turns every visible text of
the document into blocks, in order, each with the reason it would be set aside (inside a
`<nav>`, an advertising slot, a figure caption …). The extractor's tree (`article_blocks`, from
trafilatura's `<p>`, `<head>`, `<list>`, `<quote>`, `<table>` elements) says what the article
is. `merge` keeps the extractor's blocks as the body and slots every page block it did not
take in at its place as BOILERPLATE, so "Show original" shows the whole page and a wrongly
dropped paragraph can be restored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from lxml import etree

from reader.core.ingest.article import Block, BlockKind, BlockRole
from reader.core.ingest.webpage_teasers import LINK_LINE, link_line, nested_articles_set_aside
from reader.core.ingest.webpage_text import LINE_BREAK, clean_text, code_text, paragraphs

# Elements whose content is never text a reader sees.
_SKIPPED = frozenset(
    "script style noscript template svg math head iframe object embed canvas select option "
    "button input textarea video audio picture source map title meta link".split()
)
# Elements that start and end a block of text.
_BLOCK_LEVEL = frozenset(
    "address article aside blockquote body dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section "
    "summary table tbody thead tfoot tr caption ul html center".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# trafilatura's block elements (a table cell holding one is layout, not data).
_TREE_BLOCKS = frozenset("head p list quote table code".split())
_CELLS = frozenset(("td", "th"))
_TAG_REASONS = {
    "nav": "navigation",
    "header": "page header",
    "footer": "page footer",
    "aside": "sidebar",
    "figure": "caption",
    "figcaption": "caption",
    "form": "form",
}
# class/id words → reason; the first that matches wins, so specific ones come first.
_CLASS_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), reason)
    for pattern, reason in (
        (r"cookie|consent|gdpr", "cookie notice"),
        (r"comment", "comments"),
        (r"(?:^|[-_\s])ads?(?:$|[-_\s])|advert|sponsor|banner|anzeige|werbung", "advertising"),
        (r"related|recommend|more-stories|weitere|empfehl|teaser", "related links"),
        (r"share|social|sharing|teilen", "sharing"),
        (r"newsletter|subscribe|signup|sign-up|abonn", "sign-up"),
        (r"breadcrumb|menu|(?:^|[-_\s])nav", "navigation"),
        (r"caption|credit", "caption"),
        (r"footer", "page footer"),
    )
)
DEFAULT_REASON = "not part of the article"
# A post a story quotes from a social network, in the network's embed code
# (`<blockquote class="twitter-tweet">`, often in a "social-media-embed" box).
EMBEDDED_POST = "embedded post"
EMBED_CLASS = re.compile(r"\btwitter-tweet\b")

_KEY = re.compile(r"\w+")
_CODE_CLASS = re.compile(r"\b(?:language|lang)-([A-Za-z0-9][\w+#.-]{0,29})")
# How far ahead of the next body block a page block may match it, and a page block that is
# only a part of a body block or holds one (a menu entry "Nobelpreis für Physik 2021" is part
# of the closing link list's "Nobelpreis für Physik 2021 für Klaus Hasselmann").
_LOOKAHEAD = 40
_PART_LOOKAHEAD = 2
# Set-aside blocks this short, this many in a row with one reason, are shown as one line.
_MENU_ENTRY_CHARS = 40
_MIN_MENU_RUN = 3
# A page block this short is only taken as part of a body block when it equals it.
_MIN_PART_CHARS = 24


@dataclass(frozen=True, slots=True)
class PageBlock:
    kind: BlockKind
    text: str
    reason: str
    heading_level: int = 0  # 1 for <h1> …, 0 for other blocks
    links: float = 0.0  # the share of its characters inside links
    articles: int = 0  # how many <article> elements hold it


def page_blocks(root: etree._Element) -> list[PageBlock]:
    """Every visible text of the document as blocks, in document order (iterative: any depth)."""
    blocks: list[PageBlock] = []
    parts: list[str] = []
    linked = [0, 0]  # visible characters of the open block's text: inside links, in all
    links = 0  # <a> elements open around the walk's position
    articles = 0  # <article> elements open around it
    # One frame per open block-level element: (kind, heading level, reason).
    frames: list[tuple[BlockKind, int, str]] = [(BlockKind.PARAGRAPH, 0, DEFAULT_REASON)]

    def add(text: str) -> None:
        parts.append(text)
        size = len(text) - text.count(" ") - text.count("\n") - text.count("\t")  # what shows
        if links:
            linked[0] += size
        linked[1] += size

    def flush() -> None:
        text = clean_text("".join(parts))
        parts.clear()
        if text:
            kind, level, reason = frames[-1]
            blocks.append(PageBlock(kind, text, reason, level, linked[0] / max(1, linked[1]), articles))
        linked[0] = linked[1] = 0

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if not tag or tag in _SKIPPED or hidden(element):
                walker.skip_subtree()
                continue
            if tag in _BLOCK_LEVEL:
                flush()
                frames.append(_frame(element, tag, frames[-1]))
                articles += tag == "article"
            elif tag == "a" and element.get("href") is not None:
                links += 1
            elif tag in _CELLS and parts and parts[-1] != " | ":
                parts.append(" | ")
            elif tag == "br":
                parts.append(" ")
            if element.text:
                add(element.text)
            continue
        if tag and tag not in _SKIPPED and not hidden(element):
            if tag in _BLOCK_LEVEL:
                flush()
                frames.pop()
                articles -= tag == "article"
            elif tag == "a" and element.get("href") is not None:
                links -= 1
        if element.tail and element is not root:
            add(element.tail)
    flush()
    return blocks


def hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return bool(style) and "none" in style and re.search(r"display\s*:\s*none", style) is not None


def _frame(
    element: etree._Element, tag: str, parent: tuple[BlockKind, int, str]
) -> tuple[BlockKind, int, str]:
    kind, level, reason = parent
    if tag in _HEADINGS:
        kind, level = BlockKind.HEADING, int(tag[1])
    elif tag == "li":
        kind = BlockKind.LIST_ITEM
    elif tag == "blockquote":
        kind = BlockKind.QUOTE
    elif tag in ("p", "div", "tr", "pre", "dd", "dt") and kind is BlockKind.HEADING:
        kind, level = BlockKind.PARAGRAPH, 0
    if tag == "blockquote" and reason in (DEFAULT_REASON, "sharing") and EMBED_CLASS.search(element.get("class") or ""):
        return kind, level, EMBEDDED_POST
    if reason == DEFAULT_REASON:
        reason = _TAG_REASONS.get(tag) or _class_reason(element) or reason
    return kind, level, reason


def _class_reason(element: etree._Element) -> str | None:
    words = f"{element.get('class') or ''} {element.get('id') or ''}".lower().strip()
    if not words:
        return None
    for pattern, reason in _CLASS_REASONS:
        if pattern.search(words):
            return reason
    return None


# -- the extractor's article ---------------------------------------------------------------


def article_blocks(body: etree._Element) -> list[Block]:
    """trafilatura's XML body as body blocks; tables become one block per row."""
    return [b for b in _tree_blocks(body, BlockKind.PARAGRAPH) if b.text]


def _tree_blocks(element: etree._Element, kind: BlockKind) -> Iterator[Block]:
    # The XML tree is as shallow as the article's own structure (lists in lists at worst).
    if element.text and element.text.strip():
        yield Block(kind, clean_text(element.text))
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "head":
            yield Block(BlockKind.HEADING, _inline_text(child))
        elif tag == "p":  # a paragraph's two line breaks in a row part it (webpage_text)
            yield from (Block(kind, text) for text in map(clean_text, paragraphs(_inline_raw(child))) if text)
        elif tag == "list":
            yield from _list_blocks(child)
        elif tag == "quote":
            yield from _tree_blocks(child, BlockKind.QUOTE)
        elif tag == "table":
            yield from _table_blocks(child, kind)
        elif tag == "code":
            yield Block(BlockKind.CODE, code_text("".join(child.itertext())), syntax=_code_syntax(child))
        elif tag in ("div", "section", "article", "main"):
            yield from _tree_blocks(child, kind) if len(child) else [Block(kind, _inline_text(child))]
        elif tag not in ("graphic", "lb"):
            yield Block(kind, _inline_text(child))
        if child.tail and child.tail.strip():
            yield Block(kind, clean_text(child.tail))


def _code_syntax(code: etree._Element) -> str:
    """The language a page's code block names in its class ("language-python", "lang-js")."""
    for element in code.iter():
        found = _CODE_CLASS.search(str(element.get("class") or ""))
        if found:
            return found.group(1).lower()
    return ""


def _table_blocks(table: etree._Element, kind: BlockKind) -> Iterator[Block]:
    """A data table row by row, cells joined; a layout table's cells as the blocks they hold."""
    for row in table.iter("row"):
        cells = list(row.iter("cell"))
        if any(len(cell) and cell[0].tag in _TREE_BLOCKS for cell in cells):
            for cell in cells:
                yield from _tree_blocks(cell, kind)
        else:
            yield Block(kind, " | ".join(c for c in map(_inline_text, cells) if c))


def _list_blocks(element: etree._Element) -> Iterator[Block]:
    """Each item of the list, an item of a list inside an item with its depth."""
    for item in element.iter("item"):
        level, up = 0, item.getparent()
        while up is not None and up is not element:
            level += up.tag == "list"
            up = up.getparent()
        yield Block(BlockKind.LIST_ITEM, _inline_text(item, skip="list"), level=min(level, 8))


def _inline_text(element: etree._Element, skip: str = "") -> str:
    """An element's text with line breaks as spaces; a nested `skip` element left out."""
    return clean_text(_inline_raw(element, skip).replace(LINE_BREAK, " "))


def _inline_raw(element: etree._Element, skip: str = "") -> str:
    """An element's text as it stands, LINE_BREAK for each line break."""
    parts: list[str] = []
    stack: list[tuple[etree._Element, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            if node.tail and node is not element:
                parts.append(node.tail)
            continue
        stack.append((node, True))
        if node is not element and node.tag in (skip, "lb"):
            parts.append(LINE_BREAK if node.tag == "lb" else " ")
            continue
        if node.text:
            parts.append(node.text)
        stack.extend((child, False) for child in reversed(node))
    return "".join(parts)


# -- putting them together -----------------------------------------------------------------


def key(text: str) -> str:
    """What two renderings of one paragraph share: its words, case-folded."""
    return "".join(_KEY.findall(text.casefold()))


def merge(body: list[Block], page: list[PageBlock], title: str | None) -> list[Block]:
    """The body blocks in order, the page blocks they do not cover set aside in between.

    The page's title heading becomes a META block (the header shows the title).
    """
    body_keys = [key(b.text) for b in body]
    title_key = key(title) if title else ""
    if body and title_key and body_keys[0] == title_key and body[0].kind is BlockKind.HEADING:
        body[0] = replace(body[0], role=BlockRole.META)
        title_key = ""
    out: list[Block] = []
    depths: dict[int, int] = {}  # index in `out` of a body block → <article> elements around it
    emitted = 0  # body[:emitted] are in `out`
    for block in page:
        block_key = key(block.text)
        if not block_key:
            continue
        match = _match(block_key, body_keys, emitted)
        if match is not None:
            out.extend(body[emitted : match + 1])
            emitted = match + 1
            if len(block_key) * 2 >= len(body_keys[match]):
                depths[len(out) - 1] = block.articles
            if block_key == body_keys[match] and link_line(block):
                out[-1] = replace(out[-1], role=BlockRole.BOILERPLATE, reason=LINK_LINE)
        elif emitted and len(block_key) >= _MIN_PART_CHARS and block_key in body_keys[emitted - 1]:
            continue  # another piece of the body block just taken
        elif title_key and block.kind is BlockKind.HEADING and block_key == title_key:
            out.append(Block(BlockKind.HEADING, block.text, BlockRole.META))
            title_key = ""
        else:
            out.append(Block(block.kind, block.text, BlockRole.BOILERPLATE, block.reason))
    out.extend(body[emitted:])
    return _menus_joined(nested_articles_set_aside(out, depths))


def embedded_posts_restored(blocks: list[Block]) -> list[Block]:
    """The posts a story quotes from a social network (a politician's tweet, a club's
    statement), which the extractor drops with the embed code around them, are the story's
    quotes where they stand inside it, between its first and last body blocks; elsewhere
    (a sidebar's feed, under the story) they stay set aside. Measured on the English
    development set's saved pages, whose readers kept all 17 quoted tweets: F1 0.971 ->
    0.972 (three pages get theirs back, none worse); the German set has none to score."""
    body = [i for i, b in enumerate(blocks) if b.role is BlockRole.BODY]
    if len(body) < 2:
        return blocks
    return [
        Block(BlockKind.QUOTE, b.text) if b.reason == EMBEDDED_POST and body[0] < i < body[-1] else b
        for i, b in enumerate(blocks)
    ]


def _menus_joined(blocks: list[Block]) -> list[Block]:
    """Runs of short set-aside blocks with one reason (a menu's entries, a tag cloud) as one
    block each, "Tech · Cars · Gaming": Show original lists a page's furniture in a few lines
    instead of a hundred, and nothing of the text is lost."""
    out: list[Block] = []
    run: list[Block] = []

    def close() -> None:
        if len(run) >= _MIN_MENU_RUN:
            text = " · ".join(b.text for b in run)
            out.append(Block(BlockKind.PARAGRAPH, text, BlockRole.BOILERPLATE, run[0].reason))
        else:
            out.extend(run)
        run.clear()

    for block in blocks:
        short = block.role is BlockRole.BOILERPLATE and len(block.text) <= _MENU_ENTRY_CHARS
        if short and (not run or run[-1].reason == block.reason):
            run.append(block)
            continue
        close()
        if short:
            run.append(block)
        else:
            out.append(block)
    close()
    return out


def _match(block_key: str, body_keys: list[str], start: int) -> int | None:
    """The first body block from `start` that this page block is, is part of, or contains.
    Body blocks further ahead are skipped (the extractor's split of them differs from the
    page's) only for a page block that is one of them word for word and long enough to be
    no menu entry: "Kontakt" in a page's menu is not the "Kontakt" heading under the article,
    and taking it for that would put the article above the page's header."""
    for index in range(start, min(start + _LOOKAHEAD, len(body_keys))):
        candidate = body_keys[index]
        if candidate == block_key and (index == start or len(block_key) >= _MIN_PART_CHARS):
            return index
        if index - start >= _PART_LOOKAHEAD:
            continue
        if len(block_key) >= _MIN_PART_CHARS and block_key in candidate:
            return index
        if len(candidate) >= _MIN_PART_CHARS and candidate in block_key and len(candidate) * 2 >= len(block_key):
            return index
    return None

"""Building the article's QTextDocument from the core's blocks, and mapping offsets through it.

In the reading view the document's text *is* the reading text: body blocks separated by
"\\n\\n", the blank line being an empty, short paragraph, so a document position is a highlight
offset. "Show original" shows every block, with a caption line over each run of set-aside ones; a
`TextMap` then translates between document offsets and reading-text offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from reader.core.ingest import BLOCK_SEPARATOR, Block, BlockKind, BlockRole
from reader.core.web_address import URL_IN_TEXT, readable
from reader.ui.article.code_blocks import code_block_format, code_edge_format, insert_code
from reader.ui.article.inert_browser import INTERNAL_SCHEME
from reader.ui.article.utf16 import Utf16Map
from reader.ui.theme import Theme

LINE_HEIGHT_PERCENT = 150
SEPARATOR_HEIGHT_PERCENT = 55  # the blank line between paragraphs, as a share of a line
# A list item that brings its own marker ("1.", "[1]", "a)", "•", "–") shows that marker only: a disc
# in front of it read "• 1. Lieferketten …". The marker stays in the text (offsets are the text).
_OWN_MARKER = re.compile(r"^(?:\d{1,3}[.)]|\[\d{1,3}\]|[a-zA-Z][.)]|[•·▪‣◦∙*\-–—])\s")
LIST_INDENT = 24


@dataclass(frozen=True, slots=True)
class ShownBlock:
    """One block as laid out: where it starts in the document and in the reading text."""

    index: int  # position in Source.blocks
    block: Block
    doc_start: int  # code-point offset in the document's text
    reading_start: int | None  # offset in the reading text; None when not part of it

    @property
    def doc_end(self) -> int:
        return self.doc_start + len(self.block.text)


class TextMap:
    """Document offsets ↔ reading-text offsets (identity in the reading view)."""

    def __init__(self, shown: list[ShownBlock], text: str, identity: bool) -> None:
        self.shown = shown
        self.text = text
        self.identity = identity
        self.utf16 = Utf16Map(text)
        self._starts = [s.doc_start for s in shown]
        self._body = [s for s in shown if s.reading_start is not None]

    def block_at(self, doc_offset: int) -> ShownBlock | None:
        """The block under a document offset (a separator counts as the block before it)."""
        found = bisect_right(self._starts, doc_offset) - 1
        return self.shown[found] if found >= 0 else None

    def to_reading(self, doc_offset: int) -> int | None:
        """The reading-text offset of a document offset; None inside a block not in the text."""
        if self.identity:
            return doc_offset
        shown = self.block_at(doc_offset)
        if shown is None or shown.reading_start is None:
            return None
        return shown.reading_start + min(doc_offset, shown.doc_end) - shown.doc_start

    def to_document(self, start: int, end: int) -> list[tuple[int, int]]:
        """Document spans that show reading-text span start–end, one per body block touched."""
        if self.identity:
            return [(start, end)]
        spans = []
        for shown in self._body:
            assert shown.reading_start is not None
            lo = max(start, shown.reading_start)
            hi = min(end, shown.reading_start + len(shown.block.text))
            if lo < hi:
                spans.append((shown.doc_start + lo - shown.reading_start, shown.doc_start + hi - shown.reading_start))
        return spans


@dataclass(frozen=True, slots=True)
class _Formats:
    paragraph: QTextBlockFormat
    separator: QTextBlockFormat
    heading: QTextBlockFormat
    quote: QTextBlockFormat
    text: QTextCharFormat
    heading_text: QTextCharFormat
    quote_text: QTextCharFormat
    aside_text: QTextCharFormat
    caption_text: QTextCharFormat
    link_text: QTextCharFormat
    theme: Theme


def build_document(
    document: QTextDocument, blocks: tuple[Block, ...], theme: Theme, *, original: bool, restorable: bool = True
) -> TextMap:
    """Fill the (empty) `document` with the blocks: body only, or (original) every block.

    Not `restorable` (an earlier version, which is for reading only), a set-aside block's
    caption says why it was set aside but offers no Restore link: the link could not act.
    """
    formats = _formats(theme)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    shown: list[ShownBlock] = []
    doc_offset = reading_offset = 0
    for index, block in enumerate(blocks):
        in_text = block.role is BlockRole.BODY
        if not (in_text or original):
            continue
        # A run of blocks set aside for one reason (a menu's thirty entries) is captioned once;
        # each of the others is one line with its own Restore link after it.
        follows = (not in_text and bool(shown) and shown[-1].reading_start is None
                   and caption(shown[-1].block) == caption(block))  # fmt: skip
        if follows:
            cursor.insertBlock(formats.paragraph, formats.text)
            doc_offset += 1
        elif shown:
            code_above = shown[-1].block.kind is BlockKind.CODE and shown[-1].reading_start is not None
            code_below = block.kind is BlockKind.CODE and in_text
            _insert_separator(cursor, formats, code_above=code_above, code_below=code_below)
            doc_offset += len(BLOCK_SEPARATOR)
        # The first block of a run takes its link after its words, as the others do: on the
        # caption line ("Set aside: navigation · Restore") it read as restoring the whole run.
        opens_run = (not (in_text or follows) and index + 1 < len(blocks)
                     and blocks[index + 1].role is not BlockRole.BODY and caption(blocks[index + 1]) == caption(block))  # fmt: skip
        if not (in_text or follows):
            doc_offset += _insert_caption(cursor, formats, index, block, restorable and not opens_run)
        shown.append(ShownBlock(index, block, doc_offset, reading_offset if in_text else None))
        _insert_block(cursor, formats, block, in_text, first=len(shown) == 1)
        doc_offset += len(block.text)
        if (follows or opens_run) and restorable:
            doc_offset += _insert_restore_link(cursor, formats, index)
        if in_text:
            reading_offset += len(block.text) + len(BLOCK_SEPARATOR)
    cursor.endEditBlock()
    text = _document_text(shown)
    return TextMap(shown, text, identity=not original)


# Why the importer set a block aside (its reasons, in English), in the window's language.
# (A cast: PySide6's stub types QT_TRANSLATE_NOOP as returning object; it returns its message, a str.)
_REASONS = cast("dict[str, str]", {
    "navigation": QT_TRANSLATE_NOOP("ArticleDocument", "navigation"),
    "advertising": QT_TRANSLATE_NOOP("ArticleDocument", "advertising"),
    "caption": QT_TRANSLATE_NOOP("ArticleDocument", "caption"),
    "image credit": QT_TRANSLATE_NOOP("ArticleDocument", "image credit"),
    "related links": QT_TRANSLATE_NOOP("ArticleDocument", "related links"),
    "share prompt": QT_TRANSLATE_NOOP("ArticleDocument", "share prompt"),
    "newsletter prompt": QT_TRANSLATE_NOOP("ArticleDocument", "newsletter prompt"),
    "app prompt": QT_TRANSLATE_NOOP("ArticleDocument", "app prompt"),
    "job prompt": QT_TRANSLATE_NOOP("ArticleDocument", "job prompt"),
    "comments": QT_TRANSLATE_NOOP("ArticleDocument", "comments"),
    "footer": QT_TRANSLATE_NOOP("ArticleDocument", "footer"),
    "cookie notice": QT_TRANSLATE_NOOP("ArticleDocument", "cookie notice"),
    "article info": QT_TRANSLATE_NOOP("ArticleDocument", "article info"),
    "references": QT_TRANSLATE_NOOP("ArticleDocument", "references"),
    "table": QT_TRANSLATE_NOOP("ArticleDocument", "table"),
    "credits": QT_TRANSLATE_NOOP("ArticleDocument", "credits"),
    "byline repeat": QT_TRANSLATE_NOOP("ArticleDocument", "byline repeat"),
    "author bio": QT_TRANSLATE_NOOP("ArticleDocument", "author bio"),
    "not part of the article": QT_TRANSLATE_NOOP("ArticleDocument", "not part of the article"),
    # A web page's own parts, named by its markup (`webpage_blocks`: <header>, class="sidebar").
    "page header": QT_TRANSLATE_NOOP("ArticleDocument", "page header"),
    "page footer": QT_TRANSLATE_NOOP("ArticleDocument", "page footer"),
    "sidebar": QT_TRANSLATE_NOOP("ArticleDocument", "sidebar"),
    "form": QT_TRANSLATE_NOOP("ArticleDocument", "form"),
    "sharing": QT_TRANSLATE_NOOP("ArticleDocument", "sharing"),
    "sign-up": QT_TRANSLATE_NOOP("ArticleDocument", "sign-up"),
    "embedded post": QT_TRANSLATE_NOOP("ArticleDocument", "embedded post"),
    # A pasted mail's closing, signature and mail program's line (`ingest.mail`).
    "signature": QT_TRANSLATE_NOOP("ArticleDocument", "signature"),
})


def block_reason(reason: str | None) -> str:
    """The importer's reason for setting a block aside, translated when it is a known one."""
    if not reason:
        return ""
    known = _REASONS.get(reason)
    return QCoreApplication.translate("ArticleDocument", known) if known else reason


def caption(block: Block) -> str:
    """The line over a block set aside, saying why (and, as a link, how to bring it back)."""
    translate = QCoreApplication.translate
    if block.role is BlockRole.META:
        return translate("ArticleDocument", "Used for the title, teaser or byline")
    reason = block_reason(block.reason) or translate("ArticleDocument", "not part of the article")
    return translate("ArticleDocument", "Set aside: %1").replace("%1", reason)


def _document_text(shown: list[ShownBlock]) -> str:
    """The document's text as Python sees it, rebuilt from the layout without asking Qt.

    Separators and captions become newlines: never part of a highlight, one UTF-16 unit each.
    """
    parts: list[str] = []
    position = 0
    for item in shown:
        parts.append("\n" * (item.doc_start - position))
        parts.append(item.block.text)
        position = item.doc_end
    return "".join(parts)


def _insert_separator(cursor: QTextCursor, formats: _Formats, *, code_above: bool, code_below: bool) -> None:
    """The blank line between two blocks; beside one code block, the box's room (tinted) with the
    usual space beyond it: the separator's line, and after a code line the prose's leading."""
    if code_above == code_below:  # between two boxes a plain gap keeps them apart
        cursor.insertBlock(formats.separator, formats.text)
    else:
        line = QFontMetricsF(cursor.document().defaultFont()).height()
        leading = 0 if code_below else LINE_HEIGHT_PERCENT - 100
        cursor.insertBlock(*code_edge_format(formats.theme, line * (SEPARATOR_HEIGHT_PERCENT + leading) / 100, below=code_above))
    cursor.insertBlock(formats.paragraph, formats.text)


def _insert_caption(cursor: QTextCursor, formats: _Formats, index: int, block: Block, restorable: bool) -> int:
    """A caption line above a set-aside block, with its Restore link if `restorable` (not when
    the block opens a run: its link follows its words); its length."""
    label = caption(block)
    cursor.setBlockFormat(formats.paragraph)
    if not restorable:
        cursor.insertText(label, formats.caption_text)
        cursor.insertBlock(formats.paragraph, formats.text)
        return len(label) + 1
    cursor.insertText(label, formats.caption_text)
    length = len(label) + _insert_restore_link(cursor, formats, index)
    cursor.insertBlock(formats.paragraph, formats.text)
    return length + 1


def _insert_restore_link(cursor: QTextCursor, formats: _Formats, index: int) -> int:
    """The link bringing block `index` into the article (" · Restore"); its length."""
    cursor.insertText(" · ", formats.caption_text)
    link = QTextCharFormat(formats.caption_text)
    link.merge(formats.link_text)
    link.setAnchorHref(f"{INTERNAL_SCHEME}:restore/{index}")
    restore = QCoreApplication.translate("ArticleDocument", "Restore")
    cursor.insertText(restore, link)
    return len(" · ") + len(restore)


def _insert_block(
    cursor: QTextCursor, formats: _Formats, block: Block, in_text: bool, *, first: bool
) -> None:
    kind_format, char_format = {
        BlockKind.HEADING: (formats.heading, formats.heading_text),
        BlockKind.QUOTE: (formats.quote, formats.quote_text),
    }.get(block.kind, (formats.paragraph, formats.text))
    if not in_text:
        char_format = formats.aside_text
    block_format = QTextBlockFormat(kind_format)
    if first:
        block_format.setTopMargin(0)
    cursor.setBlockFormat(block_format)
    if block.kind is BlockKind.CODE:
        cursor.setBlockFormat(code_block_format(block_format, formats.theme))
        insert_code(cursor, block.text, block.syntax if in_text else "", char_format, formats.theme)
        return
    if block.kind is BlockKind.LIST_ITEM and _OWN_MARKER.match(block.text):
        block_format.setLeftMargin(LIST_INDENT * (1 + block.level))
        block_format.setTextIndent(0)
        cursor.setBlockFormat(block_format)
    elif block.kind is BlockKind.LIST_ITEM:
        cursor.createList(_bullet_format(block.level))
    _insert_linked_text(cursor, block.text, char_format, formats.link_text)


def _insert_linked_text(
    cursor: QTextCursor, text: str, char_format: QTextCharFormat, link_format: QTextCharFormat
) -> None:
    """Insert plain text; web addresses in it become links the user may choose to open."""
    position = 0
    for match in URL_IN_TEXT.finditer(text):
        cursor.insertText(text[position : match.start()], char_format)
        link = QTextCharFormat(char_format)
        link.merge(link_format)
        link.setAnchorHref(match.group(0))
        # The text is the article's, every highlight measured on it, so an encoded address
        # stays as written; pointed at, it reads as a browser shows it ("…/wiki/München").
        if (shown := readable(match.group(0))) != match.group(0):
            link.setToolTip(shown)
        cursor.insertText(match.group(0), link)
        position = match.end()
    cursor.insertText(text[position:], char_format)


def _bullet_format(level: int) -> QTextListFormat:
    """A list item's bullet, an item of a list inside an item indented one step further with
    the next bullet (disc, circle, square, as browsers draw them)."""
    bullet = QTextListFormat()
    bullet.setStyle(_BULLETS[min(level, len(_BULLETS) - 1)])
    bullet.setIndent(1 + level)
    return bullet


_BULLETS = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle, QTextListFormat.Style.ListSquare)


def _formats(theme: Theme) -> _Formats:
    paragraph = QTextBlockFormat()
    paragraph.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    separator = QTextBlockFormat()
    separator.setLineHeight(SEPARATOR_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    heading = QTextBlockFormat(paragraph)
    heading.setTopMargin(10)
    heading.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    quote = QTextBlockFormat(paragraph)
    quote.setLeftMargin(28)
    quote.setRightMargin(12)
    text = QTextCharFormat()
    heading_text = QTextCharFormat()
    heading_text.setFontWeight(QFont.Weight.Bold)
    heading_text.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
    heading_text.setForeground(QColor(theme.heading))
    quote_text = QTextCharFormat()
    quote_text.setFontItalic(True)
    aside_text = QTextCharFormat()
    aside_text.setForeground(QColor(theme.muted))
    aside_text.setBackground(QColor(theme.aside))
    caption_text = QTextCharFormat()
    caption_text.setForeground(QColor(theme.muted))
    caption_text.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
    caption_text.setFontItalic(True)
    link_text = QTextCharFormat()
    link_text.setAnchor(True)
    link_text.setForeground(QColor(theme.link))
    link_text.setFontUnderline(True)
    return _Formats(
        paragraph, separator, heading, quote, text, heading_text, quote_text, aside_text,
        caption_text, link_text, theme,
    )  # fmt: skip

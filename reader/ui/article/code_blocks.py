"""A code block in the reading view: set as code, not as prose.

A clipping's fenced or indented code, or a saved page's `<pre>`, is one CODE block whose text
keeps its author's lines, indentation and blank lines. It is set in the system's fixed-width
font on a tinted box, each line a line of its own (never run together), and where its fence
or class names a language Pygments colours its words in the theme's code style (the same style
a note's code uses). Only char formats change, never the text: highlights are measured on the
words, and the highlight painter lays its colours over these. The box's room above and below
its lines is the empty separator line before and after it, tinted and set small
(`code_edge_format`): a block's tint covers its lines only, never its margins, and no character
may be added for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.style import StyleMeta
from pygments.styles import get_style_by_name
from pygments.token import _TokenType
from pygments.util import ClassNotFound
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)

from reader.core.render import code_style_css
from reader.ui.theme import Theme, toward_contrast

CODE_LINE_HEIGHT_PERCENT = 100
CODE_PADDING = 10  # the box's margin around the lines, in pixels
CODE_CONTRAST = 4.5  # a code word's colour against the tint: WCAG's least for text
_CSS_COLOUR = re.compile(r"^(\.[\w-]+ \.[\w-]+ \{ color: )(#[0-9A-Fa-f]{6})", re.MULTILINE)  # a token class's colour
HANGING_CHARACTERS = 2  # a wrapped line's rest: this much further in than the line itself
_SMALLER = 5 / 6  # what FontSizeAdjustment -1 makes of the reading font's size (Qt's "small")


def code_block_format(base: QTextBlockFormat, theme: Theme) -> QTextBlockFormat:
    """The paragraph format of every line of a code block: tinted, single-spaced. A line
    longer than the column wraps at its edge (`_hanging`)."""
    block = QTextBlockFormat(base)
    block.setBackground(QColor(theme.aside))
    block.setLeftMargin(CODE_PADDING)
    block.setRightMargin(CODE_PADDING)
    block.setTopMargin(0)
    block.setBottomMargin(0)
    block.setLineHeight(CODE_LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return block


def code_edge_format(theme: Theme, outside: float, *, below: bool) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """The separator line just above (or `below`) a code block as the box's own room: tinted,
    an empty line in a small font, with `outside` pixels of the reading view's usual
    space between paragraphs beyond it. Its last line touched the box's edge, and the paragraph
    after started close under it (a code line adds no leading below itself, as prose does)."""
    block = QTextBlockFormat()
    block.setBackground(QColor(theme.aside))
    block.setLeftMargin(CODE_PADDING)
    block.setRightMargin(CODE_PADDING)
    if below:
        block.setBottomMargin(outside)
    else:
        block.setTopMargin(outside)
    char = QTextCharFormat()
    char.setFontPointSize(CODE_PADDING * 0.5)  # an empty line is as tall as its font: 7 or 8 px
    return block, char


def insert_code(cursor: QTextCursor, text: str, syntax: str, char_format: QTextCharFormat, theme: Theme) -> None:
    """Insert a code block's text (its "\\n" start new lines), coloured when `syntax` names a
    language Pygments knows; `char_format` (the text's or a set-aside block's) is the ground."""
    plain = QTextCharFormat(char_format)
    plain.setFontFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
    plain.setFontFixedPitch(True)
    plain.setFontStyleHint(QFont.StyleHint.TypeWriter)
    plain.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)  # fixed-width faces run large
    first = cursor.block()
    lexer = _lexer(syntax) if syntax else None
    tokens = list(lexer.get_tokens(text)) if lexer is not None else []
    if "".join(words for _token, words in tokens) != text:  # the text is what offsets count
        cursor.insertText(text, plain)
    else:
        style = get_style_by_name(theme.code_style)
        for token, words in tokens:
            cursor.insertText(words, _token_format(plain, style, token, theme))
    _hanging(first, cursor.block(), plain)


def _hanging(first: QTextBlock, last: QTextBlock, plain: QTextCharFormat) -> None:
    """Each line's wrapped rest set in under the line's own start, two characters further: kept
    whole, a long line widened the article into a sideways scroll; wrapped flush, its rest read
    as a line of its own ("retouren" under "count(*) … AS"). Measured in the reading font at
    the zoom of the moment (a zoom later moves it a little, proportionally)."""
    font = QFont(first.document().defaultFont())
    font.setFamilies(plain.fontFamilies() or [])
    font.setPointSizeF(font.pointSizeF() * _SMALLER)
    width = QFontMetricsF(font).horizontalAdvance(" ")
    block = first
    while block.isValid():
        text = block.text()
        hang = (len(text) - len(text.lstrip(" ")) + HANGING_CHARACTERS) * width
        line = block.blockFormat()
        line.setLeftMargin(CODE_PADDING + hang)
        line.setTextIndent(-hang)
        QTextCursor(block).setBlockFormat(line)
        if block == last:
            break
        block = block.next()


@lru_cache(maxsize=64)
def _lexer(syntax: str) -> Lexer | None:
    try:
        return get_lexer_by_name(syntax, stripnl=False, stripall=False, ensurenl=False)
    except ClassNotFound:
        return None


def code_colour(colour: str, theme: Theme) -> QColor:
    """A code style's colour as it is set on the theme's code tint: moved toward the ink just
    far enough to read at 4.5:1 (WCAG's least for text). Pygments' styles are drawn for their
    own background, not for ours: on the tint, sepia's "friendly" numbers and constants read at
    1.9-2.4:1, dark's monokai comments and operators at 4.4:1, light's keywords at 4.4:1."""
    return toward_contrast(QColor(colour), QColor(theme.ink), QColor(theme.aside), CODE_CONTRAST)


def note_code_css(theme: Theme) -> str:
    """The style sheet for a note preview's code (`code_style_css`, on the code style's own
    background there): each token's colour moved toward the ink as `code_colour` moves it, so a
    note's code reads as the article's does (sepia's "friendly" comments were 2.6:1, its
    constants 2.2:1 on that background)."""
    ground = QColor(get_style_by_name(theme.code_style).background_color)

    def readable(match: re.Match[str]) -> str:
        moved = toward_contrast(QColor(match[2]), QColor(theme.ink), ground, CODE_CONTRAST)
        return match[1] + moved.name()

    return _CSS_COLOUR.sub(readable, code_style_css(theme.code_style))


def _token_format(plain: QTextCharFormat, style: StyleMeta, token: _TokenType, theme: Theme) -> QTextCharFormat:
    while token.parent is not None and not style.styles_token(token):  # YAML's Scalar.Plain …
        token = token.parent
    found = style.style_for_token(token)
    if not (found["color"] or found["bold"] or found["italic"]):
        return plain
    coloured = QTextCharFormat(plain)
    if found["color"]:
        coloured.setForeground(code_colour(f"#{found['color']}", theme))
    if found["bold"]:
        coloured.setFontWeight(QFont.Weight.Bold)
    if found["italic"]:
        coloured.setFontItalic(True)
    return coloured

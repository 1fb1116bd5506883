"""A code block in the reading view: set as code, not as prose.

A clipping's fenced or indented code, or a saved page's `<pre>`, is one CODE block whose text
keeps its author's lines, indentation and blank lines. It is set in the system's fixed-width
font on a tinted box, each line a line of its own (never run together), and where its fence
or class names a language Pygments colours its words in the theme's code style (the same style
a note's code uses). Only char formats change, never the text: highlights are measured on the
words, and the highlight painter lays its colours over these.
"""

from __future__ import annotations

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
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)

from reader.ui.theme import Theme

CODE_LINE_HEIGHT_PERCENT = 100
CODE_PADDING = 10  # the box's margin around the lines, in pixels
CODE_HANGING_INDENT = 32  # a wrapped line's rest, set in so it reads as no line of its own


def code_block_format(base: QTextBlockFormat, theme: Theme) -> QTextBlockFormat:
    """The paragraph format of every line of a code block: tinted, single-spaced. A line
    longer than the column wraps at its edge, the rest set in under it (kept whole, it widened
    the whole article into a sideways scroll for one line; wrapped flush, its last word read as
    a line of its own)."""
    block = QTextBlockFormat(base)
    block.setBackground(QColor(theme.aside))
    block.setLeftMargin(CODE_PADDING + CODE_HANGING_INDENT)
    block.setTextIndent(-CODE_HANGING_INDENT)
    block.setRightMargin(CODE_PADDING)
    block.setTopMargin(0)
    block.setBottomMargin(0)
    block.setLineHeight(CODE_LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return block


def insert_code(cursor: QTextCursor, text: str, syntax: str, char_format: QTextCharFormat, theme: Theme) -> None:
    """Insert a code block's text (its "\\n" start new lines), coloured when `syntax` names a
    language Pygments knows; `char_format` (the text's or a set-aside block's) is the ground."""
    plain = QTextCharFormat(char_format)
    plain.setFontFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
    plain.setFontFixedPitch(True)
    plain.setFontStyleHint(QFont.StyleHint.TypeWriter)
    plain.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)  # fixed-width faces run large
    lexer = _lexer(syntax) if syntax else None
    if lexer is None:
        cursor.insertText(text, plain)
        return
    tokens = list(lexer.get_tokens(text))
    if "".join(words for _token, words in tokens) != text:  # the text is what offsets count
        cursor.insertText(text, plain)
        return
    style = get_style_by_name(theme.code_style)
    for token, words in tokens:
        cursor.insertText(words, _token_format(plain, style, token))


@lru_cache(maxsize=64)
def _lexer(syntax: str) -> Lexer | None:
    try:
        return get_lexer_by_name(syntax, stripnl=False, stripall=False, ensurenl=False)
    except ClassNotFound:
        return None


def _token_format(plain: QTextCharFormat, style: StyleMeta, token: _TokenType) -> QTextCharFormat:
    while token.parent is not None and not style.styles_token(token):  # YAML's Scalar.Plain …
        token = token.parent
    found = style.style_for_token(token)
    if not (found["color"] or found["bold"] or found["italic"]):
        return plain
    coloured = QTextCharFormat(plain)
    if found["color"]:
        coloured.setForeground(QColor(f"#{found['color']}"))
    if found["bold"]:
        coloured.setFontWeight(QFont.Weight.Bold)
    if found["italic"]:
        coloured.setFontItalic(True)
    return coloured

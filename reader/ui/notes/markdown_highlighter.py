"""Colouring the summary note's Markdown as it is typed, with pygments' Markdown lexer.

Each line is lexed on its own (with its newline, which the heading rules need): Markdown's
line-level syntax (headings, list markers, emphasis, code spans, links) is what a writer needs
to see, and lexing one line keeps typing instant in long notes; fenced code blocks, the one
multi-line construct, are tracked with the highlighter's block state. Colours come from the theme's reading palette.
"""

from __future__ import annotations

from pygments.lexers.markup import MarkdownLexer
from pygments.token import Generic, Keyword, Literal, Name, String, Token, _TokenType
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from reader.ui.theme import Theme


def _format(color: str, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    char_format = QTextCharFormat()
    char_format.setForeground(QColor(color))
    if bold:
        char_format.setFontWeight(QFont.Weight.Bold)
    char_format.setFontItalic(italic)
    return char_format


_OUTSIDE, _IN_FENCE = 0, 1


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, theme: Theme) -> None:
        super().__init__(document)
        self._lexer = MarkdownLexer(stripnl=False, ensurenl=False)
        self._formats: dict[_TokenType, QTextCharFormat] = {}
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        self._formats = {
            Generic.Heading: _format(theme.heading, bold=True),
            Generic.Subheading: _format(theme.heading, bold=True),
            Generic.Strong: _format(theme.ink, bold=True),
            Generic.Emph: _format(theme.ink, italic=True),
            Generic.Deleted: _format(theme.muted),
            Keyword: _format(theme.link, bold=True),  # list markers, quote markers
            String: _format(theme.muted),  # code spans and fences
            Literal: _format(theme.muted),
            Name.Tag: _format(theme.link),  # link text
            Name.Attribute: _format(theme.muted),  # link target
            Name.Label: _format(theme.link),
        }
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        in_fence = self.previousBlockState() == _IN_FENCE
        fence_line = text.lstrip().startswith(("```", "~~~"))
        self.setCurrentBlockState(_IN_FENCE if in_fence != fence_line else _OUTSIDE)
        if in_fence or fence_line:  # inside a fenced code block: one calm code colour
            self.setFormat(0, _utf16_length(text), self._formats[String])
            return
        position = 0
        for token, value in self._lexer.get_tokens(text + "\n"):
            length = _utf16_length(value)
            char_format = self._format_for(token)
            if char_format is not None:
                self.setFormat(position, length, char_format)
            position += length

    def _format_for(self, token: _TokenType) -> QTextCharFormat | None:
        while token is not Token:
            if token in self._formats:
                return self._formats[token]
            token = token.parent
        return None

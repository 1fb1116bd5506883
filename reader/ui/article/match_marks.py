"""Marking find and search matches in the article: extra selections over the text.

Extra selections, not the highlight painter: matches are few and change with every keystroke
in the find bar, and they must show on top of the highlight colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from reader.ui.theme import Theme

QtSpans = list[tuple[int, int]]  # one match as Qt (UTF-16) document spans, one per block it touches


def match_selections(
    document: QTextDocument, theme: Theme, matches: list[QtSpans], current: int | None
) -> list[QTextEdit.ExtraSelection]:
    """A selection per span of every match, the `current` match in the stronger colour."""
    selections = []
    for number, spans in enumerate(matches):
        char_format = QTextCharFormat()
        colour = theme.match_current if number == current else theme.match
        char_format.setBackground(QColor(colour))
        char_format.setForeground(QColor(theme.text_on(colour)))
        for low, high in spans:
            cursor = QTextCursor(document)
            cursor.setPosition(low)
            cursor.setPosition(high, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor, selection.format = cursor, char_format
            selections.append(selection)
    return selections

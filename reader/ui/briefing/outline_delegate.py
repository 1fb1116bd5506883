"""The composer's list as an outline: text and quotes stand indented under the headings — every
line of them, the ones the list wraps too.

The indent used to be four spaces typed before an item's text, so only its first line had it:
a long quote or a who's who wrapped back to the left edge, under the headings' own column.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
HeadingRole = Qt.ItemDataRole.UserRole + 2  # True on a heading row: it keeps the left edge
INDENT = 18
TEXT_LINES_SHOWN = 6  # a text item's lines the list shows; the editor below holds all
_FOOTNOTE_DEFINITION = re.compile(r"^\[\^[^\]]+\]:")
_FOOTNOTE_MARK = re.compile(r"\s?\[\^[^\]]+\]")
_EMPHASIS = re.compile(r"(?<!\\)(\*\*|\*)(\S(?:.*?[^\s\\])?)\1")  # not escaped: "\*"
# A Markdown escape before punctuation ("\*titles\*", "Inflation \<2 %" of an inserted
# chronology's titles): the list shows the character, as the preview does.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def outline_text(text: str) -> str:
    """A text item as the list shows it: its words, not its Markdown — footnote marks and the
    citations under them dropped ("[^chron-8]: CT Post, …" filled an inserted chronology's
    outline), emphasis stars, escapes and character references taken off, blank lines
    dropped, and a long text cut after a few lines with "…" (the editor below holds all of
    it)."""
    lines = [_shown(line) for line in text.splitlines()
             if line.strip() and not _FOOTNOTE_DEFINITION.match(line)]  # fmt: skip
    if len(lines) > TEXT_LINES_SHOWN:
        lines = [*lines[:TEXT_LINES_SHOWN], "…"]
    return "\n".join(lines)


def _shown(line: str) -> str:
    """One line's words: without footnote marks, emphasis stars, escapes and character
    references ("&lt;" of a title's "<")."""
    plain = _EMPHASIS.sub(r"\2", _FOOTNOTE_MARK.sub("", line))
    return html.unescape(_ESCAPE.sub(r"\1", plain)).rstrip()


class OutlineDelegate(QStyledItemDelegate):
    def _placed(self, option: QStyleOptionViewItem, index: Index) -> QStyleOptionViewItem:
        placed = QStyleOptionViewItem(option)
        if not index.data(HeadingRole):
            placed.rect = option.rect.adjusted(INDENT, 0, 0, 0)
        return placed

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, self._placed(option, index), index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Wrapped to the indented width, so the row is as tall as the lines it paints."""
        hint = super().sizeHint(self._placed(option, index), index)
        return hint if index.data(HeadingRole) else QSize(hint.width() + INDENT, hint.height())

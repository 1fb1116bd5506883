"""Painting one highlight in the notes list: colour chip and label, quote, annotation.

The quote is elided after three lines and the annotation, rendered from its Markdown, is cut
after four, so a long passage never pushes the rest of the list away; an orphaned highlight (its words are no longer in the text)
says so instead of pretending to be on the page. The annotation is the user's own comment: in
the ink, italic, after a ✎ as in the composer's list; drawn in the link colour it looked like a
link to click (only a link inside it is in that colour).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.core.labels import label_name
from reader.core.models import AnchorStatus, Highlight
from reader.core.render import render_note
from reader.ui.notes.highlight_list import HighlightListModel
from reader.ui.one_ellipsis import elided
from reader.ui.theme import Theme

PAD, CHIP, GAP = 10, 10, 4
QUOTE_LINES, ANNOTATION_LINES = 3, 4
NOTE_MARK = "✎"  # before an annotation, in the muted colour
Index = QModelIndex | QPersistentModelIndex


def wrapped_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """`text` broken at spaces into at most `max_lines` lines of `width` pixels, the last elided.

    Greedy wrapping at spaces is all a three-line preview needs, and it is cheap enough to run
    for every row of a long list (the results are cached per row by the delegate).
    """
    metrics = QFontMetricsF(font)
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < max_lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:
        lines.append(" ".join(words))
    return [elided(metrics, line, width) for line in lines]


class HighlightDelegate(QStyledItemDelegate):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.label_names: dict[str, str] = {}
        # Wrapping is the costly part of measuring a row, and sizeHint and paint both need it.
        self._wrapped: dict[tuple[object, ...], list[tuple[QFont, list[str], str]]] = {}
        # Highlights an update placed on changed wording: flagged until the user confirms them.
        self.review: frozenset[int] = frozenset()
        self._spacings: dict[str, int] = {}
        self._notes: dict[tuple[object, ...], QTextDocument] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        quote = QFont(option.font)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        note = QFont(option.font)
        note.setItalic(True)
        return small, quote, note

    def _blocks(self, option: QStyleOptionViewItem, highlight: Highlight) -> list[tuple[QFont, list[str], str]]:
        width = option.rect.width() - 2 * PAD - CHIP - GAP * 2
        key = (highlight, highlight.id in self.review, width, option.font.key(), tuple(sorted(self.label_names.items())))
        if key not in self._wrapped:
            if len(self._wrapped) > 2000:
                self._wrapped.clear()
            self._wrapped[key] = self._wrap(option, highlight, width)
        return self._wrapped[key]

    def _wrap(self, option: QStyleOptionViewItem, highlight: Highlight, width: int) -> list[tuple[QFont, list[str], str]]:
        small, quote, note = self._fonts(option)
        heading = label_name(highlight.label, self.label_names)
        orphaned = highlight.anchor_status is AnchorStatus.ORPHANED
        if orphaned:
            orphan = self.tr("not found in the text any more")
            heading = f"{heading} · {orphan}"
        elif highlight.id in self.review:
            changed = self.tr("the words changed in an update: please check")
            heading = f"{heading} · {changed}"
        blocks = [(small, wrapped_lines(heading, small, width, 2), "muted"),  # a review mark may wrap
                  (quote, wrapped_lines(QLocale().quoteString(highlight.exact), quote, width, QUOTE_LINES), "ink")]  # fmt: skip
        return blocks

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        highlight = index.data(HighlightListModel.HighlightRole)
        if highlight is None:
            return super().sizeHint(option, index)
        height = 2 * PAD
        for font, lines, _role in self._blocks(option, highlight):
            height += self._line_spacing(font) * len(lines) + GAP
        note = self._note(option, highlight)
        if note is not None:
            height += self._note_height(option, note) + GAP
        return QSize(option.rect.width() or 200, height)

    def _mark_width(self, option: QStyleOptionViewItem) -> int:
        """The room the ✎ and a space take before the annotation."""
        return QFontMetrics(option.font).horizontalAdvance(f"{NOTE_MARK} ")

    def _note(self, option: QStyleOptionViewItem, highlight: Highlight) -> QTextDocument | None:
        """The annotation rendered from its Markdown (bold, lists, links), laid out to the row."""
        if not highlight.annotation.strip():
            return None
        width = max(40, option.rect.width() - 2 * PAD - CHIP - GAP * 2 - self._mark_width(option))
        key = (highlight.annotation, width, option.font.key(), self.theme.name)
        if key not in self._notes:
            if len(self._notes) > 500:
                self._notes.clear()
            note = QTextDocument()
            note.setDocumentMargin(0)
            note.setDefaultFont(self._fonts(option)[2])
            note.setDefaultStyleSheet(f"p, ul, ol, pre {{ margin: 0; }} a {{ color: {self.theme.link}; }}")
            note.setHtml(f'<div style="color: {self.theme.ink}">{render_note(highlight.annotation)}</div>')
            note.setTextWidth(width)
            self._notes[key] = note
        return self._notes[key]

    def _note_height(self, option: QStyleOptionViewItem, note: QTextDocument) -> int:
        """The rendered annotation's height, at most ANNOTATION_LINES lines (the editor has all)."""
        return min(int(note.size().height()) + 1, self._line_spacing(option.font) * ANNOTATION_LINES)

    def _line_spacing(self, font: QFont) -> int:
        key = font.key()
        if key not in self._spacings:
            self._spacings[key] = QFontMetrics(font).lineSpacing()
        return self._spacings[key]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        highlight = index.data(HighlightListModel.HighlightRole)
        if highlight is None:
            return super().paint(painter, option, index)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:  # a neutral wash and a frame, so the label colour chip stays visible
            painter.fillRect(option.rect, QColor(self.theme.aside))
            painter.setPen(QColor(self.theme.muted))
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.setPen(QColor(self.theme.aside))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        self._paint_chip(painter, option.rect, highlight)
        self._paint_text(painter, option, highlight)
        painter.restore()

    def _paint_chip(self, painter: QPainter, rect: QRect, highlight: Highlight) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.label_color(highlight.label))
        painter.drawRoundedRect(QRect(rect.left() + PAD, rect.top() + PAD, CHIP, rect.height() - 2 * PAD), 3, 3)

    def _paint_text(self, painter: QPainter, option: QStyleOptionViewItem, highlight: Highlight) -> None:
        x = option.rect.left() + PAD + CHIP + 2 * GAP
        y = option.rect.top() + PAD
        width = option.rect.right() - PAD - x
        flagged = highlight.anchor_status is AnchorStatus.ORPHANED or highlight.id in self.review
        for font, lines, role in self._blocks(option, highlight):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            colour = self.theme.warning if flagged and role == "muted" else getattr(self.theme, role)
            painter.setPen(QColor(colour))
            for line in lines:
                painter.drawText(QRect(x, y, width, metrics.lineSpacing()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
                y += metrics.lineSpacing()
            y += GAP
        note = self._note(option, highlight)
        if note is not None:
            height, indent = self._note_height(option, note), self._mark_width(option)
            painter.setFont(option.font)
            painter.setPen(QColor(self.theme.muted))
            painter.drawText(QRect(x, y, indent, self._line_spacing(option.font)), Qt.AlignmentFlag.AlignLeft, NOTE_MARK)
            painter.save()
            painter.translate(x + indent, y)
            note.drawContents(painter, QRectF(0, 0, width - indent, height))
            painter.restore()

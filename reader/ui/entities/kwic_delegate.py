"""Painting a mention as a keyword-in-context row: the source's title small above, then the line
with the name bold in one column, its left context flush against it and its right context after,
so the eye runs down the names as in a concordance. Where the sentence begins inside the left
column, the source's words before it fill the column in muted ink: a name that starts a sentence
left the row's left half empty, and the line looked centred. The rows' left edges are uneven by
design (each left context ends at the name); the name stands on a faint tint, so the column they
line up on shows down the list, and a lead shows whole words only. Plain text, never HTML:
article words cannot inject markup.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.core.entities import Mention
from reader.ui.entities.entity_models import LeadRole, MentionRole, SpanRole
from reader.ui.one_ellipsis import elided, one_ellipsis

MARGIN_X, MARGIN_Y, LINE_GAP = 12, 6, 2
KEY_COLUMN = 0.38  # where the name starts, as a share of the row's width
Index = QModelIndex | QPersistentModelIndex


def elide_words(metrics: QFontMetrics, text: str, mode: Qt.TextElideMode, width: int) -> str:
    """`text` shortened with "…" to `width` at a word's edge, not inside a word: the rows read
    "…rld War and the Allied occupation of" and "the bilateral relations bet…". A text of one
    long word is cut inside it, as Qt does. One "…" shows, also where the text had its own.
    The cut always fits `width`: Qt's cut fits, but the space put before " …" could run one
    space past it, so a last word that makes it overrun goes too."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    qt_cut = metrics.elidedText(text, mode, width)
    shown = one_ellipsis(_at_word_edge(text, qt_cut, mode))
    while metrics.horizontalAdvance(shown) > width:
        kept = shown.removesuffix(" …").rstrip()
        space = kept.rfind(" ")
        if not shown.endswith(" …") or space <= 0:  # no word left to give up: cut inside it
            shown = one_ellipsis(qt_cut)
            break
        shown = one_ellipsis(kept[:space].rstrip() + " …")
    return shown if metrics.horizontalAdvance(shown) <= width else ""  # narrower than "…" itself


def whole_words_left(metrics: QFontMetrics, text: str, width: int) -> str:
    """`text` shortened on the left to whole words that fit `width` ("…Ende der Rede."), or ""
    where not even its last word fits. For the muted lead before a sentence: cut inside its
    last word ("…mbolkraft.", "…ngton.") it read as a broken word at a random indent, where
    the name's column alone explains why the row starts where it does."""
    shown = elide_words(metrics, text, Qt.TextElideMode.ElideLeft, width)
    kept = shown.removeprefix("…").lstrip()
    whole = shown == text or (bool(kept) and text.endswith(kept) and text[: len(text) - len(kept)][-1:].isspace())
    return shown if whole else ""


def _at_word_edge(text: str, cut: str, mode: Qt.TextElideMode) -> str:
    """Qt's `cut` of `text` moved back to the nearest word's edge."""
    if mode == Qt.TextElideMode.ElideLeft:
        kept = cut.removeprefix("…")
        at = len(text) - len(kept)
        if 0 < at < len(text) and not text[at - 1].isspace() and not kept[0].isspace():
            space = kept.find(" ")
            if space < 0:
                return cut
            kept = kept[space:]
        return "…" + kept.lstrip()
    if mode == Qt.TextElideMode.ElideRight:
        kept = cut.removesuffix("…")
        if 0 < len(kept) < len(text) and not text[len(kept)].isspace() and not kept[-1].isspace():
            space = kept.rfind(" ")
            if space <= 0:
                return cut
            kept = kept[:space]
        return kept.rstrip() + " …"
    return cut


class KwicDelegate(QStyledItemDelegate):
    @staticmethod
    def row_height(font: QFont) -> int:
        small = QFont(font)
        small.setPointSizeF(small.pointSizeF() * 0.85)
        return 2 * MARGIN_Y + QFontMetrics(small).height() + LINE_GAP + QFontMetrics(font).height()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(300, self.row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        mention = index.data(MentionRole)
        if not isinstance(mention, Mention):
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        ink = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * 0.85)
        small_height = QFontMetrics(small).height()
        muted = QColor(ink)
        muted.setAlphaF(0.6)
        painter.setFont(small)
        painter.setPen(muted)
        title = elide_words(QFontMetrics(small), mention.source_title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), small_height), Qt.AlignmentFlag.AlignVCenter, title)
        line = QRect(rect.left(), rect.top() + small_height + LINE_GAP, rect.width(), QFontMetrics(option.font).height())
        painter.setPen(ink)
        self._paint_line(painter, option.font, line, mention.context, index.data(SpanRole))
        self._paint_lead(painter, option.font, line, mention.context, index.data(SpanRole), index.data(LeadRole), muted)
        rule = QColor(option.palette.color(QPalette.ColorRole.Mid))
        rule.setAlphaF(0.35)
        painter.setPen(rule)
        painter.drawLine(option.rect.left() + MARGIN_X, option.rect.bottom(), option.rect.right() - MARGIN_X, option.rect.bottom())
        painter.restore()

    @staticmethod
    def _paint_lead(painter: QPainter, font: QFont, line: QRect, context: str, span: object, lead: object,
                    muted: QColor) -> None:  # fmt: skip
        """The muted words before the sentence, right against its first word."""
        if not isinstance(span, tuple) or not isinstance(lead, str) or not lead:
            return
        metrics = QFontMetrics(font)
        key_x = line.left() + int(line.width() * KEY_COLUMN)
        sentence_x = key_x - metrics.horizontalAdvance(context[: span[0]])
        room = sentence_x - metrics.horizontalAdvance(" ") - line.left()
        if room < 3 * metrics.horizontalAdvance("M"):
            return
        shown = whole_words_left(metrics, lead, room)
        if not shown:
            return
        painter.setFont(font)
        painter.setPen(muted)
        painter.drawText(QRect(line.left(), line.top(), room, line.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, shown)  # fmt: skip

    @staticmethod
    def _paint_line(painter: QPainter, font: QFont, line: QRect, context: str, span: object) -> None:
        metrics = QFontMetrics(font)
        centre = Qt.AlignmentFlag.AlignVCenter
        if not isinstance(span, tuple):  # the source's words were not found: the line as it is
            painter.setFont(font)
            painter.drawText(line, centre, elide_words(metrics, context, Qt.TextElideMode.ElideRight, line.width()))
            return
        start, end = span
        bold = QFont(font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        key_x = line.left() + int(line.width() * KEY_COLUMN)
        name = elided(bold_metrics, context[start:end], line.right() - key_x)
        name_width = bold_metrics.horizontalAdvance(name)
        before = elide_words(metrics, context[:start], Qt.TextElideMode.ElideLeft, key_x - line.left())
        after = elide_words(metrics, context[end:], Qt.TextElideMode.ElideRight, max(0, line.right() - key_x - name_width))
        painter.setFont(font)
        painter.drawText(QRect(line.left(), line.top(), key_x - line.left(), line.height()),
                         centre | Qt.AlignmentFlag.AlignRight, before)  # fmt: skip
        tint = QColor(painter.pen().color())  # the ink, faint: readable in every theme and when selected
        tint.setAlphaF(0.08)
        painter.fillRect(QRect(key_x - 3, line.top(), name_width + 6, line.height()), tint)
        painter.setFont(bold)
        painter.drawText(QRect(key_x, line.top(), name_width, line.height()), centre, name)
        painter.setFont(font)
        painter.drawText(QRect(key_x + name_width, line.top(), line.right() - key_x - name_width, line.height()),
                         centre, after)  # fmt: skip

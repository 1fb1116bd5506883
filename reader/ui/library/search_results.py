"""The library pane's search results: one row per hit, its title, where it hit, and a snippet.

The snippet is plain text laid out with `QTextLayout`, the matched words made bold from the
core's `snippet_spans`; nothing is parsed as HTML, so article text cannot inject markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.core.search import SearchResult
from reader.ui.library.snippet_markdown import readable_snippet
from reader.ui.one_ellipsis import elided

ResultRole = Qt.ItemDataRole.UserRole + 1
WHERE_LABELS = cast("dict[str, str]", {  # stub: QT_TRANSLATE_NOOP returns its message, typed object
    "article": QT_TRANSLATE_NOOP("SearchResults", "Article"),
    "highlight": QT_TRANSLATE_NOOP("SearchResults", "Highlight"),
    "note": QT_TRANSLATE_NOOP("SearchResults", "Note"),
    "source": QT_TRANSLATE_NOOP("SearchResults", "Outlet/author"),
})


def where_label(where: str) -> str:
    """Article, Highlight or Note, in the window's language."""
    return QCoreApplication.translate("SearchResults", WHERE_LABELS.get(where, where))
MARGIN_X, MARGIN_Y, LINE_GAP, SNIPPET_LINES = 12, 7, 3, 2

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """The results of one search, best first; fed whole with `set_results`."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._results: list[SearchResult] = []

    def set_results(self, results: Sequence[SearchResult], note_of: Callable[[int], str] | None = None) -> None:
        """`note_of(source_id)`, the note's text, tells a note snippet's bullets from dashes."""
        self.beginResetModel()
        self._results = [_readable(result, note_of) for result in results]
        self.endResetModel()

    def result(self, row: int) -> SearchResult | None:
        return self._results[row] if 0 <= row < len(self._results) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        result = self.result(index.row()) if index.isValid() else None
        if result is None:
            return None
        if role == ResultRole:
            return result
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"{result.title} — {where_label(result.where)}: {result.snippet_text}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("%1 in %2").replace("%1", where_label(result.where)).replace("%2", result.title)
        return None


def _readable(result: SearchResult, note_of: Callable[[int], str] | None) -> SearchResult:
    """A note's snippet without its Markdown marks ("# Kernfusion NIF - **Energie…" read raw)."""
    if result.where != "note":
        return result
    note = note_of(result.source_id) if note_of is not None else None
    text, spans = readable_snippet(result.snippet_text, result.snippet_spans, note)
    return replace(result, snippet_text=text, snippet_spans=tuple(spans))


def snippet_layout(text: str, spans: Sequence[tuple[int, int]], font: QFont) -> QTextLayout:
    """A layout of the snippet with the spans bold (QTextLayout positions are UTF-16 units)."""
    units = _utf16_offsets(text)
    layout = QTextLayout(text, font)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    ranges = []
    for start, end in spans:
        if 0 <= start < end <= len(text):
            marked = QTextLayout.FormatRange()
            marked.start, marked.length, marked.format = units[start], units[end] - units[start], bold
            ranges.append(marked)
    layout.setFormats(ranges)
    return layout


def shown_snippet(
    text: str, spans: Sequence[tuple[int, int]], font: QFont, width: int
) -> tuple[str, list[tuple[int, int]]]:
    """The snippet as the row shows it: when the first matched word would fall below the row's
    lines at this width, the text starts (after "…") on the line before it, the spans moved
    along — the hit the row is listed for stays in sight."""
    spans = list(spans)
    if not spans or width <= 0:
        return text, spans
    for back in (1, 0):  # start a line before the hit's; if "…" pushed it down again, on its line
        first = min(start for start, _end in spans)
        starts = _line_starts(text, spans, font, width)
        hit_line = sum(1 for start in starts if start <= first) - 1
        if hit_line < SNIPPET_LINES:
            break
        kept = text[starts[hit_line - back]:].lstrip()
        shift = len(text) - len(kept) - 1  # what went, less the "…" put in its place
        text, spans = "…" + kept, [(start - shift, end - shift) for start, end in spans if start - shift >= 1]
    return text, spans


def _line_starts(text: str, spans: Sequence[tuple[int, int]], font: QFont, width: int) -> list[int]:
    """Where each line of the snippet (its hits bold) starts at this width, as code-point offsets."""
    units = _utf16_offsets(text)
    layout = snippet_layout(text, spans, font)
    layout.beginLayout()
    starts = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        starts.append(units.index(line.textStart()) if line.textStart() in units else line.textStart())
    layout.endLayout()
    return starts


def _utf16_offsets(text: str) -> list[int]:
    """UTF-16 offset of every code-point offset 0…len(text) (emoji take two units)."""
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) > 0xFFFF else 1))
    return offsets


class SearchResultDelegate(QStyledItemDelegate):
    """Paints a result: title and where on line one, then the snippet over two lines."""

    @staticmethod
    def row_height(font: QFont) -> int:
        line = QFontMetrics(font).height()
        return 2 * MARGIN_Y + line * (1 + SNIPPET_LINES) + LINE_GAP + 2

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, self.row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        result = index.data(ResultRole)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        ink = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        if isinstance(result, SearchResult):
            top = self._paint_title(painter, option, result, ink)
            self._paint_snippet(painter, option, result, ink, top)
        self._paint_rule(painter, option)
        painter.restore()

    def _paint_title(
        self, painter: QPainter, option: QStyleOptionViewItem, result: SearchResult, ink: QColor
    ) -> int:
        rect = option.rect
        font = QFont(option.font)
        font.setBold(True)
        metrics = QFontMetrics(font)
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * 0.85)
        where = where_label(result.where).upper()
        where_width = QFontMetrics(small).horizontalAdvance(where)
        top, left = rect.top() + MARGIN_Y, rect.left() + MARGIN_X
        right = rect.right() - MARGIN_X
        muted = QColor(ink)
        muted.setAlphaF(0.6)
        painter.setFont(small)
        painter.setPen(muted)
        line = QRect(right - where_width, top, where_width, metrics.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter, where)
        width = max(0, right - where_width - 10 - left)
        title = elided(metrics, result.title, width)
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(QRect(left, top, width, metrics.height()), Qt.AlignmentFlag.AlignVCenter, title)
        return top + metrics.height() + LINE_GAP

    def _paint_snippet(
        self, painter: QPainter, option: QStyleOptionViewItem, result: SearchResult, ink: QColor, top: int
    ) -> None:
        rect = option.rect
        width = rect.width() - 2 * MARGIN_X
        layout = snippet_layout(*shown_snippet(result.snippet_text, result.snippet_spans, option.font, width), option.font)
        layout.beginLayout()
        y = 0.0
        for _number in range(SNIPPET_LINES):
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        painter.setPen(ink)
        layout.draw(painter, QPointF(rect.left() + MARGIN_X, top))

    @staticmethod
    def _paint_rule(painter: QPainter, option: QStyleOptionViewItem) -> None:
        line = QColor(option.palette.color(QPalette.ColorRole.Mid))
        line.setAlphaF(0.35)
        painter.setPen(line)
        rect = option.rect
        painter.drawLine(rect.left() + MARGIN_X, rect.bottom(), rect.right() - MARGIN_X, rect.bottom())

"""Painting one library row: no widgets per row, so 100,000 sources scroll like 10.

Line one: an unread dot and the title (bold while unread, italic when the title was derived
from the text). Line two: outlet (or news agency) · date, tag chips, and on the right the highlight count and ✎
when the source has a summary note (the library table's Note column, in the same place).
Colours come from the palette, so the row follows the window's theme.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from reader.core.models import SourceSummary
from reader.ui.date_display import added_date, short_date
from reader.ui.library.source_model import SummaryRole
from reader.ui.one_ellipsis import elided

MARGIN_X = 12
MARGIN_Y = 8
DOT = 7
LINE_GAP = 3
CHIP_PAD = 6
CHIP_GAP = 5  # between two chips
MAX_CHIPS = 3
# A story's row at 1024 px (its "▸ 3", "❝ 1 ✎" and the date) had no room for "+2" and showed no
# sign of its tags; "+2" as tight as this still reads as a chip, and fits there.
COMPACT_PAD = 3
NOTE_MARK = "✎"  # the source has a summary note, as in the library table


def display_date(summary: SourceSummary) -> str:
    """"11 Apr 2024" for a published date; "added today", "added 3 Nov 2026" … when the
    article gave none (in the window's language)."""
    if summary.published:
        return short_date(summary.published[:10])
    return added_date(summary.imported_at)



def highlight_count_text(count: int) -> str:
    """A row's highlights: ❝ as the composer marks a quoted highlight. It was ✎, which means a
    summary note in the library table beside it and an annotation in the composer; the row's
    tooltip says it in words."""
    return f"❝ {count}"


def row_marks(summary: SourceSummary) -> list[str]:
    """What the row's second line shows on the right, left to right: the highlight count, then
    ✎ for a summary note, in the order of the library table's Highlights and Note columns."""
    marks = [highlight_count_text(summary.highlight_count)] if summary.highlight_count else []
    return marks + [NOTE_MARK] if summary.has_note else marks


class SourceDelegate(QStyledItemDelegate):
    @staticmethod
    def row_height(font: QFont) -> int:
        """Every row's height: two lines of text and the margins (one height for all rows)."""
        return 2 * MARGIN_Y + QFontMetrics(font).height() * 2 + LINE_GAP + 2

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(200, self.row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        summary = index.data(SummaryRole)
        painter.save()
        self._paint_background(painter, option)
        if summary is not None:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            colour = option.palette.color(text_role)
            muted = QColor(colour)
            muted.setAlphaF(0.62)
            top = self._paint_title(painter, option, summary, colour)
            self._paint_details(painter, option, summary, muted, top)
        painter.restore()

    def _paint_background(self, painter: QPainter, option: QStyleOptionViewItem) -> None:
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            hover = QColor(option.palette.color(QPalette.ColorRole.Highlight))
            hover.setAlphaF(0.10)
            painter.fillRect(rect, hover)
        line = QColor(option.palette.color(QPalette.ColorRole.Mid))
        line.setAlphaF(0.35)
        painter.setPen(line)
        painter.drawLine(rect.left() + MARGIN_X, rect.bottom(), rect.right() - MARGIN_X, rect.bottom())

    def _paint_title(
        self, painter: QPainter, option: QStyleOptionViewItem, summary: SourceSummary, colour: QColor
    ) -> int:
        rect = option.rect
        font = QFont(option.font)
        font.setBold(summary.unread)
        font.setItalic(summary.title_derived)
        metrics = QFontMetrics(font)
        top = rect.top() + MARGIN_Y
        left = rect.left() + MARGIN_X + DOT + 7
        if summary.unread:
            accent = option.palette.color(QPalette.ColorRole.Link)
            if option.state & QStyle.StateFlag.State_Selected:
                accent = colour
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            dot_top = top + (metrics.height() - DOT) / 2
            painter.drawEllipse(QRectF(rect.left() + MARGIN_X, dot_top, DOT, DOT))
        painter.setFont(font)
        painter.setPen(colour)
        width = rect.right() - MARGIN_X - left
        title = elided(metrics, summary.title, width)
        painter.drawText(QRect(left, top, width, metrics.height()), Qt.AlignmentFlag.AlignVCenter, title)
        return top + metrics.height() + LINE_GAP

    def _paint_details(
        self, painter: QPainter, option: QStyleOptionViewItem, summary: SourceSummary,
        muted: QColor, top: int,
    ) -> None:  # fmt: skip
        rect = option.rect
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 0.88)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        left = rect.left() + MARGIN_X + DOT + 7
        right = rect.right() - MARGIN_X
        height = metrics.height()
        painter.setPen(muted)
        for mark in reversed(row_marks(summary)):  # painted from the right edge leftwards
            mark_width = metrics.horizontalAdvance(mark)
            painter.drawText(QRect(right - mark_width, top, mark_width, height), 0, mark)
            right -= mark_width + 10
        # Room kept for the chip that counts every tag ("+2"): at the library's narrowest a
        # long outlet took the whole line and the row's tags were neither drawn nor counted.
        # The date comes first all the same: kept room cut "30. Okt. 2025" to "30. Okt. 2…"
        # on a row with no outlet to give way, and the year is what tells two autumns apart.
        count_chip = 10 + metrics.horizontalAdvance(f"+{len(summary.tags)}") + 2 * CHIP_PAD + CHIP_GAP
        when, room = display_date(summary), max(0, right - left)
        details = fitted_details(summary.ran_by, when, metrics, max(0, room - (count_chip if summary.tags else 0)))
        if when not in details:
            details = fitted_details(summary.ran_by, when, metrics, room)
        painter.setPen(muted)
        painter.drawText(QRect(left, top, right - left, height), Qt.AlignmentFlag.AlignVCenter, details)
        x = left + metrics.horizontalAdvance(details) + 10
        self._paint_chips(painter, option, summary.tags, metrics, x, right, top)

    def _paint_chips(
        self, painter: QPainter, option: QStyleOptionViewItem, tags: tuple[str, ...],
        metrics: QFontMetrics, x: int, right: int, top: int,
    ) -> None:  # fmt: skip
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fill = QColor(option.palette.color(QPalette.ColorRole.Link))
        fill.setAlphaF(0.30 if selected else 0.13)
        text = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        labels, pad = chip_labels(tags, lambda t: metrics.horizontalAdvance(t) + 2 * CHIP_PAD + CHIP_GAP, right - x), CHIP_PAD
        if tags and not labels:  # no room for "+2" as a chip: a tighter one where that fits
            labels, pad = [f"+{len(tags)}"], COMPACT_PAD
            if x + metrics.horizontalAdvance(labels[0]) + 2 * pad > right:
                return  # the row's tooltip names them
        for label in labels:
            width = metrics.horizontalAdvance(label) + 2 * pad
            chip = QRectF(x, top, width, metrics.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, metrics.height() / 2, metrics.height() / 2)
            painter.setPen(text)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
            x += width + CHIP_GAP


def fitted_details(outlet: str | None, when: str, metrics: QFontMetrics, room: int) -> str:
    """ "outlet · date" in `room` px: a long outlet is cut first ("F.A.Z. - Frankf… · 28. Okt.
    2025"), the date kept whole while the outlet keeps a few letters; else the line is cut at
    its end. Cut at the end alone, "F.A.Z. - Frankfurter Allgemeine Zeitung" left no date."""
    line = " · ".join(x for x in (outlet, when) if x)
    if metrics.horizontalAdvance(line) <= room or not outlet or not when:
        return elided(metrics, line, room)
    date_part = " · " + when
    outlet_room = room - metrics.horizontalAdvance(date_part)
    if outlet_room >= metrics.horizontalAdvance(outlet[:4] + "…"):
        return elided(metrics, outlet, outlet_room) + date_part
    if metrics.horizontalAdvance(when) <= room:  # only one fits: the date, whole ("DWN · 28. Okt. 2…")
        return when
    return elided(metrics, line, room)


def chip_labels(tags: Sequence[str], width_of: Callable[[str], int], room: int) -> list[str]:
    """The chips a row's `room` px take, left to right: the tags that fit whole (at most
    MAX_CHIPS), then "+2" for those left out. A tag that did not fit used to be left out
    without a sign: "Zugfahrt Dezember" showed on rows with a short date and on none with an
    outlet, so the import seemed to have tagged only some of its sources."""
    labels: list[str] = []
    used = 0
    for i, tag in enumerate(tags[:MAX_CHIPS]):
        after = len(tags) - i - 1
        if used + width_of(tag) + (width_of(f"+{after}") if after else 0) > room:
            break
        labels.append(tag)
        used += width_of(tag)
    left_out = len(tags) - len(labels)
    if left_out and used + width_of(f"+{left_out}") <= room:
        labels.append(f"+{left_out}")
    return labels


class _SourceList(QTableView):
    """A one-column table that moves like a list: Home and End go to the first and last
    source, as in every list a user knows (a table's Home and End go to the first and last
    column of the row, which in one column goes nowhere).

    J and K are next / previous source (the Go menu's keys), but inside a title being typed
    they are its letters: "black" went to the source before "Black Friday …", the K taking it
    back a row, and "proj" past "Projekt …". A J or K typed within Qt's pause after another
    letter goes on with the title; typed first, or after the pause, it moves as before."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._typed_at: float | None = None  # when a letter last went to the title search

    def keyboardSearch(self, search: str) -> None:  # noqa: N802  (Qt's name)
        # Timed before the search, as Qt times its own pause: taken after it (the source it
        # found opened, slow on a busy machine), a J past Qt's pause was kept as a letter
        # that Qt began a new title with, and the list went nowhere instead of a row on.
        self._typed_at = time.monotonic()
        super().keyboardSearch(search)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._within_a_title(event):  # fmt: skip
            event.accept()  # the key comes to the list as a letter, not to the Go menu's action
            return True
        return super().event(event)

    def _within_a_title(self, event: QKeyEvent) -> bool:
        pause = QApplication.keyboardInputInterval() / 1000
        return (event.key() in (Qt.Key.Key_J, Qt.Key.Key_K) and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and self._typed_at is not None and time.monotonic() - self._typed_at < pause)  # fmt: skip

    def moveCursor(  # noqa: N802  (Qt's name)
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier  # noqa: N803
    ) -> QModelIndex:
        if cursorAction in (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd):
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(cursorAction, modifiers)


def source_list_view(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    """The library list's view of `model`, its rows painted by `SourceDelegate`."""
    # A one-column table, not a QListView: with fixed row heights its layout is O(1),
    # where a list view walks every row (300 ms at 100,000 sources) on each reset.
    view = _SourceList(parent)
    view.setObjectName("sourceList")
    view.setAccessibleName(QCoreApplication.translate("LibraryPane", "Sources"))
    view.setModel(model)
    delegate = SourceDelegate(view)
    view.setItemDelegate(delegate)
    for header in (view.horizontalHeader(), view.verticalHeader()):
        header.hide()
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(delegate.row_height(view.font()))
    view.horizontalHeader().setStretchLastSection(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setMouseTracking(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view

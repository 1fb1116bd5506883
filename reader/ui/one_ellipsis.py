"""Shortening a title with one "…", never two.

Qt's `elidedText`, and the window's own cuts to a number of characters, put "…" after whatever
they keep. Titles often hold an ellipsis of their own ("Was kommt nach Merz… und wer zahlt",
"Streit um Rente..."): cut right after it, a row read "Was kommt nach Merz……" or "Rente...…".
Every shortening of a title, name or quote in the window goes through here, and an ellipsis
the text had beside the one put in is folded into it. A text that fits is left exactly as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

ELLIPSIS = "…"
# An ellipsis ("…", or two or more dots) next to another, spaces between them allowed.
_DOUBLED = re.compile(r"(?:\.{2,}|…)[ \u00a0]*…|…[ \u00a0]*(?:\.{2,}|…)")


def one_ellipsis(cut: str) -> str:
    """`cut`, a text shortened with "…", with an ellipsis of the text's own beside it folded in."""
    while (folded := _DOUBLED.sub(ELLIPSIS, cut)) != cut:
        cut = folded
    return cut


def elided(metrics: QFontMetrics | QFontMetricsF, text: str, width: float,
           mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> str:  # fmt: skip
    """`text` shortened to `width` px as `QFontMetrics.elidedText` does, with one "…"."""
    if isinstance(metrics, QFontMetricsF):
        cut = metrics.elidedText(text, mode, max(0.0, width))
    else:
        cut = metrics.elidedText(text, mode, max(0, int(width)))
    return cut if cut == text else one_ellipsis(cut)


def cut_to(text: str, longest: int) -> str:
    """`text` cut to `longest` characters, the last one "…" (trailing spaces dropped before it)."""
    if len(text) <= longest:
        return text
    return one_ellipsis(text[: longest - 1].rstrip() + ELLIPSIS)


class OneEllipsisCells(QStyledItemDelegate):
    """Table cells that shorten their text on one line through `elided`, where Qt's own eliding
    doubled a title's ellipsis. `mode` is where the cut goes; a text that wraps or holds a line
    break is left to the style."""

    def __init__(self, parent: object | None = None, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # a QObject; views and dialogs pass themselves
        self.mode = mode

    def shown_text(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> str:
        """The cell's text as painted: shortened to the room the style gives it, one "…"."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        return self._shown_text(item)

    def _shown_text(self, item: QStyleOptionViewItem) -> str:
        """`shown_text` of a cell whose style option (`item`) is filled in already."""
        widget = item.widget
        style = widget.style() if widget is not None else None
        wraps = bool(item.features & QStyleOptionViewItem.ViewItemFeature.WrapText) or "\n" in item.text
        if style is None or wraps or not item.text:
            return item.text
        # The style keeps its focus frame's margin and a pixel free each side of the text.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget).width() - 2 * margin
        return elided(item.fontMetrics, item.text, room, self.mode)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)  # once a cell painted: `_shown_text` measures this one
        shown = self._shown_text(item)
        widget = item.widget
        if widget is None or shown == item.text:
            super().paint(painter, option, index)  # whole, or left to the style (wrapping text)
            return
        item.text = shown
        item.textElideMode = Qt.TextElideMode.ElideNone
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)

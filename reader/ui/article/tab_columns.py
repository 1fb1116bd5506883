"""Tables copied as tab-separated lines, set in columns.

A browser copies a table as one line per row with a tab between cells, and the importer keeps
the lines as they are (the text is what highlights are measured on). Qt set each tab at the
next multiple of its default stop, so a cell wider than one stop pushed the rest of its row a
column to the right: a BAFA press release's "Ottokraftstoff  15,02 Mio. t  15,12 Mio. t  0,7 %"
stood under the wrong headings, row after row. Here each run of tabbed lines (the blank lines
between blocks do not end it) gets tab stops from its widest cell per column, measured in the
reading font. A run too wide for the reading column closes up its gaps (down to a space), then
is set smaller (down to SMALLEST_SCALE of the reading font): with even shares a NASCAR standings
table copied from autoracing.com.br had every driver's name push his points under "Vitórias",
and at 1024 px each row broke over two lines. Only a run that fits at no size shares the
column evenly. Only the formats change: the text, and so every offset, stays as it was.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

GAP_TEXT = "mmm"  # the space between two columns, in the reading font
SMALLEST_SCALE = 0.75  # a wide table is set no smaller than this share of the reading font


def align_tab_columns(document: QTextDocument, font: QFont, width: float) -> None:
    """Set tab stops on every run of tab-separated lines in `document` (`width`: the column)."""
    run: list[QTextBlock] = []
    block = document.begin()
    while block.isValid():
        text = block.text()
        if "\t" in text:
            run.append(block)
        elif text.strip():
            _align(run, font, width)
            run = []
        block = block.next()
    _align(run, font, width)


def tab_stops(rows: list[list[str]], font: QFont, width: float) -> list[float]:
    """Where each column after the first starts: after the widest cell of the column before
    and a gap (GAP_TEXT, less in a tight column but at least a space), or, too wide for `width`
    even so, at even shares of it."""
    metrics = QFontMetricsF(font)
    widest = _widest(rows, metrics)
    columns = len(widest)
    spare = width - sum(widest)
    narrowest_gap = metrics.horizontalAdvance(" ")
    if columns > 1 and spare < narrowest_gap * (columns - 1):
        return [width * number / columns for number in range(1, columns)]
    gap = min(metrics.horizontalAdvance(GAP_TEXT), spare / (columns - 1)) if columns > 1 else 0.0
    stops, position = [], 0.0
    for number in range(columns - 1):
        position += widest[number] + gap
        stops.append(position)
    return stops


def table_font(rows: list[list[str]], font: QFont, width: float) -> QFont:
    """The font a run is set in: `font`, or as much smaller (not below SMALLEST_SCALE) as its
    columns need to fit `width` a space apart; `font` when they fit at no size."""
    metrics = QFontMetricsF(font)
    widest = _widest(rows, metrics)
    needed = sum(widest) + metrics.horizontalAdvance(" ") * (len(widest) - 1)
    scale = 1.0 if needed <= width else width / needed * 0.98  # metrics are not quite linear
    if scale < SMALLEST_SCALE:
        scale = 1.0
    smaller = QFont(font)
    smaller.setPointSizeF(font.pointSizeF() * scale)
    return smaller


def _widest(rows: list[list[str]], metrics: QFontMetricsF) -> list[float]:
    """Each column's widest cell. The columns are those of the run's usual row: a copy that
    glued two rows into one line must not add columns."""
    columns = Counter(len(cells) for cells in rows).most_common(1)[0][0]
    widest = [0.0] * columns
    for cells in rows:
        if len(cells) == columns:
            for number, cell in enumerate(cells):
                widest[number] = max(widest[number], metrics.horizontalAdvance(cell.strip()))
    return widest


def _align(run: list[QTextBlock], font: QFont, width: float) -> None:
    if not run:
        return
    rows = [block.text().split("\t") for block in run]
    run_font = table_font(rows, font, width)
    stops = tab_stops(rows, run_font, width)
    tabs = [QTextOption.Tab(stop, QTextOption.TabType.LeftTab) for stop in stops]
    size = QTextCharFormat()
    size.setFontPointSize(run_font.pointSizeF())
    for block in run:
        block_format = block.blockFormat()
        if [tab.position for tab in block_format.tabPositions()] == stops and _size(block) == run_font.pointSizeF():
            continue  # laid out already at this width: no needless relayout on every resize
        block_format.setTabPositions(tabs)
        cursor = QTextCursor(block)
        cursor.setBlockFormat(block_format)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(size)


def _size(block: QTextBlock) -> float:
    """The point size a row's text is set in (0: the document's default)."""
    fragment = block.begin().fragment()
    return fragment.charFormat().fontPointSize() if fragment.isValid() else 0.0

"""Tables copied as tab-separated lines, set in columns.

A browser copies a table as one line per row with a tab between cells, and the importer keeps
the lines as they are (the text is what highlights are measured on). Qt set each tab at the
next multiple of its default stop, so a cell wider than one stop pushed the rest of its row a
column to the right: a BAFA press release's "Ottokraftstoff  15,02 Mio. t  15,12 Mio. t  0,7 %"
stood under the wrong headings, row after row. Here each run of tabbed lines (the blank lines
between blocks do not end it) gets tab stops from its widest cell per column, measured in the
reading font; a run whose columns do not fit the reading column shares it evenly instead.
Only the block formats change: the text, and so every offset, stays as it was.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QFont, QFontMetricsF, QTextBlock, QTextCursor, QTextDocument, QTextOption

GAP_TEXT = "mmm"  # the space between two columns, in the reading font


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
    and a gap, or (too wide for `width`) at even shares of it. The columns are those of most
    rows."""
    metrics = QFontMetricsF(font)
    # The run's usual row: a copy that glued two rows into one line must not add columns.
    columns = Counter(len(cells) for cells in rows).most_common(1)[0][0]
    widest = [0.0] * columns
    for cells in rows:
        if len(cells) == columns:
            for number, cell in enumerate(cells):
                widest[number] = max(widest[number], metrics.horizontalAdvance(cell.strip()))
    gap = metrics.horizontalAdvance(GAP_TEXT)
    stops, position = [], 0.0
    for number in range(columns - 1):
        position += widest[number] + gap
        stops.append(position)
    if position + widest[-1] > width:
        stops = [width * number / columns for number in range(1, columns)]
    return stops


def _align(run: list[QTextBlock], font: QFont, width: float) -> None:
    if not run:
        return
    stops = tab_stops([block.text().split("\t") for block in run], font, width)
    tabs = [QTextOption.Tab(stop, QTextOption.TabType.LeftTab) for stop in stops]
    for block in run:
        block_format = block.blockFormat()
        if [tab.position for tab in block_format.tabPositions()] == stops:
            continue  # laid out already at this width: no needless relayout on every resize
        block_format.setTabPositions(tabs)
        QTextCursor(block).setBlockFormat(block_format)

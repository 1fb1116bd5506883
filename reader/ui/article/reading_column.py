"""The reading column: the article's typeface at the reader's zoom, set in a centred column of
about 70 characters, with room above it for the header.

Typography, not text: the view (`reading_view`) knows which span is selected and which
highlight is where; how wide a line is, how far the column sits from the window's edges and how
much space the header takes above the first paragraph are decided here, from the font and the
viewport's width alone, each time the width, the zoom or the source changes.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QTextEdit, QWidget

READING_FAMILIES = ["Charter", "Georgia", "Iowan Old Style", "Source Serif 4", "Noto Serif",
                    "DejaVu Serif", "serif"]  # fmt: skip
BASE_POINT_SIZE = 12.5
ZOOM_FACTOR = 1.1
ZOOM_RANGE = (-5, 10)
LINE_CHARS = 70
SIDE_MIN, TOP_PAD, HEADER_GAP, BOTTOM_PAD = 24, 36, 28, 64


def reading_font(zoom: int) -> QFont:
    font = QFont()
    font.setFamilies(READING_FAMILIES)
    font.setPointSizeF(BASE_POINT_SIZE * ZOOM_FACTOR**zoom)
    return font


def column_width(view: QTextEdit) -> int:
    """About LINE_CHARS characters of the document's font, narrower when the view is."""
    metrics = QFontMetricsF(view.document().defaultFont())
    average = metrics.horizontalAdvance("abcdefghijklmnopqrstuvwxyz") / 26
    available = view.viewport().width() - 2 * SIDE_MIN
    return max(120, int(min(available, average * LINE_CHARS)))


def lay_out_column(view: QTextEdit, header: QWidget, with_header: bool) -> tuple[int, int]:
    """Centre the column in `view` and make room above it for `header` (sized to the column
    `with_header`); the column's width and its side margin, where the header goes."""
    column = column_width(view)
    side = max(SIDE_MIN, (view.viewport().width() - column) // 2)
    header_height = 0
    if with_header:
        header.setFixedWidth(column)
        layout = header.layout()
        assert layout is not None  # ArticleHeader lays itself out when it is made
        header_height = layout.totalHeightForWidth(column)
        header.setFixedHeight(header_height)
    frame = view.document().rootFrame()
    frame_format = frame.frameFormat()
    frame_format.setLeftMargin(side)
    frame_format.setRightMargin(side)
    frame_format.setTopMargin(TOP_PAD + header_height + HEADER_GAP)
    frame_format.setBottomMargin(BOTTOM_PAD)
    frame.setFrameFormat(frame_format)
    return column, side

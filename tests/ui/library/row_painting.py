"""Painting one library row into an image and reading back the texts drawn (the delegates are
Python, so they call the painter's drawText)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from reader.core.models import SourceSummary
from reader.ui.library.source_delegate import SourceDelegate
from reader.ui.library.source_model import StoryRole, SummaryRole
from reader.ui.stories.story_rows import StoryMark


class TextRecorder(QPainter):
    """A painter that keeps the texts it is asked to draw."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args) -> None:  # noqa: N802  (Qt's name)
        self.texts.extend(a for a in args if isinstance(a, str))
        super().drawText(*args)


def paint_row(
    summary: SourceSummary, image: QImage, painter_type: type[QPainter] = QPainter, *,
    delegate: QStyledItemDelegate | None = None, story: StoryMark | None = None,
) -> QPainter:  # fmt: skip
    """Paint `summary` as one library row as large as `image`, on white, with a painter of
    `painter_type` and `delegate` (a SourceDelegate unless said); `story` its story's mark.
    Returns the ended painter."""
    model = QStandardItemModel()
    item = QStandardItem()
    item.setData(summary, SummaryRole)
    if story is not None:
        item.setData(story, StoryRole)
    model.appendRow(item)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, image.width(), image.height())
    painter = painter_type(image)
    (delegate or SourceDelegate()).paint(painter, option, model.index(0, 0))
    painter.end()
    return painter


def drawn_texts(
    summary: SourceSummary, width: int, *, delegate: QStyledItemDelegate | None = None,
    story: StoryMark | None = None,
) -> list[str]:  # fmt: skip
    """The texts drawn painting `summary` as a row `width` px wide and 60 high."""
    image = QImage(width, 60, QImage.Format.Format_ARGB32)
    painter = paint_row(summary, image, TextRecorder, delegate=delegate, story=story)
    assert isinstance(painter, TextRecorder)
    return painter.texts

"""What is under a point of the reading view: the character, as an offset in the document's
code points or in the reading text.

Qt's hit test answers in UTF-16 positions, and for the character boundary nearest the point,
so a click on a character's right half named the character after it. Here the answer is the
character the point is on, through the view's `TextMap`: a code-point offset in the document
(which holds set-aside blocks and captions too), or one in the reading text, None where the
point is on no text or on text the reading text does not hold. The view's `block_at` and
`highlight_at` stand on these.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

from reader.ui.article.document import TextMap


def document_offset_at(view: QTextEdit, text_map: TextMap | None, point: QPoint, *, exact: bool = True) -> int | None:
    """The document offset (code points) of the character under `point` (viewport)."""
    if text_map is None:
        return None
    content = QPointF(point) + QPointF(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    accuracy = Qt.HitTestAccuracy.ExactHit if exact else Qt.HitTestAccuracy.FuzzyHit
    position = view.document().documentLayout().hitTest(content, accuracy)
    if position < 0:
        return None
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    if point.x() < view.cursorRect(cursor).x() and position > 0:
        position -= 1  # the click fell on the right half of the character before
    return text_map.utf16.to_python(position)


def reading_offset_at(view: QTextEdit, text_map: TextMap | None, point: QPoint) -> int | None:
    """The reading-text offset of the character under `point`, or None."""
    offset = document_offset_at(view, text_map, point)
    return None if offset is None or text_map is None else text_map.to_reading(offset)

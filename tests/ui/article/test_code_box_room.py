"""A code box has room inside above and below its lines, and the usual space around it.

Seen in the German window (session 34): the box's last line touched its bottom edge, its first
the top, and the paragraph after started close under it. The room is the blank line between the
blocks, tinted: no character is added, so the text (and every highlight's offsets) is the same.
Measured here in the painted pixels of the document.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTextBlock, QTextDocument

from reader.core.ingest import Block, BlockKind, reading_text
from reader.ui.article.document import build_document
from reader.ui.theme import theme

BLOCKS = (
    Block(BlockKind.PARAGRAPH, "Die Einstellung steht in der Konfigurationsdatei des Dienstes:"),
    Block(BlockKind.CODE, "logrotate:\n  taeglich: true\n  behalten: 14", syntax="yaml"),
    Block(BlockKind.PARAGRAPH, "Ohne Sprachangabe, eingerückt geschrieben:"),
)


def _block(document: QTextDocument, text: str) -> QTextBlock:
    block = document.begin()
    while block.text() != text:
        block = block.next()
    return block


def _rect(document: QTextDocument, text: str) -> QRectF:
    """Where the block's line stands (its layout's lines, without the block's margins)."""
    block = _block(document, text)
    layout = block.layout()
    line = layout.lineAt(0)
    return QRectF(layout.position().x(), layout.position().y() + line.y(), line.width(), line.height())


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_code_box_has_room_inside_and_the_paragraphs_space_around_it(name: str) -> None:
    document = QTextDocument()
    document.setTextWidth(600)
    build_document(document, BLOCKS, theme(name), original=False)
    assert document.toPlainText() == reading_text(BLOCKS)  # nothing added to the text
    size = document.documentLayout().documentSize()
    image = QImage(int(size.width()) + 1, int(size.height()) + 1, QImage.Format.Format_RGB32)
    image.fill(QColor(theme(name).page))
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    tint = QColor(theme(name).aside).rgb()
    first, last = _rect(document, "logrotate:"), _rect(document, "  behalten: 14")
    x = int(first.x() + 300)  # right of the words: the box's ground
    tinted = [y for y in range(image.height()) if image.pixel(x, y) == tint]
    box_top, box_bottom = min(tinted), max(tinted)
    assert tinted == list(range(box_top, box_bottom + 1))  # one box
    assert first.top() - box_top >= 6  # room above the first line …
    assert box_bottom - last.bottom() >= 6  # … and below the last, inside the box
    before, after = _rect(document, BLOCKS[0].text), _rect(document, BLOCKS[2].text)
    line = after.height()
    assert box_top - before.bottom() >= 0.4 * line  # the paragraph's space before the box
    assert after.top() - box_bottom >= 0.8 * line  # and after it, a line's leading and the blank line

"""Where the reader is, kept as a block across Show original (Ctrl+U) and back.

A copied page can hold ~150 menu lines before the article. Keeping the scroll bar's fraction
across the switch opened the original near its top, among the menus, and the reader scrolled a
long way to find the article (and coming back, a fraction of the longer page landed far into
the article). A block is what both layouts share, so the place is the block at the top of the
view: the original opens with that block at its top, the article's first kept block when the
reader was at the article's top.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QTextEdit

from reader.ui.article.document import ShownBlock, TextMap


def top_block(view: QTextEdit, text_map: TextMap | None) -> int | None:
    """The index in Source.blocks of the first shown block not wholly above the view's top
    (at the page's top, the first block shown); None with nothing shown."""
    if text_map is None or not text_map.shown:
        return None
    top = view.verticalScrollBar().value()
    for shown in text_map.shown:
        if _bounds(view, text_map, shown).bottom() > top:
            return shown.index
    return text_map.shown[-1].index


def block_to_top(view: QTextEdit, text_map: TextMap | None, index: int) -> None:
    """Scroll so block `index` is at the view's top; when it is not shown (a set-aside block,
    back in the reading view) the next block shown, else the last. The first block shown goes
    to the page's top instead, so the title above it stays whole."""
    if text_map is None or not text_map.shown:
        return
    shown = next((s for s in text_map.shown if s.index >= index), text_map.shown[-1])
    bar = view.verticalScrollBar()
    bar.setValue(0 if shown is text_map.shown[0] else round(_bounds(view, text_map, shown).top()))


def _bounds(view: QTextEdit, text_map: TextMap, shown: ShownBlock) -> QRectF:
    """The block's laid-out rectangle in page coordinates (a block's text is one paragraph,
    a list item's too; its last paragraph's bottom counts, should it hold line breaks)."""
    document, layout = view.document(), view.document().documentLayout()
    first = document.findBlock(text_map.utf16.to_qt(shown.doc_start))
    last = document.findBlock(text_map.utf16.to_qt(shown.doc_end))
    top, bottom = layout.blockBoundingRect(first), layout.blockBoundingRect(last)
    return QRectF(top.left(), top.top(), top.width(), bottom.bottom() - top.top())

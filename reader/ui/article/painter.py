"""Painting highlight spans onto the article document as presentation-only formats.

A QSyntaxHighlighter layer, not char formats merged into the text (they would have to be
un-merged, and would enter the document's undo history) and not QTextEdit extra selections (one
cursor object per span, all re-applied on any change; here a change re-formats only the blocks
it touches). Spans come in paint order; where two overlap, the later (shorter) one is on top.
"""

from __future__ import annotations

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

Span = tuple[int, int, QTextCharFormat]  # Qt positions start, end, and the look


class HighlightPainter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._by_block: dict[int, list[Span]] = {}

    @property
    def spans(self) -> list[tuple[int, int]]:
        """The painted spans (Qt positions), each once, in paint order."""
        seen: dict[tuple[int, int], None] = {}
        for spans in self._by_block.values():
            for start, end, _format in spans:
                seen[(start, end)] = None
        return list(seen)

    def forget(self) -> None:
        """Drop all spans without repainting: the document is about to be rebuilt."""
        self._by_block = {}

    def set_spans(self, spans: list[Span]) -> None:
        """Paint `spans` instead of the current ones, re-formatting only the blocks touched."""
        before = set(self._by_block)
        self._by_block = self._index(spans)
        document = self.document()
        for number in sorted(before | set(self._by_block)):
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def _index(self, spans: list[Span]) -> dict[int, list[Span]]:
        by_block: dict[int, list[Span]] = {}
        document = self.document()
        for span in spans:
            block = document.findBlock(span[0])
            while block.isValid() and block.position() < span[1]:
                by_block.setdefault(block.blockNumber(), []).append(span)
                block = block.next()
        return by_block

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        spans = self._by_block.get(block.blockNumber())
        if not spans:
            return
        position, length = block.position(), block.length() - 1
        for start, end, char_format in spans:
            low, high = max(start, position), min(end, position + length)
            if low < high:
                self.setFormat(low - position, high - low, char_format)

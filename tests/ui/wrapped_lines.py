"""The lines a word-wrapping label shows its text in, laid out at its width and in its font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel


def laid_out(text: str, font: QFont, width: int) -> list[str]:
    """`text` as a word-wrapping label of `width` px lays it out, line by line."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def wrapped_lines(label: QLabel) -> list[str]:
    """`label`'s text as the label wraps it, line by line (each stripped)."""
    width = label.contentsRect().width()
    return [line.strip() for paragraph in label.text().split("\n") for line in laid_out(paragraph, label.font(), width)]

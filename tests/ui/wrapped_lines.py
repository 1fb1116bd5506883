"""The lines a word-wrapping label shows its text in, laid out at its width and in its font."""

from __future__ import annotations

from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel


def wrapped_lines(label: QLabel) -> list[str]:
    """`label`'s text as the label wraps it, line by line (each stripped)."""
    out: list[str] = []
    for paragraph in label.text().split("\n"):
        layout = QTextLayout(paragraph, label.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(label.contentsRect().width())
            out.append(paragraph[line.textStart():line.textStart() + line.textLength()].strip())
        layout.endLayout()
    return out

"""The frame of a bar over a text editor: the conflict bar and the lost-text bar.

Both say something about the editor's text in a word-wrapped sentence over a row of buttons at
the right, in a panel with narrow margins, hidden until they have something to say. The notes
pane is narrow, hence the sentence over the buttons, not beside them; and the splitters the
editors sit in ask no height for width, so the sentence is made as high as its lines
(`fit_label`) whenever the bar's width or words change.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class EditorBar(QFrame):
    def __init__(self, name: str, what: str, parent: QWidget | None = None) -> None:
        """`name`: the object name the style sheet knows it by; `what`: its sentence. A
        subclass puts its buttons in `buttons` (after the stretch that keeps them right) and
        may add beside the sentence in `top`."""
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(what, self)
        self.label.setWordWrap(True)
        self.top = QHBoxLayout()
        self.top.addWidget(self.label, 1)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(self.top)
        layout.addLayout(self.buttons)
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        fit_label(self.label)


def fit_label(label: QLabel, width: int | None = None) -> None:
    """A word-wrapped label as high as its lines at its width (or `width`: the composer's
    editor measures its own, which its hint spans): the splitters these sit in ask for no
    height for width, and at 1024 × 700 in German a bar's second line was cut in half."""
    label.setMinimumHeight(0)  # else its own minimum is what heightForWidth gives back
    label.setMinimumHeight(max(0, label.heightForWidth(max(1, label.width() if width is None else width))))

"""The small bar that floats over a fresh selection: one colour swatch per highlight label.

It saves a trip to the keyboard or the context menu and, as importantly, shows a new user that
a selection can be highlighted at all (and which digit does it: each swatch says so).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from reader.core.labels import LABELS
from reader.ui.theme import Theme

# A swatch is a circle this many times the window font's line height across, its digit in that
# font: 24 px at the usual 9 pt as before, and larger with a larger window font (a desktop whose
# font size is set to 12 pt or more), where fixed 24 px swatches with 11 px digits were smaller
# than the text beside them. (Scaling — QT_SCALE_FACTOR, a font DPI, which Qt 6 turns into
# scaling — enlarges pixels and fonts alike, so it never needed this.)
SWATCH_LINES = 1.5
SWATCH_LEAST = 24


class SelectionToolbar(QFrame):
    label_chosen = Signal(str)  # label key

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._buttons: dict[str, QToolButton] = {}
        self._build_buttons()
        self.hide()

    def _build_buttons(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        for label in LABELS:
            button = QToolButton(self)
            button.setText(label.shortcut)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, key=label.key: self._choose(key))
            layout.addWidget(button)
            self._buttons[label.key] = button

    def _choose(self, key: str) -> None:
        self.hide()
        self.label_chosen.emit(key)

    def _swatch_side(self) -> int:
        return max(SWATCH_LEAST, math.ceil(self.fontMetrics().height() * SWATCH_LINES))

    def apply_style(self, theme: Theme, names: dict[str, str]) -> None:
        side = self._swatch_side()
        self.setStyleSheet(
            f"SelectionToolbar {{ background: {theme.page}; border: 1px solid {theme.muted};"
            " border-radius: 6px; }"
        )
        for label in LABELS:
            button = self._buttons[label.key]
            name = names.get(label.key) or label.default_name
            button.setToolTip(self.tr("Highlight as %1 (%2)").replace("%1", name).replace("%2", label.shortcut))
            button.setAccessibleName(self.tr("Highlight as %1").replace("%1", name))  # not "1"
            button.setFixedSize(side, side)
            button.setStyleSheet(
                f"QToolButton {{ background: {theme.labels[label.key]}; color: {theme.ink};"
                f" border: 1px solid {theme.aside}; border-radius: {side // 2}px; }}"
                f"QToolButton:hover {{ border: 1px solid {theme.ink}; }}"
            )

    def show_over(self, anchor: QRect) -> None:
        """Float just above `anchor` (the selection's first line), kept inside the parent."""
        self.adjustSize()
        parent = self.parentWidget()
        assert parent is not None  # made with the reading view's viewport as its parent
        x = min(max(4, anchor.left()), parent.width() - self.width() - 4)
        y = anchor.top() - self.height() - 6
        if y < 4:
            y = anchor.bottom() + 6
        self.move(x, y)
        self.show()
        self.raise_()

"""A combo box that shortens its shown choice with "…" when squeezed, instead of cutting it,
and a filter's list that may be squeezed at all.

Seen in the window: with the briefing composer docked the library pane narrows, its row shares
the width evenly between search and sort, and the sort box read "Newest pu" / "Zuletzt ers" —
a clipped word looks like a bug, an ellipsis reads as "there is more" (the full title is in
the open list and the tooltip).
"""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

from reader.ui.one_ellipsis import elided


class ElidingComboBox(QComboBox):
    def shown_text(self) -> str:
        """The current choice as painted: elided to the width the style gives its label."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)  # fmt: skip
        return elided(self.fontMetrics(), option.currentText, field.width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def narrow_combo(combo: QComboBox, characters: int = 6) -> None:
    """Let a filter's list narrow with the window: as wide as a few characters at the least,
    not as its longest entry (a long tag or author's name made the library table and All
    highlights 1150 px wide at the least, past a 1024 px screen's edge)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)

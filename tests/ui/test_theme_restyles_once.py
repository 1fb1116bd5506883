"""Choosing a theme restyles each widget as often as its stylesheet alone does: the window's
style is given once, not again at every theme (every widget restyled twice for nothing)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

from reader.ui.appearance import apply_theme, stylesheet


class StyleChanges(QObject):
    """Counts the style changes a widget is told of."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.StyleChange
        return False


def test_a_theme_restyles_a_widget_as_its_stylesheet_does(qapp, qtbot) -> None:
    apply_theme(qapp, "light")
    label = QLabel("Risk")
    qtbot.addWidget(label)
    label.show()
    changes = StyleChanges()
    label.installEventFilter(changes)
    qapp.setStyleSheet(stylesheet("dark"))
    by_the_sheet, changes.count = changes.count, 0
    apply_theme(qapp, "light")
    assert by_the_sheet > 0 and changes.count == by_the_sheet

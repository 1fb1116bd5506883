"""The story view's buttons under each report show their whole text in German too: in a narrow
column they go under each other instead of being squeezed.

Seen at 1366 × 768 with four reports: "us der Geschichte herausnehme" — the German "Take out of
story" cut at both ends in every column. Real window on the seeds (their first source opens
in a story of three), offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QPushButton


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_button_shows_its_whole_text(make_window, speak, language) -> None:
    speak(language)
    window = make_window()
    window.stories.show_story()
    view = window.stories._view
    view.resize(3 * 280 + 40, 600)  # each column at its narrowest
    QApplication.processEvents()
    columns = [view.columns.widget(i) for i in range(view.columns.count())]
    assert len(columns) >= 3
    for column in columns:
        buttons = column.findChildren(QPushButton)
        assert len(buttons) == 2
        for button in buttons:
            assert button.width() >= button.sizeHint().width(), f"{button.text()!r} squeezed"
            assert column.rect().contains(QRect(button.mapTo(column, QPoint(0, 0)), button.size())), button.text()

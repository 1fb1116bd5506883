"""The composer's hint over its editor is read whole, docked at 1024 × 700 in German.

Seen walking through the window (session 30): beside All highlights, and beside the article
too, the hint "Wählen Sie eine Überschrift oder einen Text zum Bearbeiten aus, …" took four
lines and got the height of three, its first and last lines cut in half (the editor's splitter
asks its pane for no height for the width). The label keeps the height of its lines, and
leaves "Drag items to reorder them." to the Move buttons above it, so a 540 px screen still fits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from reader.ui.briefing.add_menu import create_briefing
from tests.ui.settled import settle


def _whole(label) -> bool:
    lines = QFontMetrics(label.font()).boundingRect(QRect(0, 0, label.contentsRect().width(), 10_000),
                                                     int(Qt.TextFlag.TextWordWrap), label.text())  # fmt: skip
    return label.contentsRect().height() >= lines.height()


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_editor_hint_keeps_all_its_lines(make_window, qtbot, speak, themed, language) -> None:
    speak(language)
    themed("light")
    window = make_window()
    window.resize(1024, 652)  # 1024 × 700 less the desktop's frame and panel
    window.briefings.show(create_briefing(window.session, "Japan"))
    settle(qtbot, window)
    composer = window.briefings.dock.widget()
    label = composer.item_editor.label
    assert label.text().startswith(("Select", "Wählen"))
    assert _whole(label), (label.height(), label.text())
    window.modes.action.trigger()  # All highlights beside it: the dock narrower, the hint longer
    settle(qtbot, window)
    assert _whole(label), (label.height(), label.width())
    window.modes.action.trigger()
    speak("en")

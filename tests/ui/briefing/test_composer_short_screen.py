"""The composer on an 800 px screen leaves its editor room to write in (seen in the window,
session 12: at 1280 × 800 the editor of a text item was three lines high, the preview below it
twice that)."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

from tests.ui.settled import settle


def test_the_editor_shows_six_lines_in_a_window_on_an_800_px_screen(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1280, 775)  # an 800 px screen less its panel
    settle(qtbot, window)
    composer = window.briefings.composer()
    composer.create_briefing("Japan")
    window.briefings.show(composer.briefing_id)
    qtbot.waitUntil(lambda: window.briefings.dock.isVisible())
    settle(qtbot, window)
    assert composer.editor.height() >= 6 * composer.editor.fontMetrics().lineSpacing()
    items, _editor, preview = composer.findChild(QSplitter).sizes()
    assert preview >= 150 and items >= 200  # the items and the preview keep a useful size

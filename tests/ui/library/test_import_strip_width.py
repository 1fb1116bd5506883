"""The import's strip in the status bar ("Importing 12 of 40", a bar, Cancel) is as wide as its
words: the status bar gave it the room its message left, and on a laptop's 1366 pixels Cancel
grew to 246 pixels, the count floating in the middle of the rest."""

from __future__ import annotations

from tests.ui.settled import settle


def test_the_import_strip_keeps_to_its_words(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1366, 768)
    strip = window.import_progress
    strip.show()
    strip.label.setText("Importing 12 of 40")
    qtbot.waitUntil(lambda: strip.isVisible() and strip.width() > 0)
    settle(qtbot, window)
    cancel = strip.cancel_button
    assert cancel.width() <= cancel.sizeHint().width()
    assert strip.width() <= strip.sizeHint().width()
    assert strip.geometry().right() >= window.statusBar().width() - 40  # still at the right end

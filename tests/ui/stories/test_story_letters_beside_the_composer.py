"""The story window keeps its own Alt+letters while the briefing composer is docked.

Seen in session 25: with the composer docked, the keyboard going into it and back to the
article woke the letters of every report's Open in the story window (the main window's child),
so Alt+O there only hopped from Open to Open, never opening a report; while the keyboard was in
the composer, the story window had no letters at all. Only the buttons of the report the keyboard
is in carry Alt+O and Alt+T (README, "The keyboard loop"). Real window on the seeds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTextBrowser

from tests.ui.stories.test_story_rows import _seed_ids


def _lettered(view) -> list[int]:
    """The columns whose buttons have a letter."""
    return [i for i in range(view.columns.count())
            if any("&" in b.text() for b in view.columns.widget(i).findChildren(QPushButton))]  # fmt: skip


def test_alt_o_opens_the_report_after_the_keyboard_visited_the_composer(make_window, qtbot) -> None:
    window = make_window()
    ids = _seed_ids(window)
    window.resize(1920, 1000)
    window.briefings.show(window.session.store.briefings.create("Japan"))
    qtbot.waitUntil(lambda: window.briefings.dock.isVisible())
    window.library.select_source(ids["000"])
    window.stories.show_story()
    view = window.stories._view
    qtbot.waitExposed(view)
    second = view.columns.widget(1).findChild(QTextBrowser)
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    assert _lettered(view) == [1]
    window.activateWindow()
    window.briefings.composer().items_list.setFocus()
    qtbot.waitUntil(lambda: window.briefings.letters.in_dock)
    assert _lettered(view) == [1]
    window.article.view.setFocus()
    qtbot.waitUntil(lambda: not window.briefings.letters.in_dock)
    assert _lettered(view) == [1]
    view.activateWindow()
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    opened: list[int] = []
    view.open_requested.connect(opened.append)
    qtbot.keyClick(second, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: opened != [])  # Qt animates the click
    assert opened == [ids["001"]]  # the second report, oldest first: DWN's

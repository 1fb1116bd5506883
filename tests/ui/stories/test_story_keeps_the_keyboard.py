"""Take out of story by keyboard leaves the keyboard in the story window, on the column that took
the old one's place, and Ctrl+Z there puts the report back with the keyboard still in a column.

Seen tabbing to a report's "Take out of story" and pressing Space: the columns were rebuilt and
the focus was on nothing (QApplication.focusWidget() None), so the next Tab started over from
the window's first control. Real window on the seeds."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QTextBrowser

from tests.ui.stories.test_story_rows import _seed_ids


def _column_of_focus(view) -> int | None:
    focused = QApplication.focusWidget()
    for i in range(view.columns.count()):
        if focused is not None and view.columns.widget(i).isAncestorOf(focused):
            return i
    return None


def test_the_keyboard_stays_in_the_story_after_take_out_and_undo(make_window, qtbot) -> None:
    window = make_window()
    ids = _seed_ids(window)
    window.library.select_source(ids["000"])
    window.stories.show_story()
    view = window.stories._view
    qtbot.waitExposed(view)
    view.activateWindow()
    second = view.columns.widget(1)
    take_out = [b for b in second.findChildren(QPushButton) if b.text().replace("&", "") == "Take out of story"][0]
    take_out.setFocus()
    qtbot.waitUntil(take_out.hasFocus)
    take_out.click()  # as Space on it does
    assert view.columns.count() == 2
    assert _column_of_focus(view) == 1
    assert isinstance(QApplication.focusWidget(), QTextBrowser)
    window.session.undo_stack.undo()
    assert view.columns.count() == 3
    assert _column_of_focus(view) == 1

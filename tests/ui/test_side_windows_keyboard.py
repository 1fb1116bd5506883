"""The timeline and story windows and the keyboard (seen in the window, session 12).

A source opened from the timeline came up in the main window with the keys still going to its
search box, where `J` typed a letter and changed the timeline's scope; closing the story window
left no window active; `Ctrl+Z` after *Take out of story* did nothing in the story window; and
*Open* on a report the library's search did not list opened nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton


def _seed_ids(window) -> dict[str, int]:
    return {s.file_name[:3]: s.id for s in window.session.store.sources.list()}


def _active(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)


def test_a_source_opened_from_the_timeline_is_read_with_the_keyboard(make_window, qtbot) -> None:
    window = make_window()
    ids = _seed_ids(window)
    _active(qtbot, window)
    window.library.search_box.setFocus()  # where the user last typed
    window.timeline.action.trigger()
    canvas = window.timeline.window.canvas
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.timeline.window, timeout=2000)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # the first mark in time: 003, 22 Jan 2022
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert window.open_source_id == ids["003"]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    assert QApplication.focusWidget() is window.article.view  # J, 1–5, Alt+Down work at once
    assert window.library.search_box.text() == ""
    window.timeline.window.close()


def test_closing_the_story_window_hands_the_keyboard_back(make_window, qtbot) -> None:
    window = make_window()
    ids = _seed_ids(window)
    window.library.select_source(ids["000"])
    _active(qtbot, window)
    window.article.view.setFocus()
    window.stories.show_action.trigger()
    story = window.stories._view
    qtbot.waitUntil(lambda: QApplication.activeWindow() is story, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not story.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    assert QApplication.focusWidget() is window.article.view


def test_undo_works_in_the_story_window(make_window, qtbot) -> None:
    window = make_window()
    ids = _seed_ids(window)
    store = window.session.store
    window.library.select_source(ids["000"])
    window.stories.show_action.trigger()
    story = window.stories._view
    qtbot.waitUntil(lambda: QApplication.activeWindow() is story, timeout=2000)
    take_out = [b for b in story.findChildren(QPushButton) if b.text().replace("&", "") == "Take out of story"]
    assert len(take_out) == 3
    take_out[-1].click()
    assert len(store.stories.story_of(list(ids.values()))) == 2
    qtbot.keyClick(story, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(store.stories.story_of(list(ids.values()))) == 3  # back in its story
    assert story.columns.count() == 3  # and in the window


def test_open_in_the_story_window_opens_a_report_the_library_does_not_list(make_window, qtbot) -> None:
    window = make_window()
    ids = _seed_ids(window)
    window.library.select_source(ids["000"])
    window.stories.show_action.trigger()
    story = window.stories._view
    title = window.session.store.sources.get(ids["004"]).title
    column = next(story.columns.widget(i) for i in range(story.columns.count())
                  if title in story.columns.widget(i).findChild(QLabel).text())  # fmt: skip
    store = window.session.store
    window.session.apply(lambda: store.tags.add([ids["002"]], "Archiv"))
    tags = window.library.tag_model
    window.library.tag_view.setCurrentIndex(tags.index(tags.row_of("Archiv")))  # lists 002 alone
    assert ids["004"] not in window.library.model.ids()
    next(b for b in column.findChildren(QPushButton) if b.text().replace("&", "") == "Open").click()
    assert window.open_source_id == ids["004"]
    story.close()

"""The timeline and the story view open over the middle of the main window, inside the screen,
and stay where the user moved them when shown again.

Seen in the window at 1366 × 768: the timeline opened in the screen's top-left corner, over the
library, while every dialog opens centred over the window it belongs to."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


def _centre_gap(window, main) -> int:
    return (window.frameGeometry().center() - main.frameGeometry().center()).manhattanLength()


def _pushed(window, main, area) -> int:
    """How far the screen's edges, and the main window's title bar it leaves free, push `window`
    off the main window's centre."""
    wanted = window.frameGeometry()
    wanted.moveCenter(main.frameGeometry().center())
    return (max(0, area.left() - wanted.left()) + max(0, wanted.right() - area.right())
            + max(0, area.top() - wanted.top(), main.geometry().top() - wanted.top())
            + max(0, wanted.bottom() - area.bottom()))


def test_the_timeline_opens_over_the_main_window_and_stays_where_moved(make_window) -> None:
    main = make_window()
    area = main.screen().availableGeometry()
    main.setGeometry(area.left() + 150, area.top() + 100, 900, 600)
    QApplication.processEvents()
    main.timeline.show()
    timeline = main.timeline.window
    QApplication.processEvents()
    assert area.contains(timeline.frameGeometry())
    assert _centre_gap(timeline, main) <= _pushed(timeline, main, area) + 2
    timeline.move(area.left() + 10, area.top() + 20)
    timeline.close()
    main.timeline.show()
    QApplication.processEvents()
    assert timeline.pos().x() == area.left() + 10 and timeline.pos().y() == area.top() + 20


def test_the_story_view_opens_over_the_main_window(make_window) -> None:
    main = make_window()
    area = main.screen().availableGeometry()
    main.setGeometry(area.left() + 150, area.top() + 100, 900, 600)
    QApplication.processEvents()
    main.stories.show_story()  # the seeds' first source is in a story
    view = main.stories._view
    QApplication.processEvents()
    assert view is not None and view.isVisible()
    assert area.contains(view.frameGeometry().topLeft())  # (wider than the test's 800 px screen)
    assert _centre_gap(view, main) <= _pushed(view, main, area) + 2


@pytest.mark.parametrize("below", [40, 250])
def test_the_timeline_leaves_the_main_windows_title_bar_free(make_window, below) -> None:
    """Seen at 1024 × 700: the timeline, nearly as tall as the screen, centred over the main
    window covered its title bar. It opens below the bar, inside the screen's free area — shorter
    when the area leaves it less room there (`below` 250: 550 px of an 800 px test screen)."""
    main = make_window()
    area = main.screen().availableGeometry()
    main.setGeometry(area.left(), area.top() + below, area.width(), 400)  # its title bar above `below`
    QApplication.processEvents()
    main.timeline.show()
    timeline = main.timeline.window
    QApplication.processEvents()
    assert area.contains(timeline.frameGeometry())
    assert timeline.frameGeometry().top() >= main.geometry().top()
    if below == 250:  # 550 px left under the bar: the timeline (620 px) takes them all, no more
        assert timeline.frameGeometry().bottom() == area.bottom()

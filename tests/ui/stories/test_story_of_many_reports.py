"""A story of many reports scrolls sideways in a window that fits the screen.

Seen at 1366 × 768 (session 17): a story of ten reports opened a window 2,831 px wide, its
columns of 280 px at the least side by side; the right half and its buttons were off the
screen, out of reach of mouse and keyboard. The columns scroll instead, and a column the
keyboard reaches comes into view.
"""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QTextBrowser

from reader.core.stories.compare import MemberView, StoryView
from reader.ui.stories.story_view import StoryWindow


def _story(count: int) -> StoryView:
    members = tuple(
        MemberView(n + 1, f"Bericht {n + 1} über den Gipfel in Tokio", f"Zeitung {n + 1}", "2025-10-28", "de",
                   f"Der Gipfel in Tokio endete mit einem Abkommen. Satz {n + 1} steht nur hier.",
                   (f"Satz {n + 1} steht nur hier.",))  # fmt: skip
        for n in range(count)
    )
    return StoryView(1, members)


def test_ten_reports_scroll_in_a_window_that_fits_the_screen(make_window, qtbot) -> None:
    window = make_window()
    view = StoryWindow(window)
    view.show_story(_story(10))
    view.show()
    qtbot.waitExposed(view)
    screen = view.screen().availableGeometry()
    assert view.width() <= screen.width() and view.height() <= screen.height()
    area = view.findChild(QScrollArea, "storyColumns")
    assert area is not None and area.horizontalScrollBar().maximum() > 0
    last = view.columns.widget(9).findChild(QTextBrowser)
    last.setFocus()  # Tab or a click: the column comes into view
    qtbot.waitUntil(lambda: last.visibleRegion().boundingRect().width() == last.width())
    view.close()


def test_three_reports_share_the_width_without_a_scroll_bar(make_window, qtbot) -> None:
    window = make_window()
    view = StoryWindow(window)
    view.show_story(_story(3))
    view.resize(1200, 700)  # the window on a desktop screen (the test screen is 800 px wide)
    view.show()
    qtbot.waitExposed(view)
    area = view.findChild(QScrollArea, "storyColumns")
    assert area.horizontalScrollBar().maximum() == 0
    assert sum(view.columns.sizes()) >= area.viewport().width() - 12  # the columns fill the window
    view.close()

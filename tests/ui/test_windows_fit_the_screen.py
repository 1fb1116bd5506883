"""The story view and the timeline open inside the screen.

They opened at 1200 px wide whatever the screen: on a 1024 × 768 laptop their right-hand
columns and buttons ran off its edge. The offscreen test screen is 800 × 800."""

from __future__ import annotations

from reader.ui.screen_fit import MARGIN


def test_the_story_view_and_the_timeline_fit_their_screen(make_window, qtbot) -> None:
    window = make_window()
    area = window.screen().availableGeometry()
    tokyo = next(s.id for s in window.session.store.sources.list() if s.file_name.startswith("004"))
    window.library.select_source(tokyo)
    window.stories.show_action.trigger()
    window.timeline.action.trigger()
    for shown in (window.stories._view, window.timeline.window):
        assert shown.isVisible()
        least = shown.minimumSizeHint()  # three reports side by side need 870 px, more than this screen
        assert shown.width() <= max(area.width() - 2 * MARGIN, least.width())
        assert shown.height() <= max(area.height() - 2 * MARGIN, least.height())
        shown.close()


def test_the_first_window_fits_its_screen(make_window) -> None:
    """The first start opened 1360 × 860 whatever the screen: on a 1366 × 768 laptop the status
    line and the library's filters were below the screen's edge."""
    window = make_window()
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() - 2 * MARGIN and window.height() <= area.height() - 2 * MARGIN

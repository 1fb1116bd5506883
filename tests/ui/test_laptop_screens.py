"""The window on a laptop's screen with the desktop's scaling: 1920 × 1080 at 200 % and
1280 × 720 at 125 % leave 960 × 540 and 1024 × 576 logical pixels.

Seen there: the library's tags and filters kept their full height and the list of sources
showed two and a half rows; Help ▸ Keyboard shortcuts was taller than the screen, its Close
button below the screen's edge."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from reader.ui.appearance import apply_theme


@pytest.fixture
def themed(qapp):
    """The window's own look (its padding makes every row taller), undone afterwards."""
    before = qapp.styleSheet()
    apply_theme(qapp, "light")
    yield
    qapp.setStyleSheet(before)


@pytest.mark.parametrize("size", [(960, 540), (1024, 576)])
def test_a_short_window_keeps_the_library_list_in_view(make_window, qtbot, speak, themed, size) -> None:
    speak("de")
    window = make_window()
    library = window.library
    window.resize(*size)
    qtbot.wait(20)
    row = library.source_view.verticalHeader().defaultSectionSize()
    assert library.list_stack.height() >= 5 * row  # five sources at the least
    block = library.splitter.widget(1)
    assert isinstance(block, QScrollArea)  # the tags and filters scroll instead
    block.ensureWidgetVisible(library.filters.unread_check)
    assert library.filters.unread_check.visibleRegion().boundingRect().height() == library.filters.unread_check.height()
    speak("en")


def test_a_tall_window_shows_the_tags_and_filters_whole(make_window, qtbot, themed) -> None:
    """Where the list keeps its rows anyway (1366 × 768), the block is as tall as it asks."""
    window = make_window()
    window.resize(1366, 768)
    qtbot.wait(20)
    block = window.library.splitter.widget(1)
    assert isinstance(block, QScrollArea)
    assert block.height() >= block.widget().minimumSizeHint().height()
    assert not block.verticalScrollBar().isVisible()
    window.resize(960, 540)  # shrunk and grown again, it gets its height back
    qtbot.wait(20)
    window.resize(1366, 768)
    qtbot.wait(20)
    assert block.height() >= block.widget().minimumSizeHint().height()

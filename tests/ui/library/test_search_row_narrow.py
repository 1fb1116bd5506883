"""In a narrow library pane the sort order goes under the search box instead of both being cut.

Seen at 1280 × 720 with 125 % scaling and 1920 × 1080 with 200 %: the row read "Durchsuch…"
beside "Zuletzt …"."""

from __future__ import annotations

import pytest


@pytest.fixture
def light_theme(themed) -> None:
    """The window's own look (its padding makes every row taller); taken off afterwards."""
    themed("light")


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_narrow_pane_puts_the_sort_order_under_the_search_box(make_window, qtbot, speak, light_theme, language) -> None:
    speak(language)
    window = make_window()
    library = window.library
    search, sort = library.search_box, library.sort_box
    window.splitter.setSizes([200, 700, 300])
    qtbot.waitUntil(lambda: sort.geometry().top() >= search.geometry().bottom())  # one over the other …
    assert sort.shown_text() == sort.currentText()  # … the sort order whole
    placeholder = search.fontMetrics().horizontalAdvance(search.placeholderText())
    assert search.width() > placeholder
    window.resize(1400, 800)
    window.splitter.setSizes([440, 600, 360])
    qtbot.waitUntil(lambda: library.width() >= 440)
    qtbot.waitUntil(lambda: sort.geometry().top() < search.geometry().bottom())  # side by side where both fit
    assert sort.shown_text() == sort.currentText()
    speak("en")

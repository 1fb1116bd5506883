"""A search put back in the box (at start-up, or by choosing a saved search) shows the box's ✕.

Seen on a laptop walk through a 2,000-source library: the window reopened with last run's
words in the search box but without the ✕ that typing them had shown, so the mouse had no way
to clear them (the box was filled under a QSignalBlocker, and Qt's ✕ follows textChanged). Two
windows on one data folder, one after the other, as a quit and a start; the real seeds.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QToolButton


def _clear_button_shown(box, qtbot) -> bool:
    """Qt fades the ✕ in; it counts as shown once it is visible and fully opaque."""
    (button,) = box.findChildren(QToolButton)
    try:
        qtbot.waitUntil(lambda: button.isVisible() and button.property("opacity") == 1.0, timeout=1000)
    except AssertionError:
        return False
    return True


def test_search_words_brought_back_at_start_show_the_clear_button(make_window, qtbot) -> None:
    first = make_window()
    first.library.search_box.setText("Kishida")
    first.library.reload()
    first.close()

    library = make_window().library
    assert library.search_box.text() == "Kishida"
    assert _clear_button_shown(library.search_box, qtbot)
    assert not library.pacing.search_timer.isActive()  # put back, not typed: no second search


def test_a_search_put_in_place_shows_the_clear_button_and_an_empty_one_hides_it(make_window, qtbot) -> None:
    """`show_search` is how a saved search, and the start, put their words in the box."""
    library = make_window().library
    library.show_search("Kishida", None, library.filters.current(), None)
    assert library.search_box.text() == "Kishida"
    assert _clear_button_shown(library.search_box, qtbot)
    library.show_search("", None, library.filters.current(), None)
    (button,) = library.search_box.findChildren(QToolButton)
    qtbot.waitUntil(lambda: button.property("opacity") == 0.0, timeout=1000)


def test_a_long_search_brought_back_at_start_shows_its_beginning(make_window, qtbot) -> None:
    """Seen at start-up: the box showed the end of a long search ("…kontrollverordnung
    Bundesnetzagentur") and hid what it began with; the cursor stood at the end."""
    words = "Halbleiterexportkontrollverordnung Bundesnetzagentur Wasserstoffkernnetz Seltenerdmagnete"
    first = make_window()
    first.library.search_box.setText(words)
    first.library.reload()
    first.close()

    box = make_window().library.search_box
    assert box.text() == words
    assert box.fontMetrics().horizontalAdvance(words) > box.width()  # longer than the box shows
    box.grab()  # painted: Qt scrolls the line as it paints it
    left = box.contentsRect().left() + box.textMargins().left() + 4
    assert box.cursorPositionAt(QPoint(left, box.height() // 2)) == 0  # its first letter is in view

"""Deleting the last saved search leaves the keyboard on the tags, not in the Outlet filter.

Seen at 1366 x 768: Delete on the only saved search hid the list, and the focus fell to the
Outlet filter under it (its field framed as active, the status bar saying the search was
deleted); the next letters typed there filtered the library by outlet.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.store import SavedSearch


def test_the_keyboard_goes_back_to_the_tags(make_window, qtbot) -> None:
    window = make_window()
    store, library = window.session.store, window.library
    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Japan", "Japan"))[1])
    view = library.saved.view
    window.activateWindow()
    library.tag_view.setFocus()
    qtbot.keyClick(library.tag_view, Qt.Key.Key_Tab)  # into the saved searches
    assert view.hasFocus()
    view.setCurrentRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert store.saved_searches.all() == [] and not view.isVisible()
    assert library.tag_view.hasFocus()

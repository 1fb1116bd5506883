"""The bin sorted from the keyboard: its sort box, as the library's, is reached by `Tab` or
Alt+S and chosen with the arrow keys, sorting as a heading's click does; a heading clicked
shows in the box. `Tab` reaches the headings too (seen: it went from the box to the list), where
← → and Space sort as clicks on them do. Expected orders are written out from the highlight counts and deletion
times the test gives the sources; German wording too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame

from tests.ui.letters import window_faults
from tests.ui.library.bin_window import binned, click_heading, opened, shown_titles


def _three_binned(window) -> list[str]:
    """Three sources binned a day apart (the first deleted first), holding 0, 2 and 1 highlights."""
    store = window.session.store
    titles = [s.title for s in store.sources.list()][:3]
    ids = binned(window, *titles)
    for day, (source_id, count) in enumerate(zip(ids, (0, 2, 1), strict=True), start=1):
        store.db.execute("UPDATE sources SET deleted_at = ? WHERE id = ?", (f"2026-01-0{day}T09:00:00+00:00", source_id))
        for k in range(count):
            store.highlights.add(source_id, k * 20, k * 20 + 10, "key")
    return titles


def test_the_keyboard_reaches_the_sort_box_and_sorts_the_bin(qtbot, make_window) -> None:
    window = make_window()
    first, second, third = _three_binned(window)
    dialog = opened(qtbot, window)
    qtbot.waitUntil(lambda: dialog.table.hasFocus())  # the list first, as before: Enter restores
    assert dialog.sort_box.currentText() == "Newest deleted"
    assert shown_titles(dialog) == [third, second, first]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Backtab)  # Shift+Tab: the headings, then the box above them
    qtbot.keyClick(dialog.table.horizontalHeader(), Qt.Key.Key_Backtab)
    assert dialog.sort_box.hasFocus()
    qtbot.keyClick(dialog.sort_box, Qt.Key.Key_Down)
    assert dialog.sort_box.currentText() == "Oldest deleted"
    assert shown_titles(dialog) == [first, second, third]
    for _ in range(3):  # Title A–Z, Outlet A–Z, Most highlights
        qtbot.keyClick(dialog.sort_box, Qt.Key.Key_Down)
    assert dialog.sort_box.currentText() == "Most highlights"
    assert shown_titles(dialog) == [second, third, first]
    header = dialog.table.horizontalHeader()  # the heading shows the order, as a click sets it
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (3, Qt.SortOrder.DescendingOrder)
    qtbot.keyClick(dialog.sort_box, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.sort_box, Qt.Key.Key_Up)
    assert dialog.sort_box.currentText() == "Title A–Z"
    assert shown_titles(dialog) == sorted([first, second, third], key=str.casefold)


def test_alt_s_goes_to_the_sort_box_and_a_heading_click_shows_there(qtbot, make_window) -> None:
    window = make_window()
    first, second, third = _three_binned(window)
    dialog = opened(qtbot, window)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.table.hasFocus())
    qtbot.keyClick(dialog.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # the label's letter
    assert dialog.sort_box.hasFocus()
    click_heading(qtbot, dialog, 3)  # Highlights
    assert shown_titles(dialog) == [first, third, second]
    assert dialog.sort_box.currentText() == ""  # the fewest first: an order the box does not offer
    click_heading(qtbot, dialog, 3)  # again: the other way
    assert shown_titles(dialog) == [second, third, first]
    assert dialog.sort_box.currentText() == "Most highlights"


def test_an_empty_bin_shows_no_sort_box(qtbot, make_window) -> None:
    dialog = opened(qtbot, make_window())
    assert not dialog.sort_box.isVisible() and not dialog.sort_label.isVisible()


def test_german(qtbot, make_window, speak) -> None:
    speak("de")
    window = make_window()
    _three_binned(window)
    dialog = opened(qtbot, window)
    assert dialog.sort_label.text() == "&Sortieren nach:"
    assert [dialog.sort_box.itemText(row) for row in range(dialog.sort_box.count())] == [
        "Zuletzt gelöscht", "Zuerst gelöscht", "Titel A–Z", "Medium A–Z", "Meiste Markierungen",
        "Meiste Anmerkungen", "Mit Notiz zuerst"]  # fmt: skip
    assert dialog.sort_box.accessibleName() == "Papierkorb sortieren"
    header = dialog.table.horizontalHeader()  # reached by Tab: named for a screen reader
    assert header.accessibleName() == "Spaltenköpfe"
    assert header.accessibleDescription() == "Pfeil links und rechts sortieren nach der Spalte daneben, Leertaste andersherum"


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_sort_boxs_letter_is_claimed_once(qtbot, make_window, speak, language) -> None:
    speak(language)
    window = make_window()
    _three_binned(window)
    dialog = opened(qtbot, window)
    assert window_faults(dialog) == []


def test_tab_goes_from_the_box_to_the_headings_the_list_and_on_to_the_buttons(qtbot, make_window) -> None:
    window = make_window()
    _three_binned(window)
    dialog = opened(qtbot, window)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.table.hasFocus())
    header = dialog.table.horizontalHeader()
    frame = header.findChild(QFrame, "headingsFocus")  # where the keys are, framed as a list is
    assert not frame.isVisible()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Backtab)
    assert header.hasFocus() and frame.isVisible() and frame.geometry() == header.rect()
    assert header.accessibleName() == "Column headings"  # what a screen reader says there
    qtbot.keyClick(header, Qt.Key.Key_Backtab)
    assert dialog.sort_box.hasFocus() and not frame.isVisible()
    qtbot.keyClick(dialog.sort_box, Qt.Key.Key_Tab)
    assert header.hasFocus()
    qtbot.keyClick(header, Qt.Key.Key_Tab)
    assert dialog.table.hasFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert dialog.restore_button.hasFocus()


def test_the_headings_sort_from_the_keyboard_as_their_clicks_do(qtbot, make_window) -> None:
    """On the headings, Space sorts their column the other way (a second click) and → sorts by
    the next column in the same direction (a click on another heading): orders the sort box
    does not offer (the fewest highlights first) are reached too."""
    window = make_window()
    first, second, third = _three_binned(window)
    dialog = opened(qtbot, window)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.table.hasFocus())
    header = dialog.table.horizontalHeader()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Backtab)
    assert header.hasFocus()
    qtbot.keyClick(header, Qt.Key.Key_Space)  # Deleted, the other way: oldest first
    assert shown_titles(dialog) == [first, second, third]
    assert dialog.sort_box.currentText() == "Oldest deleted"
    qtbot.keyClick(header, Qt.Key.Key_Right)  # Highlights, fewest first (0, 1, 2)
    assert shown_titles(dialog) == [first, third, second]
    assert dialog.sort_box.currentText() == ""
    qtbot.keyClick(header, Qt.Key.Key_Space)  # the other way: the most first
    assert shown_titles(dialog) == [second, third, first]
    assert dialog.sort_box.currentText() == "Most highlights"
    for _ in range(3):  # Outlet, Title, and the first column stops it
        qtbot.keyClick(header, Qt.Key.Key_Left)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.DescendingOrder)
    assert shown_titles(dialog) == sorted([first, second, third], key=str.casefold, reverse=True)


def test_enter_on_the_headings_restores_as_everywhere_in_the_bin(qtbot, make_window) -> None:
    window = make_window()
    _three_binned(window)
    dialog = opened(qtbot, window)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.table.hasFocus())
    qtbot.keyClick(dialog.table, Qt.Key.Key_Backtab)
    header = dialog.table.horizontalHeader()
    assert header.hasFocus()
    qtbot.keyClick(header, Qt.Key.Key_Return)
    assert len(window.session.store.bin.contents()) == 2  # the chosen source restored
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (2, Qt.SortOrder.DescendingOrder)

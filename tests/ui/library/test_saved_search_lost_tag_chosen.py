"""Choosing a saved search whose tag is gone: the saved search stands chosen, the tag list has
no row chosen, and the line under the search box says why the list is empty.

Seen before: "All sources" stood highlighted in the tag list over an empty list saying "No
sources match", as if the saved search had not been taken, and a click on "All sources" did
nothing (it was already current). Real store in a temp dir; the tag is given to a seed source.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reader.core.changes import Changes
from tests.ui.library.test_saved_search_lost_tag import _delete_tag, _tag_and_save
from tests.ui.settled import settle

GONE = "The tag “Japan” is on no source any more"


def _choose_saved(window, row: int) -> None:
    view = window.library.saved.view
    rect = view.visualItemRect(view.item(row))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _chosen_tags(window) -> list[str]:
    return [i.data() for i in window.library.tag_view.selectionModel().selectedIndexes()]


def test_the_saved_search_stands_chosen_and_says_why_it_is_empty(make_window, qtbot) -> None:
    window = make_window()
    _tag_and_save(window)
    _delete_tag(window, qtbot, "Japan")
    library = window.library
    _choose_saved(window, 0)  # "Japan news"
    assert library.saved.view.currentRow() == 0 and library.saved.view.item(0).isSelected()
    assert library.saved.active() is not None and library.saved.active().name == "Japan news"
    assert _chosen_tags(window) == [] and not library.tag_view.currentIndex().isValid()
    assert library.model.rowCount() == 0
    assert library.status.text() == GONE
    # Tagging something else keeps the saved search chosen: it is not dropped for "All sources".
    window.session.apply(lambda: window.session.store.tags.add([library.model.ids()[0]] if library.model.ids()
                                                                else [window.session.store.sources.list()[0].id],
                                                                "Other"))  # fmt: skip
    assert library.saved.active() is not None and _chosen_tags(window) == []
    assert library.status.text() == GONE
    # "All sources" is one click away and shows every source again.
    tag_view = library.tag_view
    QTest.mouseClick(tag_view.viewport(), Qt.MouseButton.LeftButton, pos=tag_view.visualRect(library.tag_model.index(0)).center())
    assert library.current_tag is None and library.model.rowCount() == 5
    assert library.saved.view.currentRow() == -1 and library.status.text() == "5 sources"


def test_a_saved_search_with_words_of_a_gone_tag_says_why_too(make_window, qtbot) -> None:
    window = make_window()
    store = window.session.store
    store.tags.add([window.library.model.ids()[0]], "Japan")
    window.session.apply(lambda: Changes(tags=True))
    from reader.core.store import SavedSearch

    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Japan ECB", "ECB", tag="Japan"))[1])
    _delete_tag(window, qtbot, "Japan")
    _choose_saved(window, 0)
    assert window.library.searching() and window.library.status.text() == GONE
    assert _chosen_tags(window) == []


def test_a_tag_losing_its_last_source_while_browsing_it_still_falls_back_to_all(make_window) -> None:
    """Without a saved search asking for it, the list goes back to every source, as before."""
    window = make_window()
    library = window.library
    first = library.model.ids()[0]
    window.session.apply(lambda: window.session.store.tags.add([first], "Japan"))
    library.tag_view.setCurrentIndex(library.tag_model.index(library.tag_model.row_of("Japan")))
    assert library.current_tag == "Japan"
    window.session.apply(lambda: window.session.store.tags.remove([first], "Japan"))
    assert library.current_tag is None and _chosen_tags(window) == [library.tag_model.index(0).data()]
    assert library.status.text() == "5 sources"


def test_rebuilding_the_saved_list_applies_no_other_search(make_window) -> None:
    """The list is rebuilt when a search's tag goes; clearing it made the next row current, and
    "Words" (Kishida) was put in the search box while the user looked at tag Japan."""
    window = make_window()
    first = _tag_and_save(window)
    library = window.library
    library.tag_view.setCurrentIndex(library.tag_model.index(library.tag_model.row_of("Japan")))
    assert library.saved.active().name == "Japan news"  # the plain tag is what that search finds
    window.session.apply(lambda: window.session.store.tags.remove([first], "Japan"))
    assert library.search_box.text() == "" and library.saved.view.currentRow() == 0
    assert library.status.text() == GONE  # what the chosen saved search asks for, and why it is empty


def test_the_german_window_says_why_in_german(make_window, qtbot, speak) -> None:
    speak("de")
    window = make_window()
    _tag_and_save(window)
    _delete_tag(window, qtbot, "Japan")
    _choose_saved(window, 0)
    assert window.library.status.text() == "Keine Quelle trägt das Schlagwort „Japan“ mehr"


def test_every_saved_search_shows_without_a_scroll_bar(make_window, qtbot, qapp) -> None:
    """Seen at 1366 × 768: a scroll bar beside "Handel-Quellen" (marked, its row taller) and
    one more search, both shown whole; with more searches than the list shows, it scrolls."""
    from PySide6.QtWidgets import QApplication

    from reader.core.store import SavedSearch
    from reader.ui.appearance import apply_theme
    from reader.ui.library.saved_search_list import MAX_ROWS_SHOWN

    apply_theme(qapp, "light")  # the style sheet's row padding, as the window has it
    window = make_window()
    _tag_and_save(window)
    _delete_tag(window, qtbot, "Japan")  # "Japan news" marked: a warning sign in its row
    window.close()
    window = make_window()  # the next start: the list is built with the window
    view = window.library.saved.view
    settle(qtbot, window)
    assert view.count() == 2 and not view.verticalScrollBar().isVisible()
    store = window.session.store
    for n in range(MAX_ROWS_SHOWN):
        window.session.apply(lambda n=n: store.saved_searches.add(SavedSearch(0, f"Suche {n}", f"Wort{n}"))[1])
    QApplication.processEvents()
    settle(qtbot, window)
    assert view.count() > MAX_ROWS_SHOWN and view.verticalScrollBar().isVisible()

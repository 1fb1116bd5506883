""""All sources" in the tag list shows every source: seen in the walk, a click on "Alle Quellen
(7)" left the entity chip and the saved search in place, and the list went on showing 6 sources
under a row promising all. It clears them, as the chip's own ✕ clears the entity; words typed
and filters chosen by hand stay, as they stay when any other tag is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.core.store import SourceFilter
from tests.ui.library.test_window_saved_entity import _answer, _narrow_to


def _click_all_sources(qtbot, library) -> None:
    view = library.tag_view
    index = view.model().index(0, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _listed(library) -> set[int]:
    return set(library.scope().source_ids(library.session.store))


def test_all_sources_clears_the_entity_chip(make_window, qtbot) -> None:
    window = make_window()
    library, store = window.library, window.session.store
    every = set(store.sources.ids())
    _narrow_to(window, qtbot, "Fumio Kishida")
    assert library.filters.entity is not None and _listed(library) < every
    assert library.current_tag is None  # "All sources" stood chosen over the narrowed list
    _click_all_sources(qtbot, library)
    assert library.filters.entity is None and not library.filters.entity_chip.isVisible()
    assert _listed(library) == every and library.model.rowCount() > 0
    assert "Fumio Kishida" in window.statusBar().currentMessage()


def test_all_sources_leaves_a_saved_search(make_window, monkeypatch, qtbot) -> None:
    window = make_window()
    library, store = window.library, window.session.store
    every = set(store.sources.ids())
    store.tags.add(sorted(every)[:3], "Japan")
    library.reload_tags()
    library.show_search("Kishida", "Japan", SourceFilter(unread_only=True), None)
    _answer(monkeypatch, "Kishida in Japan")
    library.saved.save_action.trigger()
    assert library.scope().saved == "Kishida in Japan" and _listed(library) < every
    _click_all_sources(qtbot, library)
    assert library.scope().saved is None and library.saved.view.currentRow() == -1
    assert library.search_box.text() == "" and library.filters.current() == SourceFilter()
    assert library.current_tag is None and _listed(library) == every


def test_words_typed_by_hand_stay(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    window.session.store.tags.add(window.session.store.sources.ids()[:2], "Japan")
    library.reload_tags()
    library.show_search("Kishida", "Japan", SourceFilter(), None)  # no saved search of them
    _click_all_sources(qtbot, library)
    assert library.current_tag is None and library.search_box.text() == "Kishida"


def _all_sources_chosen(library) -> bool:
    """Whether "All sources" is drawn chosen (selected), as the tag list paints it."""
    return library.tag_view.selectionModel().isSelected(library.tag_view.model().index(0, 0))


def test_all_sources_is_not_chosen_under_an_entity_chip(make_window, qtbot) -> None:
    """Seen in the walk: "Alle Quellen (6)" stood highlighted above the 5 sources naming the
    entity of the chip, reading as if every source were shown."""
    window = make_window()
    library, store = window.library, window.session.store
    store.tags.add(store.sources.ids()[:2], "Japan")
    library.reload_tags()
    assert _all_sources_chosen(library)  # nothing else narrows the list
    _narrow_to(window, qtbot, "Fumio Kishida")
    assert library.current_tag is None and not _all_sources_chosen(library)
    assert library.tag_view.currentIndex().row() == 0  # the arrow keys go on from the top
    library.tag_view.setFocus()
    qtbot.keyClick(library.tag_view, Qt.Key.Key_Down)
    assert library.current_tag == "Japan" and library.tag_view.selectionModel().isSelected(library.tag_view.currentIndex())
    qtbot.keyClick(library.tag_view, Qt.Key.Key_Up)  # back on "All sources": every source again
    assert library.current_tag is None and library.filters.entity is None and _all_sources_chosen(library)


def test_a_saved_search_is_chosen_not_all_sources(make_window, monkeypatch, qtbot) -> None:
    window = make_window()
    library = window.library
    library.show_search("Kishida", None, SourceFilter(), None)
    _answer(monkeypatch, "Kishida")
    library.saved.save_action.trigger()
    assert library.saved.view.currentRow() == 0 and library.saved.view.currentItem().isSelected()
    assert not _all_sources_chosen(library)
    library.clear_search()  # the saved search no longer shown: every source, "All sources" chosen
    assert library.saved.view.currentRow() == -1 and _all_sources_chosen(library)


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_space_or_enter_on_all_sources_does_what_a_click_does(make_window, qtbot, key) -> None:
    """Seen: under an entity chip alone, "Alle Quellen" is the current row but not chosen; a
    click on it showed every source, Space or Enter on it did nothing (Space only drew it
    chosen, over the narrowed list)."""
    window = make_window()
    library, store = window.library, window.session.store
    every = set(store.sources.ids())
    _narrow_to(window, qtbot, "Fumio Kishida")
    assert library.tag_view.currentIndex().row() == 0 and not _all_sources_chosen(library)
    library.tag_view.setFocus()
    qtbot.keyClick(library.tag_view, key)
    assert library.filters.entity is None and not library.filters.entity_chip.isVisible()
    assert _listed(library) == every and _all_sources_chosen(library)
    assert "Fumio Kishida" in window.statusBar().currentMessage()


def test_space_on_all_sources_with_nothing_narrowing_changes_nothing(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    library.tag_view.setFocus()
    shown = _listed(library)
    qtbot.keyClick(library.tag_view, Qt.Key.Key_Space)
    assert library.current_tag is None and _all_sources_chosen(library) and _listed(library) == shown

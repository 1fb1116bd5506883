"""The window reopens on the library's last scope: the tag or saved search it listed, the search
box's words and the sort order; a tag or saved search gone meanwhile means every source.

Two windows on one data folder, one after the other, as a quit and a start. Expected sources
come from the seed files (grep: "Kishida" is in 002 and 003; 002 is Handelsblatt's)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication

from reader import paths
from reader.core.store import SavedSearch, Store
from reader.ui.library.source_model import TagNameRole
from reader.ui.stories.story_rows import fold


def _seeds(window) -> dict[str, int]:
    return {s.file_name[:3]: s.id for s in window.session.store.sources.list()}


def _rows(window, ids: list[int]) -> list[int]:
    """The list's rows for the core's `ids`: each story once, as the list folds it."""
    return fold(ids, window.session.store.stories.stories(), window.library.story_rows.expanded)[0]


def _results(window) -> set[int]:
    model = window.library.results_model
    return {model.result(r).source_id for r in range(model.rowCount())}


def _chosen_tag(window) -> str | None:
    """The tag marked in the tag list (None: "All sources")."""
    return window.library.tag_view.currentIndex().data(TagNameRole)


def _choose_tag(window, name: str) -> None:
    tags = window.library.tag_model
    window.library.tag_view.setCurrentIndex(tags.index(tags.row_of(name)))


def _meanwhile(data_dir, change: Callable[[Store], object]) -> None:
    """Change the library between the two runs, as `briefing` on the command line would."""
    store = Store.open(paths.resolve(data_dir).db_path)
    try:
        change(store)
    finally:
        store.close()


def test_tag_and_sort_come_back_with_the_open_source(make_window) -> None:
    first = make_window()
    ids, store = _seeds(first), first.session.store
    first.session.apply(lambda: store.tags.add([ids["001"], ids["002"], ids["004"]], "Japan"))
    first.library.sort_box.setCurrentIndex(first.library.sort_box.findData("title"))
    _choose_tag(first, "Japan")
    first.library.select_source(ids["004"])
    assert first.state.library_scope().tag == "Japan"  # kept as it is chosen: a crash keeps it too
    first.close()

    second = make_window()
    library = second.library
    assert library.current_tag == "Japan" and _chosen_tag(second) == "Japan"
    assert library.sort_order() == "title"
    assert library.model.ids() == _rows(second, second.session.store.sources.ids("title", "Japan"))
    assert second.open_source_id == ids["004"] and library.current_source_id() == ids["004"]
    assert library.status.text() == "3 sources"


def test_search_words_come_back_over_the_tag(make_window, qtbot) -> None:
    first = make_window()
    ids, store = _seeds(first), first.session.store
    first.session.apply(lambda: store.tags.add([ids["001"], ids["002"], ids["003"]], "Japan"))
    _choose_tag(first, "Japan")
    first.library.search_box.setText("Kishida")
    first.library.reload()
    first.library.select_source(ids["003"])
    first.close()

    second = make_window()
    library = second.library
    assert library.search_box.text() == "Kishida" and library.current_tag == "Japan"
    assert library.list_stack.currentWidget() is library.results_view
    second.activateWindow()  # the keys go to the results shown, not to the list behind them
    qtbot.waitUntil(lambda: QApplication.focusWidget() is library.results_view, timeout=2000)
    assert _results(second) == {ids["002"], ids["003"]}
    assert second.open_source_id == ids["003"]
    library.clear_search()  # leaving the results lands on the open source, not the tag's first
    assert second.open_source_id == ids["003"] and library.current_source_id() == ids["003"]
    assert library.model.ids() == _rows(second, second.session.store.sources.ids("published", "Japan"))


def test_saved_search_comes_back_by_its_id_after_a_rename(make_window, data_dir) -> None:
    first = make_window()
    ids, store = _seeds(first), first.session.store
    first.session.apply(lambda: store.tags.add([ids["002"], ids["003"], ids["004"]], "Asia"))
    first.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Kishida in Asia", "Kishida", "Asia"))[1])
    first.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Handelsblatt", outlet="Handelsblatt"))[1])
    (saved,) = [s for s in store.saved_searches.all() if s.name == "Kishida in Asia"]
    first.library.saved.apply(saved)
    first.library.select_source(ids["002"])
    first.close()
    _meanwhile(data_dir, lambda s: s.saved_searches.rename(saved.id, "Kishida, Asia"))

    second = make_window()
    library = second.library
    assert library.saved.active() is not None and library.saved.active().id == saved.id
    assert library.saved.view.currentItem().text() == "Kishida, Asia"
    assert library.current_tag == "Asia" and _chosen_tag(second) == "Asia"
    assert library.search_box.text() == "Kishida"
    assert _results(second) == {ids["002"], ids["003"]}
    assert second.open_source_id == ids["002"]


def test_saved_search_brings_its_filters_back(make_window) -> None:
    first = make_window()
    ids, store = _seeds(first), first.session.store
    first.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Handelsblatt", outlet="Handelsblatt"))[1])
    first.library.saved.apply(store.saved_searches.find("Handelsblatt"))
    assert first.library.model.ids() == [ids["002"]]
    first.close()

    second = make_window()
    library = second.library
    assert library.filters.current().outlet == "Handelsblatt"
    assert library.model.ids() == [ids["002"]] and library.saved.view.currentItem().text() == "Handelsblatt"
    assert second.open_source_id == ids["002"] and library.current_source_id() == ids["002"]


@pytest.mark.parametrize(
    "gone",
    [lambda store: store.tags.delete("Japan"), lambda store: store.tags.rename("Japan", "Nippon")],
    ids=["tag deleted", "tag renamed"],
)
def test_a_tag_gone_meanwhile_means_every_source(make_window, data_dir, gone) -> None:
    first = make_window()
    ids, store = _seeds(first), first.session.store
    first.session.apply(lambda: store.tags.add([ids["001"], ids["002"]], "Japan"))
    _choose_tag(first, "Japan")
    first.library.select_source(ids["002"])
    first.close()
    _meanwhile(data_dir, gone)

    second = make_window()
    library = second.library
    assert library.current_tag is None and _chosen_tag(second) is None
    assert library.tag_view.currentIndex().row() == 0  # "All sources"
    assert library.model.ids() == _rows(second, second.session.store.sources.ids())
    assert second.open_source_id == ids["002"] and library.current_source_id() == ids["002"]
    assert library.status.text() == "5 sources"  # no word of the tag: silently every source
    assert second.statusBar().currentMessage() == ""


def test_a_saved_search_deleted_meanwhile_means_every_source(make_window, data_dir) -> None:
    first = make_window()
    ids, store = _seeds(first), first.session.store
    first.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Kishida", "Kishida"))[1])
    saved = store.saved_searches.find("Kishida")
    first.library.saved.apply(saved)
    first.library.select_source(ids["003"])
    first.close()
    _meanwhile(data_dir, lambda s: s.saved_searches.delete(saved.id))

    second = make_window()
    library = second.library
    assert library.search_box.text() == "" and library.current_tag is None
    assert library.list_stack.currentWidget() is library.source_view
    assert library.model.ids() == _rows(second, second.session.store.sources.ids())
    assert second.open_source_id == ids["003"] and library.current_source_id() == ids["003"]
    assert second.statusBar().currentMessage() == ""


def test_the_open_source_outside_the_scope_is_shown_anyway(make_window) -> None:
    """Opened from a link (or it lost the tag): the reading pane shows it again, the list the
    tag, with no row marked as open; J goes to the list's first row."""
    first = make_window()
    ids, store = _seeds(first), first.session.store
    first.session.apply(lambda: store.tags.add([ids["001"], ids["002"]], "Japan"))
    _choose_tag(first, "Japan")
    first.read_source(ids["000"])
    assert first.open_source_id == ids["000"]
    first.close()

    second = make_window()
    library = second.library
    assert library.current_tag == "Japan"
    assert library.model.ids() == _rows(second, second.session.store.sources.ids("published", "Japan"))
    assert second.open_source_id == ids["000"] and library.current_source_id() is None
    library.next_action.trigger()
    assert second.open_source_id == library.model.ids()[0]


def test_a_source_that_lost_the_tag_opens_without_opening_the_tags_first(make_window, data_dir) -> None:
    """Nothing opens on the way to the remembered source: the scope's first row stays unread."""
    first = make_window()
    store, opened = first.session.store, first.open_source_id
    others = [s.id for s in store.sources.summaries(store.sources.ids()) if s.unread][:2]
    assert len(others) == 2
    first.session.apply(lambda: store.tags.add([opened], "Japan"))
    _choose_tag(first, "Japan")
    first.close()

    def move_tag(store: Store) -> None:
        store.tags.add(others, "Japan")
        store.tags.remove([opened], "Japan")

    _meanwhile(data_dir, move_tag)
    second = make_window()
    library = second.library
    assert library.current_tag == "Japan" and sorted(library.model.ids()) == sorted(others)
    assert second.open_source_id == opened and library.current_source_id() is None
    assert all(s.unread for s in second.session.store.sources.summaries(others))

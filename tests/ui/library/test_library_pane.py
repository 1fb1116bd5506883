"""The library pane on the real seeds: sort, tag filter, search, keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.core import search
from reader.ui.library.source_model import TagNameRole
from reader.ui.stories.story_rows import fold


def shown_ids(window) -> list[int]:
    return window.library.model.ids()


def listed(window, ids: list[int]) -> list[int]:
    """What the list shows for the core's `ids`: each story once, in its first member's place
    (its members under it when it is open: the open report opens the story it is hidden in)."""
    return fold(ids, window.session.store.stories.stories(), window.library.story_rows.expanded)[0]


def test_sorts_as_the_core_orders(make_window) -> None:
    window = make_window()
    store = window.session.store
    for order in ("title", "imported", "published"):
        window.library.set_sort(order)
        assert shown_ids(window) == listed(window, store.sources.ids(order))
    titles = [store.sources.get(i).title.casefold() for i in store.sources.ids("title")]
    assert titles == sorted(titles)


def test_sort_choice_is_saved_as_the_default(make_window, data_dir) -> None:
    window = make_window()
    window.library.sort_box.setCurrentIndex(window.library.sort_box.findData("title"))
    assert window.settings.library_sort == "title"
    assert 'library_sort = "title"' in (data_dir / "config" / "settings.toml").read_text()


def test_tag_list_counts_and_filters(make_window) -> None:
    window = make_window()
    store = window.session.store
    first, second, *_ = store.sources.ids()
    window.session.apply(lambda: store.tags.add([first, second], "Japan"))
    window.session.apply(lambda: store.tags.add([second], "Client X"))
    tags = window.library.tag_model
    assert [tags.data(tags.index(r)) for r in range(tags.rowCount())] == [
        "All sources  (5)", "Client X  (1)", "Japan  (2)"
    ]  # fmt: skip
    window.library.tag_view.setCurrentIndex(tags.index(2))
    assert tags.data(tags.index(2), TagNameRole) == "Japan"
    assert shown_ids(window) == listed(window, store.sources.ids("published", "Japan"))
    assert window.library.status.text() == "2 sources"
    window.library.tag_view.setCurrentIndex(tags.index(0))
    assert len(shown_ids(window)) == 3  # the three seed reports of the Tokyo meeting: one row


def result_rows(window) -> list:
    model = window.library.results_model
    return [model.result(r) for r in range(model.rowCount())]


@pytest.mark.parametrize(
    "text", ['"', 'AND (', "NEAR(x", "a:b", "*", "-Japan", "'; DROP", "\x00", "tag:", "date:x"]
)
def test_any_typed_text_gets_results_or_a_message(make_window, text) -> None:
    window = make_window()
    window.library.search_box.setText(text)
    window.library.reload()
    status = window.library.status
    assert status.text().endswith(("results", "result", "matches")) or (
        status.property("error") is True and status.text().startswith("Invalid search")
    )


def test_invalid_search_is_shown_in_the_pane(make_window, monkeypatch) -> None:
    window = make_window()
    window.library.search_box.setText("Kishida")
    window.library.reload()
    before = result_rows(window)

    def refuse(*_args: object, **_kwargs: object) -> list[int]:
        raise search.InvalidSearch("tokenizer said no")

    monkeypatch.setattr(search, "search", refuse)
    window.library.search_box.setText("whatever")
    window.library.reload()
    assert window.library.status.text() == "Invalid search: tokenizer said no"
    assert window.library.status.property("error") is True
    assert result_rows(window) == before and before  # the previous results stay


def test_a_tag_narrows_the_results(make_window) -> None:
    window = make_window()
    store = window.session.store
    kishida = search.source_ids(store, "Kishida")[0]
    window.session.apply(lambda: store.tags.add([kishida], 'Say "hi"'))
    window.library.search_box.setText("Japan")
    window.library.reload()
    assert len({r.source_id for r in result_rows(window)}) > 1
    tags = window.library.tag_model
    window.library.tag_view.setCurrentIndex(tags.index(tags.row_of('Say "hi"')))
    assert {r.source_id for r in result_rows(window)} == {kishida}
    assert window.library.status.text().endswith('tagged Say "hi"')


def test_keyboard_moves_and_searches(make_window, qtbot) -> None:
    window = make_window()
    pane = window.library
    window.activateWindow()
    pane.source_view.setFocus()
    ids = shown_ids(window)
    assert pane.current_source_id() == ids[0]
    qtbot.keyClick(pane.source_view, Qt.Key.Key_J)
    assert pane.current_source_id() == ids[1] == window.open_source_id
    qtbot.keyClick(pane.source_view, Qt.Key.Key_Down)
    qtbot.keyClick(pane.source_view, Qt.Key.Key_K)
    assert pane.current_source_id() == ids[1]
    qtbot.keyClick(pane.source_view, Qt.Key.Key_Slash)
    assert QApplication.focusWidget() is pane.search_box
    qtbot.keyClicks(pane.search_box, "jk")  # letters typed into the box are text, not moves
    assert pane.search_box.text() == "jk"
    qtbot.keyClick(pane.search_box, Qt.Key.Key_Escape)
    assert pane.search_box.text() == ""
    assert QApplication.focusWidget() is pane.source_view


def test_home_and_end_go_to_the_first_and_last_source(make_window, qtbot) -> None:
    """The library list moves like a list, not like the one-column table it is drawn with."""
    window = make_window()
    view = window.library.source_view
    rows = view.model().rowCount()
    assert rows >= 3  # the seeds: a story of three, and two sources alone
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == rows - 1
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == 0

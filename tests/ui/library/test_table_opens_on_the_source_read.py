"""View ▸ Library table (`Ctrl+Shift+T`) opens on the source being read: its row current and
selected, so Read and `Enter` read it and the arrows go on from it. Walking the keyboard loop,
the table came up on its first row, unselected, with Read greyed out, and `Enter` read that
first row instead. A selection of several rows is left as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui.library.table_model import SourceIdRole


def _seeds(window) -> dict[str, int]:
    return {s.file_name[:3]: s.id for s in window.session.store.sources.list()}


def _table_key(window, qtbot) -> None:
    qtbot.keyClick(window.article.view, Qt.Key.Key_T,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip


def test_the_table_opens_on_the_source_being_read(make_window, qtbot) -> None:
    window = make_window()
    read = _seeds(window)["003"]  # the oldest: not the table's first row under any sort by date
    window.read_source(read)
    _table_key(window, qtbot)
    view = window.table_mode.view
    assert window.table_mode.active and view.table.hasFocus()
    assert view.table.currentIndex().data(SourceIdRole) == read
    assert view.selected_ids() == [read] and view.open_button.isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert not window.table_mode.active

    other = _seeds(window)["002"]  # read another one: the table follows it
    window.read_source(other)
    _table_key(window, qtbot)
    assert view.table.currentIndex().data(SourceIdRole) == other and view.selected_ids() == [other]
    with qtbot.waitSignal(view.source_opened) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [other]


def test_a_selection_of_several_rows_stays(make_window, qtbot) -> None:
    window = make_window()
    window.table_mode.action.trigger()
    view = window.table_mode.view
    chosen = view.model.ids()[:2]
    view.select_ids(chosen)
    window.table_mode.action.trigger()  # back to reading, the first source still open
    window.read_source(_seeds(window)["003"])
    window.table_mode.action.trigger()
    assert view.selected_ids() == chosen

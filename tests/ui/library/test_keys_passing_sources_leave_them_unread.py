"""Keys passing sources by in the library list leave them unread; staying on one reads it.

Seen with 401 sources: a consultant held `Shift+↓` to select several (the list selects one) and
each source passed was opened and marked read, 30 of them; `J` held did the same. A source the
keys only pass is marked read once it stays open a moment; one clicked or chosen otherwise at
once. `Shift` with a move or a click says where several sources can be selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def _unread(window, source_id: int) -> bool:
    model = window.library.model
    return model.summary(model.row_of(source_id)).unread


def test_shift_down_held_leaves_the_sources_passed_unread(qtbot, make_window) -> None:
    window = make_window()
    view = window.library.source_view
    ids = window.library.model.ids()
    assert window.open_source_id == ids[0] and all(_unread(window, i) for i in ids[1:])
    view.setFocus()
    for _ in range(2):
        QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert window.open_source_id == ids[2]  # the list still reads the row it is on
    assert "library table" in window.statusBar().currentMessage()  # where several are selected
    assert _unread(window, ids[1]) and _unread(window, ids[2])
    qtbot.waitUntil(lambda: not _unread(window, ids[2]), timeout=5_000)  # stayed on: read
    assert _unread(window, ids[1])  # only passed by


def test_j_passing_leaves_unread_and_a_click_reads_at_once(qtbot, make_window) -> None:
    window = make_window()
    view = window.library.source_view
    ids = window.library.model.ids()
    assert len(ids) >= 3
    window.library.next_action.trigger()
    assert window.open_source_id == ids[1]
    window.statusBar().clearMessage()
    rect = view.visualRect(window.library.model.index(2, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert window.open_source_id == ids[2] and not _unread(window, ids[2])  # chosen: read at once
    assert "library table" not in window.statusBar().currentMessage()  # a plain click asks nothing
    QTest.qWait(2_500)  # longer than a stay: ids[1], left before it, never counts as read
    assert _unread(window, ids[1])


def test_shift_click_opens_the_row_and_says_where_several_are_selected(make_window) -> None:
    window = make_window()
    view = window.library.source_view
    ids = window.library.model.ids()
    rect = view.visualRect(window.library.model.index(1, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, rect.center())
    assert window.open_source_id == ids[1] and not _unread(window, ids[1])  # clicked: chosen, read
    assert "library table (Ctrl+Shift+T)" in window.statusBar().currentMessage()

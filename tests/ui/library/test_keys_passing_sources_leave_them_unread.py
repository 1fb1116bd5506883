"""Keys passing sources by in the library list leave them unread; staying on one reads it.

Seen with 401 sources: a consultant held `Shift+↓` to select several (the list selects one) and
each source passed was opened and marked read, 30 of them; `J` held did the same. A source the
keys only pass is marked read once it stays open a moment; one clicked or chosen otherwise at
once. `Shift` with a move or a click says where several sources can be selected.

The stay is the window's timer, fired here by the test (`_stay`), never waited for: how long the
keys took on a loaded machine decides nothing, and a real stay would make every test 1.5 s longer."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.ui.read_mark import STAY_MS
from tests.ui.test_read_state_from_elsewhere import _unread


def _stored_unread(window, source_id: int) -> bool:
    row = window.session.store.db.execute("SELECT opened_at FROM sources WHERE id = ?", (source_id,)).fetchone()
    return row[0] is None


def _window(make_window):
    window = make_window()
    assert window.read_mark.timer.interval() == STAY_MS
    window.read_mark.timer.setInterval(24 * 3600 * 1000)  # the test says when the stay is over
    return window


def _stay(window) -> None:
    assert window.read_mark.timer.isActive()
    window.read_mark.timer.timeout.emit()


def _click(view, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_shift_down_held_leaves_the_sources_passed_unread(make_window) -> None:
    window = _window(make_window)
    view = window.library.source_view
    ids = window.library.model.ids()
    assert window.open_source_id == ids[0] and all(_unread(window, i) for i in ids[1:])
    view.setFocus()
    for _ in range(2):
        QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert window.open_source_id == ids[2]  # the list still reads the row it is on
    assert "library table" in window.statusBar().currentMessage()  # where several are selected
    assert _unread(window, ids[1]) and _unread(window, ids[2])
    _stay(window)  # stayed on: read
    assert not _unread(window, ids[2]) and not _stored_unread(window, ids[2])
    assert _unread(window, ids[1]) and _stored_unread(window, ids[1])  # only passed by
    assert not window.read_mark.timer.isActive()


def test_j_passing_leaves_unread_and_a_click_reads_at_once(make_window) -> None:
    window = _window(make_window)
    view = window.library.source_view
    ids = window.library.model.ids()
    assert len(ids) >= 3
    window.library.next_action.trigger()
    assert window.open_source_id == ids[1] and window.read_mark.staying == ids[1]
    window.statusBar().clearMessage()
    _click(view, 2)
    assert window.open_source_id == ids[2] and not _unread(window, ids[2])  # chosen: read at once
    assert "library table" not in window.statusBar().currentMessage()  # a plain click asks nothing
    assert window.read_mark.staying is None and not window.read_mark.timer.isActive()  # ids[1] never counts
    assert _unread(window, ids[1])


def test_a_click_on_the_source_passed_to_reads_it_at_once(make_window) -> None:
    window = _window(make_window)
    ids = window.library.model.ids()
    window.library.next_action.trigger()
    assert window.open_source_id == ids[1] and _unread(window, ids[1])
    _click(window.library.source_view, 1)  # its row, current already: no new source opens
    assert not _unread(window, ids[1]) and not window.read_mark.timer.isActive()


def test_closing_the_window_on_a_source_passed_to_reads_it(make_window) -> None:
    """The source J stopped on when the window closed was the one looked at last: its stay was
    cut short by the close, not by the keys moving on (it stayed unread for good)."""
    window = _window(make_window)
    ids = window.library.model.ids()
    window.library.next_action.trigger()
    window.library.next_action.trigger()
    assert window.open_source_id == ids[2] and _stored_unread(window, ids[2])
    assert window.close()
    assert not _stored_unread(window, ids[2])
    assert _stored_unread(window, ids[1])  # passed by on the way


def test_shift_click_opens_the_row_and_says_where_several_are_selected(make_window) -> None:
    window = _window(make_window)
    view = window.library.source_view
    ids = window.library.model.ids()
    _click(view, 1, Qt.KeyboardModifier.ShiftModifier)
    assert window.open_source_id == ids[1] and not _unread(window, ids[1])  # clicked: chosen, read
    assert "library table (Ctrl+Shift+T)" in window.statusBar().currentMessage()


def test_a_source_chosen_outside_the_list_is_read_at_once(make_window) -> None:
    """Chosen elsewhere (the table, the timeline, a link, a search's hit), a source is opened on
    purpose: no stay is waited for, though the list's row moves to it as a key's would."""
    window = _window(make_window)
    ids = window.library.model.ids()
    window.read_source(ids[2])
    assert window.open_source_id == ids[2] and not _unread(window, ids[2])
    assert window.read_mark.staying is None


def test_the_hint_is_said_once_while_shift_is_held(make_window) -> None:
    """Held, Shift+↓ repeats its move 30 times (Shift pressed once, ↓ repeating): the hint is
    said once; said again only for a new Shift."""
    window = _window(make_window)
    view = window.library.source_view
    said: list[str] = []
    window.session.notice_posted.connect(said.append)
    view.setFocus()
    QTest.keyPress(view, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
    for repeat in (False, True, True):  # as the keyboard sends a key held down
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(view, QKeyEvent(kind, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier, "", repeat))
    QTest.keyRelease(view, Qt.Key.Key_Shift)
    assert window.open_source_id == window.library.model.ids()[2]  # two moves made (the last row stops the third)
    assert len(said) == 1 and "library table" in said[0]
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)  # Shift pressed anew
    assert len(said) == 2


def test_a_read_mark_the_full_disk_refuses_at_the_close_leaves_the_close_whole(make_window, monkeypatch) -> None:
    """Raised out of the close, the full disk's error stopped it before the window's place and
    state were saved; the source stays unread instead (its dot is no loss)."""
    window = _window(make_window)
    ids = window.library.model.ids()
    window.library.next_action.trigger()

    def full(_source_id: int) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(window.session.store.sources, "mark_opened", full)
    saved: list[bool] = []
    monkeypatch.setattr(window.state, "sync", lambda: saved.append(True))
    assert window.close() and saved
    assert _stored_unread(window, ids[1])

"""A test's windows are gone when the next test starts, not merely closed.

pytest-qt closes a test's widgets and leaves their deletion to the next event loop, which is
the next test's. A window whose search box had just been typed in kept its search timer, which
fired in the next test and searched a store the fixture had closed ("Cannot operate on a closed
database" in test_daily_loop_bugs.py, in a run slowed by a collection after every test).
The two tests run in this order.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from reader.ui.main_window import MainWindow


def test_a_window_left_with_a_search_pending(make_window, real_search_pause) -> None:
    window = make_window()
    window.library.search_box.setText("Japan")
    assert window.library._search_timer.isActive()


def test_the_next_test_meets_no_window_of_the_last(make_window) -> None:
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)] == []
    window = make_window()
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)] == [window]

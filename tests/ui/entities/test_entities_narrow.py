"""View ▸ Entities in a 1024 px window: every column of the list in sight.

Seen in the window: the list's columns ran past its right edge behind a scroll bar, the
Sources and Mentions counts (the order the list is sorted by) out of sight."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui.entities.entity_models import MENTIONS, ROLES, SOURCES
from tests.ui.settled import settle


def test_the_counts_stay_in_sight_in_a_small_window(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1024, 700)
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        qtbot.keyClick(window.library.source_view, Qt.Key.Key_E,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    view = mode.view
    qtbot.waitUntil(lambda: view.table.horizontalHeader().length() > 0)
    table, header = view.table, view.table.horizontalHeader()
    assert not table.isColumnHidden(ROLES)  # the people's roles are listed
    for column in (SOURCES, MENTIONS):
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    assert view.mention_view.width() >= 400  # the mentions keep a readable width beside it
    window.resize(1600, 1000)
    settle(qtbot, window)
    assert header.sectionSize(ROLES) >= 18 * header.fontMetrics().averageCharWidth()  # room again: roles whole


def test_a_long_name_over_the_mentions_does_not_widen_the_window(make_window, qtbot) -> None:
    """Seen in the window (session 12): the heading over the mentions names the entity on one
    line, and a long one widened the window past a 1024 px screen."""
    window = make_window()
    window.resize(976, 652)
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.trigger()
    settle(qtbot, window)
    mode.view.mention_heading.setText(
        "Bundesministerium für Familie, Senioren, Frauen und Jugend (Organisation): 12 mentions")
    settle(qtbot, window)
    assert window.width() == 976 and window.minimumSizeHint().width() <= 976

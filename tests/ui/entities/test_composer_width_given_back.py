"""The docked composer gets back the width it lent the Entities view when you go back to reading.

Seen building a briefing at 1280 px: the composer (430 px) gave the Entities view what its roles
needed, and back in the reading panes it stayed at its narrowest (335 px, its buttons on two
lines), the same after every later visit, until dragged wider by hand. Real window on the seeds,
the composer docked, the view left with Esc as a user leaves it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui.briefing.add_menu import create_briefing
from tests.ui.settled import settle


def _visit_entities(window, qtbot) -> int:
    """Open the view, wait for its list, leave it with Esc; the composer's width in the view."""
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.trigger()
    qtbot.waitUntil(lambda: mode.view.model.rowCount() > 0)
    settle(qtbot, window)
    beside_the_view = window.briefings.dock.width()
    qtbot.keyClick(mode.view.filter_box, Qt.Key.Key_Escape)
    assert not mode.active
    settle(qtbot, window)
    return beside_the_view


def test_back_to_reading_the_composer_has_its_width_again(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1280, 800)
    window.briefings.show(create_briefing(window.session, "Japan"))
    settle(qtbot, window)
    dock = window.briefings.dock
    reading = dock.width()
    beside_the_view = _visit_entities(window, qtbot)
    assert beside_the_view < reading - 20  # it lent the view width for the roles
    assert abs(dock.width() - reading) <= 2
    assert abs(_visit_entities(window, qtbot) - beside_the_view) <= 2  # lent again the next time
    assert abs(dock.width() - reading) <= 2


def test_dragged_wide_again_in_the_view_it_does_not_grow_on_leaving(make_window, qtbot) -> None:
    """Widened by hand beside the Entities view, the composer grew by the width it had lent
    on leaving (430, 525 px …): it comes back to its width, never wider."""
    window = make_window()
    window.resize(1280, 800)
    window.briefings.show(create_briefing(window.session, "Japan"))
    settle(qtbot, window)
    dock, mode = window.briefings.dock, window.entities.mode
    reading = dock.width()
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.trigger()
    qtbot.waitUntil(lambda: mode.view.model.rowCount() > 0)
    settle(qtbot, window)
    assert dock.width() < reading - 20
    window.resizeDocks([dock], [reading], Qt.Orientation.Horizontal)  # as dragging its edge does
    settle(qtbot, window)
    qtbot.keyClick(mode.view.filter_box, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert abs(dock.width() - reading) <= 2

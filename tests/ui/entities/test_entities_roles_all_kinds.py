"""View ▸ Entities with "All kinds" at 1,360 px: the roles are read whole.

Seen in the window (session 12): with the Kind column shown, the roles were cut ("Prime
Ministe…", "head of gover…") while the mentions beside the list had width to spare."""

from __future__ import annotations

from reader.ui.entities.entity_models import KIND, NAME, ROLES
from tests.ui.settled import settle


def test_all_kinds_at_1360_px_shows_every_role_whole(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1360, 900)
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.trigger()
    view = mode.view
    qtbot.waitUntil(lambda: view.table.horizontalHeader().length() > 0)
    settle(qtbot, window)
    assert view.kind_box.currentData() is None  # all kinds
    table, header = view.table, view.table.horizontalHeader()
    assert not table.isColumnHidden(KIND) and not table.isColumnHidden(ROLES)
    model, metrics = table.model(), table.fontMetrics()
    rows = range(model.rowCount())
    roles = [model.index(row, ROLES).data() or "" for row in rows]
    names = [model.index(row, NAME).data() for row in rows]
    # The seed library's people hold "Prime Minister, head of government" and "US Secretary of State".
    assert "Prime Minister, head of government" in roles
    widest = max(roles, key=metrics.horizontalAdvance)
    assert metrics.horizontalAdvance(widest) + 12 <= header.sectionSize(ROLES), (header.sectionSize(ROLES), widest)
    assert all(metrics.horizontalAdvance(name) + 12 <= header.sectionSize(NAME) for name in names)
    assert table.horizontalScrollBar().maximum() == 0  # and the counts stay in sight
    assert view.mention_view.width() >= view.width() // 2 - 40  # the mentions keep half the view


def test_widening_the_window_gives_the_roles_their_room(make_window, qtbot) -> None:
    """Opened in a 1,024 px window, then widened: the list grows with it to what its roles want."""
    window = make_window()
    window.resize(1024, 700)
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.trigger()
    view = mode.view
    qtbot.waitUntil(lambda: view.table.horizontalHeader().length() > 0)
    window.resize(1360, 900)
    settle(qtbot, window)
    table, header = view.table, view.table.horizontalHeader()
    role = "Prime Minister, head of government"
    assert table.fontMetrics().horizontalAdvance(role) + 12 <= header.sectionSize(ROLES)

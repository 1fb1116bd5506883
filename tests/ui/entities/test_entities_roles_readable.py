"""View ▸ Entities at the two laptop sizes a consultant travels with: the roles are read.

Seen in the window (session 26): at 1024 × 700 the Roles column was about 60 px wide ("US
Presi…", "Prime M…", "head of …") beside a name column with room to spare and mentions with
width to give."""

from __future__ import annotations

import pytest

from reader.ui.entities.entity_models import MENTIONS, NAME, ROLES, SOURCES
from tests.ui.settled import settle


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_roles_are_readable_at_laptop_sizes(make_window, speak, qtbot, language, size) -> None:
    speak(language)
    window = make_window()
    window.resize(*size)
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.trigger()
    view = mode.view
    qtbot.waitUntil(lambda: view.table.horizontalHeader().length() > 0)
    settle(qtbot, window)
    table, header = view.table, view.table.horizontalHeader()
    model, metrics = table.model(), table.fontMetrics()
    roles = [model.index(row, ROLES).data() or "" for row in range(model.rowCount())]
    names = [model.index(row, NAME).data() for row in range(model.rowCount())]
    assert any(roles)
    # Short roles whole ("US President", "US-Präsident"), long ones cut no earlier than 20 letters.
    letter = metrics.averageCharWidth()
    for role in roles:
        room = metrics.horizontalAdvance(role) + 12
        assert header.sectionSize(ROLES) >= min(room, 20 * letter), (size, role, header.sectionSize(ROLES))
    # The names the seeds hold are read whole too, the counts stay in sight, the mentions readable.
    assert all(metrics.horizontalAdvance(name) + 12 <= header.sectionSize(NAME) for name in names if len(name) < 16)
    for column in (SOURCES, MENTIONS):
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= table.viewport().width()
    assert view.mention_view.width() >= 400

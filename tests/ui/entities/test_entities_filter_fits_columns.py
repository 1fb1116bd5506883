"""Narrowing the Entities list by name fits its columns to the names it then lists (seen walking
the window at 1366 × 768, German: "Bundesamt" listed two organisations, no roles, yet the empty
Roles column kept its width and the names were cut, "Bundesamt für Ausrüstung, I…" and, with
"Vereinigte", "Vereinigtes Königr…")."""

from __future__ import annotations

from reader.ui.entities.entity_models import KIND, NAME, ROLES
from tests.ui.settled import settle


def _open(window, qtbot):
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.trigger()
    view = mode.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    return view


def _names(view) -> list[str]:
    model = view.table.model()
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def test_places_filtered_by_name_leave_no_empty_roles_column(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1366, 720)
    view = _open(window, qtbot)
    settle(qtbot, window)
    table, header = view.table, view.table.horizontalHeader()
    assert not table.isColumnHidden(ROLES)  # all kinds: people with their roles are listed
    view.filter_box.setText("United")
    settle(qtbot, window)
    assert sorted(_names(view)) == ["United Kingdom", "United States"]
    assert table.isColumnHidden(ROLES)  # none of these has a role
    assert not table.isColumnHidden(KIND)  # every kind is still listed: it says which
    shown = [c for c in range(header.count()) if not table.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) >= table.viewport().width() - 2  # no empty strip
    metrics = table.fontMetrics()
    assert all(metrics.horizontalAdvance(name) + 12 <= header.sectionSize(NAME) for name in _names(view))
    view.filter_box.clear()  # every entity again: the roles come back
    settle(qtbot, window)
    assert not table.isColumnHidden(ROLES)


def test_a_filter_that_lists_people_keeps_their_roles(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1366, 720)
    view = _open(window, qtbot)
    view.filter_box.setText("Trump")
    settle(qtbot, window)
    assert "Donald Trump" in _names(view)
    assert not view.table.isColumnHidden(ROLES)


def test_a_kind_chosen_while_filtering_fits_the_names_listed(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1366, 720)
    view = _open(window, qtbot)
    view.filter_box.setText("United")
    view.kind_box.setCurrentIndex(view.kind_box.findText("Places"))
    settle(qtbot, window)
    table, header = view.table, view.table.horizontalHeader()
    assert sorted(_names(view)) == ["United Kingdom", "United States"]
    assert table.isColumnHidden(ROLES) and table.isColumnHidden(KIND)
    view.kind_box.setCurrentIndex(view.kind_box.findText("All kinds"))
    settle(qtbot, window)
    assert table.isColumnHidden(ROLES) and not table.isColumnHidden(KIND)
    metrics = table.fontMetrics()
    assert all(metrics.horizontalAdvance(name) + 12 <= header.sectionSize(NAME) for name in _names(view))

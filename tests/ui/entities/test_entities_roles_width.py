"""The Entities list gives the roles the width the names do not need (seen in the window, session
12: at 1440 px the roles were cut — "head of gover…", "US Secretary o…" — beside a name column
half empty)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui.entities.entity_models import NAME, ROLES


def _open(window, qtbot):
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.trigger()
    view = mode.view
    qtbot.waitUntil(lambda: view.table.horizontalHeader().length() > 0)
    return view


def test_the_roles_are_read_whole_in_a_wide_window(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1440, 900)
    view = _open(window, qtbot)
    view.kind_box.setCurrentIndex(view.kind_box.findText("People"))
    qtbot.wait(50)
    table, header = view.table, view.table.horizontalHeader()
    metrics = table.fontMetrics()
    names = [table.model().index(row, NAME).data() for row in range(table.model().rowCount())]
    roles = [table.model().index(row, ROLES).data() or "" for row in range(table.model().rowCount())]
    assert any(roles)
    assert all(metrics.horizontalAdvance(name) + 12 <= header.sectionSize(NAME) for name in names), names
    assert all(metrics.horizontalAdvance(role) + 12 <= header.sectionSize(ROLES) for role in roles), (
        header.sectionSize(ROLES), max(roles, key=metrics.horizontalAdvance))
    assert table.horizontalScrollBar().maximum() == 0


def test_without_roles_the_name_takes_the_width(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1440, 900)
    view = _open(window, qtbot)
    view.kind_box.setCurrentIndex(view.kind_box.findText("Places"))
    qtbot.wait(50)
    table, header = view.table, view.table.horizontalHeader()
    assert table.isColumnHidden(ROLES)
    shown = [c for c in range(header.count()) if not table.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) >= table.viewport().width() - 2  # no empty strip
    assert Qt.SortOrder.DescendingOrder == header.sortIndicatorOrder()


def test_the_progress_bar_is_as_wide_as_its_words(make_window, speak, qtbot) -> None:
    """German at 1024 px: "Namen werden gesucht: 75 von 100 Qu" — the bar cut its own text."""
    from reader.ui.entities.entities_view import EntitiesView

    speak("de")
    window = make_window(start=False)
    view = EntitiesView(window.session)
    qtbot.addWidget(view)
    view.show_progress(75, 1000)
    text = view.progress.text()
    assert text.startswith("Namen werden gesucht: 75 von 1000")
    assert view.progress.minimumWidth() >= view.progress.fontMetrics().horizontalAdvance(text) + 16
    assert view.progress.maximumWidth() >= view.progress.minimumWidth()


def test_show_sources_waits_for_an_entity(make_window, qtbot) -> None:
    """Seen in session 18: while the names were still being read (an empty table), "Show
    sources in library" was offered and did nothing."""
    from reader.ui.entities.entities_view import EntitiesView

    window = make_window(start=False)
    view = EntitiesView(window.session)
    qtbot.addWidget(view)
    assert view.current_entity() is None and not view.show_sources.isEnabled()

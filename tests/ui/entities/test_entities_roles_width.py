"""The Entities list gives the roles the width the names do not need (seen in the window, session
12: at 1440 px the roles were cut — "head of gover…", "US Secretary o…" — beside a name column
half empty)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from reader.ui.entities.entity_models import NAME, ROLES
from tests.ui.settled import settle


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
    settle(qtbot, window)
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
    settle(qtbot, window)
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
    view.resize(1024, 700)
    view.show()
    view.indexing.counted(75, 1000)
    settle(qtbot, view)
    words = view.indexing.words
    assert words.full_text() == "Namen werden gesucht: 75 von 1.000 Quellen"
    assert words.text() == words.full_text()  # whole where the row has room: not cut
    assert words.width() >= words.fontMetrics().horizontalAdvance(words.full_text())


@pytest.fixture
def light_theme(qapp) -> Iterator[None]:
    """The app's palette and stylesheet, as `app.run` sets them (tests run without them)."""
    from reader.ui.appearance import apply_theme

    before = qapp.palette(), qapp.styleSheet()
    apply_theme(qapp, "light")
    yield
    qapp.setPalette(before[0])
    qapp.setStyleSheet(before[1])


def test_the_progress_words_are_whole_lines_beside_the_bar(make_window, speak, qtbot, light_theme) -> None:
    """At 1366 × 768 in German the words were painted inside the theme's 8 px bar, cut to the
    middle of their letters ("Namen werden gesucht: 50 von 379 Quellen" without tops and tails)."""
    speak("de")
    window = make_window()
    window.resize(1366, 768)
    window.entities.mode.action.trigger()
    view = window.entities.mode.view
    qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000).wait()
    view.indexing.counted(50, 379)  # what the task reports between its batches
    settle(qtbot, window)
    bar, words = view.indexing.bar, view.indexing.words
    assert bar.isVisible() and bar.value() == 50
    assert not (bar.isTextVisible() and bar.height() < bar.fontMetrics().height())
    assert words.isVisible() and words.text() == "Namen werden gesucht: 50 von 379 Quellen"
    assert words.height() >= words.fontMetrics().height()
    assert words.width() >= words.fontMetrics().horizontalAdvance(words.text())
    assert view.filter_box.width() >= 200  # the filter box keeps room to type in
    view.indexing.counted(379, 379)
    assert not words.isVisible() and not bar.isVisible()


def test_show_sources_waits_for_an_entity(make_window, qtbot) -> None:
    """Seen in session 18: while the names were still being read (an empty table), "Show
    sources in library" was offered and did nothing."""
    from reader.ui.entities.entities_view import EntitiesView

    window = make_window(start=False)
    view = EntitiesView(window.session)
    qtbot.addWidget(view)
    assert view.current_entity() is None and not view.show_sources.isEnabled()


def test_counts_are_grouped_as_the_language_writes_them(make_window, speak, qtbot) -> None:
    """A library of thousands: "Namen werden gesucht: 1500 von 10000 Quellen" and "1200 von
    3.597 Einträgen" beside "3.597 Einträge" — every other count in the window is grouped."""
    from reader.core.entities import EntityKind, EntitySummary
    from reader.ui.entities.entities_view import EntitiesView

    speak("de")
    window = make_window(start=False)
    view = EntitiesView(window.session)
    qtbot.addWidget(view)
    view.indexing.counted(1500, 10000)
    assert view.indexing.words.full_text() == "Namen werden gesucht: 1.500 von 10.000 Quellen"
    many = [EntitySummary(i, EntityKind.ORG, f"Firma {i}" if i < 1200 else f"Verein {i}", (), 1, 1)
            for i in range(3597)]  # fmt: skip
    view.show_entities(many)
    assert view.count_label.text() == "3.597 Einträge"
    view.filter_box.setText("firma")
    assert view.count_label.text() == "1.200 von 3.597 Einträgen"

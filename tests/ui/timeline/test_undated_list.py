"""Undated sources beside the timeline read one by one, even when their titles wrap.

The column is narrow and titles wrap; without a gap and shading between items a four-line title
read as four sources ("Japan's first female / prime minister faces / early test with Trump /
visit"). Three seeds made undated with long titles must stand apart in the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

LONG = (
    "Japan's first female prime minister faces an early test with a Trump visit to Tokyo",
    "Neues goldenes Zeitalter der Allianz: USA und Japan intensivieren ihre Kooperation",
    "Doctors offer to give free flu shots to detained migrants, warn of an epidemic",
)


def test_wrapped_undated_titles_stay_apart(make_window, qtbot) -> None:
    window = make_window()
    store = window.session.store
    for source_id, title in zip(store.sources.ids()[:3], LONG, strict=True):
        store.sources.update_metadata(source_id, title=title, published=None)
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.resize(900, 500)
    qtbot.wait(50)
    undated = timeline.undated
    rows = [undated.item(r) for r in range(undated.count())]
    assert {item.text() for item in rows} >= set(LONG)
    rects = sorted((undated.visualItemRect(item) for item in rows), key=lambda r: r.top())
    assert any(r.height() >= 2 * undated.fontMetrics().height() - 1 for r in rects)  # titles do wrap
    for upper, lower in zip(rects, rects[1:], strict=False):
        assert lower.top() - upper.bottom() > 2  # a visible gap between two sources
    assert undated.alternatingRowColors()
    assert all(item.data(Qt.ItemDataRole.UserRole) for item in rows)


def test_the_undated_column_shows_only_when_a_source_has_no_date(make_window, qtbot) -> None:
    """'Undated (0)' kept a fifth of the window empty when every source in view had a date."""
    window = make_window()
    store = window.session.store
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.resize(900, 500)
    qtbot.wait(50)
    assert timeline.undated.count() == 1  # the seed 004 has no date
    assert timeline.undated_column.isVisibleTo(timeline)
    (undated_id,) = [timeline.undated.item(0).data(Qt.ItemDataRole.UserRole)]
    window.session.apply(lambda: store.sources.update_metadata(undated_id, published="2025-10-29"))
    qtbot.waitUntil(lambda: timeline.undated.count() == 0)
    assert not timeline.undated_column.isVisibleTo(timeline)
    qtbot.waitUntil(lambda: timeline.canvas.width() > 850)  # the marks get the width


def test_the_column_holds_a_long_german_word_in_a_scaled_window(make_window, qtbot) -> None:
    """Seen in session 18 with QT_SCALE_FACTOR=1.5 (a 910 px wide timeline): the undated
    column was 115 px and broke "Autohersteller" and "kostengünstigen" inside."""
    window = make_window()
    store = window.session.store
    store.sources.update_metadata(store.sources.ids()[0], title="Autohersteller und Zulieferer", published=None)
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.resize(910, 480)
    qtbot.wait(50)
    undated = timeline.undated
    assert undated.text_width() >= undated.fontMetrics().horizontalAdvance("kostengünstigen")


def test_the_column_holds_a_real_title_s_word_at_1024(make_window, qtbot) -> None:
    """Seen on a first day with real pages at 1024 × 700: fairkom's "Ein Kompetenzverbund zur
    Förderung …" broke as "Kompetenzverbu / nd" — the column's minimum counted the scroll bar
    and margins as room for letters."""
    window = make_window()
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.resize(980, 600)
    undated = timeline.undated
    needed = undated.fontMetrics().horizontalAdvance("Kompetenzverbund")
    qtbot.waitUntil(lambda: undated.isVisible() and undated.text_width() >= needed)

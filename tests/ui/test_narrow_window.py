"""The window fits a 1024 px screen in every view, in German too.

Seen at 1024 × 700: the library table and All highlights asked for 1150 px, so the window ran
past the screen's edge — "Zurück zum Lesen", "Nur ungelesene" and the buttons under the list cut
off. A hint (one line of 900 px) and filter lists as wide as their longest entry were the cause."""

from __future__ import annotations

import pytest

from reader.ui.appearance import apply_theme
from tests.ui.dragged import drag_handle
from tests.ui.settled import settle

WIDEST = 1000  # px: a 1024 px screen, less a window frame


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_full_width_view_fits_a_small_screen(make_window, qtbot, speak, qapp, language) -> None:
    speak(language)
    before = qapp.styleSheet()
    apply_theme(qapp, "light")  # the window's own look: its padding widens every field
    window = make_window()
    store = window.session.store
    ids = [s.id for s in store.sources.list()]
    window.session.apply(lambda: store.tags.add(ids[:2], "Internationale Handelsbeziehungen und Lieferketten"))
    assert window.minimumSizeHint().width() <= WIDEST
    for action in (window.table_mode.action, window.modes.action):
        action.trigger()
        settle(qtbot, window)
        assert window.minimumSizeHint().width() <= WIDEST, action.text()
        action.trigger()
    window.resize(1024, 700)
    window.modes.action.trigger()  # All highlights: the text filter and a typed date keep their room
    settle(qtbot, window)
    view = window.modes.view
    assert view.text_edit.width() >= 100
    for edit in (view.from_edit, view.to_edit):
        assert edit.width() >= edit.fontMetrics().horizontalAdvance("28.10.2025") + 8  # a date typed whole
    window.modes.action.trigger()
    qapp.setStyleSheet(before)
    speak("en")


def test_entities_and_the_timeline_fit_a_small_screen(make_window, qtbot, speak, qapp) -> None:
    speak("de")  # the longer words
    before = qapp.styleSheet()
    apply_theme(qapp, "light")
    window = make_window()
    with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):
        window.entities.mode.action.trigger()
    assert window.minimumSizeHint().width() <= WIDEST
    window.entities.mode.action.trigger()
    window.timeline.action.trigger()  # its own window; the hint under it took 1030 px on one line
    assert window.timeline.window.minimumSizeHint().width() <= WIDEST
    window.timeline.window.close()
    qapp.setStyleSheet(before)
    speak("en")


def test_a_narrower_window_keeps_the_article_a_readable_column(make_window, qtbot) -> None:
    """Seen at 1024 px: the side panes kept their 330 px each and the article alone shrank, to
    three words a line ("Gegengewicht / zu China: Japan / und USA")."""
    from reader.ui.pane_widths import ARTICLE_MIN, SIDE_MIN

    window = make_window()
    window.resize(1400, 860)
    settle(qtbot, window)
    drag_handle(window.splitter, 2, window.splitter.sizes()[2] - 330)  # the notes dragged to 330 px, as the library
    settle(qtbot, window)
    assert window.splitter.sizes()[0] == window.splitter.sizes()[2] == 330
    window.resize(1024, 700)
    settle(qtbot, window)
    library, article, notes = window.splitter.sizes()
    assert article >= ARTICLE_MIN and library >= SIDE_MIN and notes >= SIDE_MIN
    assert library == notes or min(library, notes) == SIDE_MIN  # taken from both sides, not just one


@pytest.mark.parametrize("language", ["de", "en"])
def test_all_highlights_keeps_its_grouping_whole_at_1024(make_window, qtbot, speak, qapp, language) -> None:
    """Seen at 1024 × 700 (session 26): the grouping read "By so…" — one of two short words,
    squeezed with the lists of tags and outlets, which may give way instead."""
    speak(language)
    before = qapp.styleSheet()
    apply_theme(qapp, "light")
    window = make_window()
    window.resize(1024, 700)
    window.modes.action.trigger()
    settle(qtbot, window)
    combo = window.modes.view.group_combo
    for row in range(combo.count()):
        combo.setCurrentIndex(row)
        settle(qtbot, window)
        assert combo.shown_text() == combo.currentText(), combo.shown_text()
    assert window.minimumSizeHint().width() <= WIDEST and window.width() == 1024
    window.modes.action.trigger()
    qapp.setStyleSheet(before)
    speak("en")

"""View ▸ Entities beside the docked briefing composer in a 1024 px window.

Seen walking through the app: the mentions got about 230 px there, and the heading over them,
wrapped beside "Show sources in library", took four lines ("United / States / (Place): / 120
mentions"), pushing the mentions down. Now the heading keeps one line (cut with "…", whole in
its tooltip) over the mentions' whole width, the button under the mentions, and the mentions
keep a readable minimum. The real window on the seeds, the composer docked."""

from __future__ import annotations

import pytest

from reader.ui.briefing.add_menu import create_briefing
from reader.ui.entities.entities_view import MENTION_LETTERS
from tests.ui.settled import settle


def _entities_beside_the_composer(make_window, qtbot, width: int):
    window = make_window()
    window.resize(width, 700)
    window.briefings.show(create_briefing(window.session, "Japan"))
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.trigger()
    view = mode.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    view.table.setCurrentIndex(view.model.index(0, 0))  # the most named, "United States (Place): …"
    qtbot.waitUntil(lambda: view.mentions.rowCount() > 0)
    settle(qtbot, window)
    return window, view


def test_at_1024_px_the_heading_keeps_one_line_and_the_mentions_their_room(make_window, qtbot) -> None:
    window, view = _entities_beside_the_composer(make_window, qtbot, 1024)
    assert window.briefings.dock.isVisible()
    assert window.width() == 1024  # nothing widened the window
    heading = view.mention_heading
    assert heading.height() < 2 * heading.fontMetrics().height()  # one line, not four
    whole = heading.full_text()
    assert whole.endswith("mentions") and "(" in whole
    if heading.text() != whole:  # cut (the name first: "Unite… (Place): 58 mentions"), whole in its tooltip
        assert "…" in heading.text() and heading.toolTip() == whole
    assert view.show_sources.geometry().top() >= view.mention_view.geometry().bottom()  # the button under them
    letter = view.mention_view.fontMetrics().averageCharWidth()
    assert view.mention_view.width() >= MENTION_LETTERS * letter - 2  # the context has room


def test_at_1366_px_the_heading_is_whole_over_the_mentions(make_window, qtbot) -> None:
    """Beside the composer at 1366 px the heading has the mentions' width (the button under
    them) and "United States (Place): … mentions" reads whole."""
    _window, view = _entities_beside_the_composer(make_window, qtbot, 1366)
    heading = view.mention_heading
    assert heading.width() >= view.mention_view.width() - 1
    assert heading.text() == heading.full_text() and heading.full_text().startswith("United States (Place): ")
    assert view.mention_view.width() >= 350


def test_a_narrow_heading_is_cut_with_its_tooltip(qtbot) -> None:
    from reader.ui.entities.mention_heading import ElidedLabel

    label = ElidedLabel()
    qtbot.addWidget(label)
    label.setText("Bundesministerium für Familie, Senioren, Frauen und Jugend (Organisation): 12 mentions")
    label.resize(200, 30)
    label.show()
    qtbot.waitExposed(label)
    assert label.text().endswith("…") and label.toolTip() == label.full_text()
    assert label.minimumSizeHint().width() == 0  # a long name never widens the window
    label.resize(1400, 30)
    qtbot.waitUntil(lambda: label.text() == label.full_text())
    assert label.toolTip() == ""


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_german_window_fits_1024_px_beside_the_composer(make_window, qtbot, speak, qapp, language) -> None:
    """Seen in German at 1024 px (session 29): the window grew to 1,097 px. "Überschrift
    hinzufügen" made both columns of its button row that wide and held the composer at 326 px
    (204 in English), and the counts' titles held the list at 488 px. Now each column of buttons
    is as wide as its own ("Überschrift einfügen", "Text einfügen"), the counts as their titles
    and sort arrow, and the window fits with every button whole and the counts in sight."""
    from PySide6.QtWidgets import QPushButton

    from reader.ui.appearance import apply_theme
    from tests.ui.test_narrow_window import WIDEST

    speak(language)
    apply_theme(qapp, "light")  # the window's own look: its padding widens every button
    window, view = _entities_beside_the_composer(make_window, qtbot, 1024)
    assert window.minimumSizeHint().width() <= WIDEST
    assert window.width() == 1024
    for button in window.briefings.dock.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width() - 1, button.text()
    assert not view.table.horizontalScrollBar().isVisible()  # the counts in sight
    speak("en")


@pytest.mark.parametrize("language", ["de", "en"])
def test_at_1280_px_the_roles_borrow_width_from_the_composer(make_window, qtbot, speak, qapp, language) -> None:
    """Seen at 1280 × 800 in German (session 29): beside the composer, which kept 440 px, half
    of them blank, the roles read "US-Prä…" and "Premi…" in a 59 px column. The composer gives
    the list the width its roles need to be read, down to its own narrowest, and the mentions
    keep theirs."""
    from reader.ui.appearance import apply_theme
    from reader.ui.entities.entity_models import ROLES
    from reader.ui.entities.entity_table import ROLES_READABLE

    speak(language)
    apply_theme(qapp, "light")
    window, view = _entities_beside_the_composer(make_window, qtbot, 1280)
    letter = view.table.fontMetrics().averageCharWidth()
    assert view.table.columnWidth(ROLES) >= ROLES_READABLE * letter  # "Premierminister, R…"
    dock = window.briefings.dock
    assert dock.isVisible() and dock.width() >= dock.minimumSizeHint().width()
    assert window.width() == 1280
    assert view.mention_view.width() >= MENTION_LETTERS * view.mention_view.fontMetrics().averageCharWidth()
    speak("en")


@pytest.mark.parametrize("language", ["de", "en"])
def test_at_976_px_the_window_stays_976_px_wide_beside_the_composer(
    make_window, qtbot, speak, qapp, language
) -> None:
    """A 1024 px screen's window is 976 px wide: in German the Entities view beside the docked
    composer wanted 731 px (the list's 466, its roles' 50 px among them, and the mentions' 240)
    and made the window 993 px wide, past the screen. The roles fold under the name where they
    would be cut, so the list's narrowest keeps no room for a roles column: it fits, its names
    and counts in sight, the roles under the names."""
    from reader.ui.appearance import apply_theme

    speak(language)
    apply_theme(qapp, "light")
    window, view = _entities_beside_the_composer(make_window, qtbot, 976)
    assert window.briefings.dock.isVisible()
    assert window.width() <= 976 and window.minimumSizeHint().width() <= 976
    assert not view.table.horizontalScrollBar().isVisible()  # the counts in sight
    if view.table.folded():  # the roles under a name the list still gives room to be read
        from reader.ui.entities.entity_models import NAME
        from reader.ui.entities.entity_table import NAME_MIN

        assert view.table.columnWidth(NAME) >= NAME_MIN
    letter = view.mention_view.fontMetrics().averageCharWidth()
    assert view.mention_view.width() >= MENTION_LETTERS * letter - 2
    speak("en")

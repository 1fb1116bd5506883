"""Side panes the composer put aside in a narrow window are not remembered as hidden (seen in the
window, session 12: the app ended with the composer open at 1280 px — killed, no close — and the
next start showed the article alone, without library or notes, and no composer)."""

from __future__ import annotations

from reader.ui.window_state import WindowState
from tests.ui.settled import settle


def _open_composer(window, qtbot) -> None:
    composer = window.briefings.composer()
    composer.create_briefing("Japan")
    window.briefings.show(composer.briefing_id)
    qtbot.waitUntil(lambda: window.briefings.dock.isVisible())
    settle(qtbot, window)


def test_panes_a_dock_set_aside_are_shown_at_the_next_start(make_window, qtbot, data_dir) -> None:
    window = make_window()
    window.resize(1024, 700)
    settle(qtbot, window)
    _open_composer(window, qtbot)
    assert not window.notes.isVisible()  # aside for the composer's room
    window.state.sync()
    saved = WindowState(window.paths.state_dir)  # what a start after a crash would read
    assert saved.pane_shown("notes") and saved.pane_shown("library")


def test_a_pane_hidden_by_hand_meanwhile_stays_hidden(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1024, 700)
    settle(qtbot, window)
    _open_composer(window, qtbot)
    window.keys.focus(2)  # Alt+3: the notes back beside the composer
    assert window.notes.isVisible()
    window.keys.notes_action.setChecked(False)  # Ctrl+Shift+I: and away again, by hand
    window.briefings.dock.close()
    settle(qtbot, window)
    assert not window.notes.isVisible() and window.library.isVisible()
    assert not window.state.pane_shown("notes")

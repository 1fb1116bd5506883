"""F6 reaches the docked briefing composer, as it reaches the library, article and notes.

Seen in the walk: with a briefing open beside the article, F6 went library → article →
library, and the composer's Export… was only reachable by tabbing through the article."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def _focus_in(widget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and widget.isAncestorOf(focused)


def test_f6_goes_through_the_composer_and_back(make_window, qtbot) -> None:
    window = make_window()
    composer = window.briefings.composer()
    composer.create_briefing("Japan")
    window.briefings.show(composer.briefing_id)
    dock = window.briefings.dock
    window.activateWindow()
    window.keys.focus(1)  # the article
    qtbot.waitUntil(lambda: _focus_in(window.article))
    visited = []
    for _ in range(4):  # library, article, notes (if shown), composer: one round at most
        window.keys.next_pane_action.trigger()
        visited.append("composer" if _focus_in(dock) else "pane")
        if _focus_in(dock):
            break
    assert visited[-1] == "composer", visited
    window.keys.next_pane_action.trigger()  # wraps round: the library, or the article if it stepped aside
    first = window.library if window.library.isVisible() else window.article
    assert _focus_in(first)
    window.keys.previous_pane_action.trigger()
    assert _focus_in(dock)
    dock.close()
    window.keys.focus(0)
    for _ in range(3):
        window.keys.next_pane_action.trigger()
        assert not _focus_in(dock)

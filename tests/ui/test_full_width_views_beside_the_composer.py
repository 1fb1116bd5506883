"""All highlights and the library table beside the docked briefing composer fit a 1024 px
screen, in German too.

Seen walking through the window in German at 1024 × 700 (session 30): with the composer docked,
All highlights made the window 1,107 px wide and the library table 1,096 px, past the screen's
edge, the composer's buttons cut off there ("U…" for "Umbenennen…"). Their one row of filters
asked for about 830 px. Where one line has no room the filters now take two (`FoldingRow`);
with room, one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from reader.ui.briefing.add_menu import create_briefing
from reader.ui.folding_row import FoldingRow
from tests.ui.settled import settle
from tests.ui.test_narrow_window import WIDEST


def _views(window):
    return ((window.modes.action, lambda: window.modes.view),
            (window.table_mode.action, lambda: window.table_mode.view))  # fmt: skip


@pytest.mark.parametrize("size", [(1024, 700), (976, 652)])  # the window a 1024 × 700 screen gives, too
@pytest.mark.parametrize("language", ["de", "en"])
def test_beside_the_composer_the_views_fit_1024_px(make_window, qtbot, speak, themed, language, size) -> None:
    speak(language)
    themed("light")
    window = make_window()
    window.resize(*size)
    window.briefings.show(create_briefing(window.session, "Japan"))
    for action, view in _views(window):
        action.trigger()
        settle(qtbot, window)
        assert window.minimumSizeHint().width() <= min(WIDEST, size[0]), action.text()
        assert window.width() == size[0], action.text()
        row = view().findChild(FoldingRow)
        assert row.folded() == (row.width() < row.one_line())
        for field in row.findChildren(QPushButton) + [w for w in row.children() if hasattr(w, "minimumSizeHint")]:
            if field.isVisible():
                assert field.width() >= field.minimumSizeHint().width() - 1
        for button in window.briefings.dock.findChildren(QPushButton):
            if button.isVisible():
                assert button.width() >= button.sizeHint().width() - 1, button.text()
        action.trigger()
    speak("en")


def test_in_german_the_filters_fold_beside_the_composer_and_not_without_it(make_window, qtbot, speak, themed) -> None:
    speak("de")
    themed("light")
    window = make_window()
    window.resize(1024, 700)
    window.briefings.show(create_briefing(window.session, "Japan"))
    window.modes.action.trigger()
    settle(qtbot, window)
    row = window.modes.view.findChild(FoldingRow)
    assert row.folded()
    view = window.modes.view
    assert view.to_edit.geometry().top() > view.text_edit.geometry().bottom()  # the dates under the words
    window.modes.action.trigger()
    window.briefings.dock.close()
    window.resize(1366, 768)
    window.modes.action.trigger()
    qtbot.waitUntil(lambda: not row.folded())
    qtbot.waitUntil(lambda: view.to_edit.geometry().top() < view.text_edit.geometry().bottom())  # one line
    window.modes.action.trigger()
    speak("en")

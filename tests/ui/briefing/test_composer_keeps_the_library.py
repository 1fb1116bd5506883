"""Opening the composer in a laptop-wide window sets aside only as much as the article needs.

Seen at 1366 x 768 (the window 1318 px wide): the composer docked and both side panes went,
though the notes' width alone gave the article 648 px. Hiding a pane hands its width to the
article only later, so the article still looked too narrow when the library's turn came.
"""

from __future__ import annotations

import pytest

from tests.ui.briefing.test_composer_docked import open_memo
from tests.ui.settled import settle


@pytest.mark.parametrize("width", [1200, 1318])
def test_the_notes_step_aside_and_the_library_stays(make_window, qtbot, monkeypatch, width) -> None:
    window = make_window()
    window.resize(width, 700)
    settle(qtbot, window)
    open_memo(window, monkeypatch)
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] >= 460)
    assert window.library.isVisible() and not window.notes.isVisible()
    window.briefings.dock.close()
    assert window.library.isVisible() and window.notes.isVisible()


def test_the_library_gets_back_what_the_article_does_not_need(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    window.resize(1318, 700)
    window.splitter.setSizes([330, 1318 - 330 - 370, 370])
    settle(qtbot, window)
    open_memo(window, monkeypatch)
    qtbot.waitUntil(lambda: not window.notes.isVisible())
    library, article, _notes = window.splitter.sizes()
    assert library >= 328 and article >= 460


def test_a_1024_px_window_still_sets_both_aside(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    window.resize(1024, 700)
    settle(qtbot, window)
    open_memo(window, monkeypatch)
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] >= 460)
    assert not window.library.isVisible() and not window.notes.isVisible()

"""A briefing opened while a full-width view is shown makes room beside the article once reading
comes back, as one opened while reading does.

Seen walking the window at 1366 × 768 (German): in Entities, Briefing ▸ Open briefing… docked the
composer; back to reading (Ctrl+Shift+E), the notes pane kept 350 px and the article was a
150 px sliver ("Wellnes / Hotels / verspre…"): the panes had been measured while hidden behind
Entities, so none stepped aside. Closing the composer gives back the widths as they were."""

from __future__ import annotations

import pytest

from reader.ui.window_keys import ARTICLE_MIN
from tests.ui.briefing.test_composer_docked import open_memo
from tests.ui.settled import settle


def _views(window):
    return {"entities": window.entities.mode.action, "highlights": window.modes.action, "table": window.table_mode.action}


@pytest.mark.parametrize("view", ["entities", "highlights", "table"])
@pytest.mark.parametrize("size", [(1318, 700), (1024, 700)])
def test_back_to_reading_the_article_is_a_readable_column(make_window, qtbot, monkeypatch, view, size) -> None:
    window = make_window()
    window.resize(*size)
    settle(qtbot, window)
    before = window.splitter.sizes()
    action = _views(window)[view]
    action.trigger()
    settle(qtbot, window)
    open_memo(window, monkeypatch)
    settle(qtbot, window)
    action.trigger()  # back to reading
    settle(qtbot, window)
    assert window.splitter.isVisible() and window.briefings.dock.isVisible()
    assert window.splitter.sizes()[1] >= ARTICLE_MIN
    assert window.article.view.viewport().width() >= ARTICLE_MIN - 60  # its text, not a sliver
    if size[0] > 1300:
        assert window.library.isVisible()  # on a 1366 px laptop the notes alone make the room
    window.briefings.dock.close()  # and the panes come back as they were
    settle(qtbot, window)
    assert window.notes.isVisible() and window.library.isVisible()
    after = window.splitter.sizes()
    assert abs(after[0] - before[0]) <= 2 and abs(after[2] - before[2]) <= 2


@pytest.mark.parametrize("size", [(1318, 700), (1024, 700), (800, 540)])
def test_a_composer_closed_before_reading_comes_back_leaves_the_panes_as_they_were(make_window, qtbot, monkeypatch, size) -> None:
    """No room is made for a composer gone meanwhile: at 800 px, where the article is narrower
    than a readable column anyway, the notes would step aside for nothing."""
    window = make_window()
    window.resize(*size)
    settle(qtbot, window)
    before = window.splitter.sizes()
    window.entities.mode.action.trigger()
    settle(qtbot, window)
    open_memo(window, monkeypatch)
    settle(qtbot, window)
    window.briefings.dock.close()
    settle(qtbot, window)
    window.entities.mode.action.trigger()
    settle(qtbot, window)
    assert window.notes.isVisible() and window.library.isVisible()
    after = window.splitter.sizes()
    assert abs(after[0] - before[0]) <= 2 and abs(after[2] - before[2]) <= 2

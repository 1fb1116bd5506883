"""`Alt+3` beside the docked composer in a small window keeps the article a readable column.

Seen at 960 × 540 (a 1920 × 1080 laptop at 200 %), session 16: the composer had set the notes and
the library aside; `Alt+3` brought the notes back at their old width and the article shrank to a
sliver beside them. The notes come back at the narrowest usable width, and when even that leaves
the article too narrow the library steps aside for them.
"""

from __future__ import annotations

import pytest

from reader.ui.window_keys import ARTICLE_MIN, SIDE_MIN
from tests.ui.briefing.test_composer_docked import open_memo
from tests.ui.settled import settle


def _gave_way_first(window, article: int) -> None:
    """The article has its readable column, or all else gave way first: the other side pane
    stepped aside and the composer is at its narrowest (at 960 px, 370 px of article, not 290)."""
    dock = window.briefings.dock
    if article < ARTICLE_MIN:
        assert dock.width() <= dock.minimumSizeHint().width()
        assert not (window.library.isVisible() and window.notes.isVisible())
        assert article >= 0.75 * ARTICLE_MIN


@pytest.mark.parametrize("size", [(960, 540), (1024, 700), (1318, 700)])
def test_alt3_beside_the_composer_keeps_the_article_readable(make_window, qtbot, monkeypatch, size) -> None:
    window = make_window()
    window.resize(*size)
    settle(qtbot, window)
    open_memo(window, monkeypatch)
    qtbot.waitUntil(lambda: not window.notes.isVisible())
    window.keys.focus_notes_action.trigger()  # Alt+3
    settle(qtbot, window)
    assert window.notes.isVisible() and window.notes.isAncestorOf(window.focusWidget())
    _library, article, notes = window.splitter.sizes()
    assert notes >= SIDE_MIN
    _gave_way_first(window, article)
    window.briefings.dock.close()  # and all comes back as it was
    settle(qtbot, window)
    assert window.library.isVisible() and window.notes.isVisible()
    assert window.splitter.sizes()[1] >= ARTICLE_MIN


def test_alt1_beside_the_composer_keeps_the_article_readable(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    window.resize(960, 540)
    settle(qtbot, window)
    open_memo(window, monkeypatch)
    qtbot.waitUntil(lambda: not window.library.isVisible())
    window.keys.focus_library_action.trigger()  # Alt+1
    settle(qtbot, window)
    assert window.library.isVisible()
    assert not window.notes.isVisible()
    _gave_way_first(window, window.splitter.sizes()[1])


def test_the_german_composer_folds_its_buttons_to_make_room(make_window, qtbot, monkeypatch, speak) -> None:
    """Seen at 960 × 540 in German: "Neu … Umbenennen … Löschen Exportieren …" in one row held the
    composer at 400 px, the article beside the notes was left 285 px. Narrow, the rows fold into
    two columns, every button whole."""
    from PySide6.QtWidgets import QPushButton

    from reader.ui.briefing.composer_buttons import ButtonRow

    speak("de")
    window = make_window()
    window.resize(960, 540)
    settle(qtbot, window)
    composer = open_memo(window, monkeypatch)
    qtbot.waitUntil(lambda: not window.notes.isVisible())
    rows = composer.findChildren(ButtonRow)
    assert len(rows) == 3
    wide = sum(b.sizeHint().width() for b in rows[0].buttons)
    assert window.briefings.dock.minimumSizeHint().width() < wide
    window.keys.focus_notes_action.trigger()  # Alt+3
    settle(qtbot, window)
    _library, article, _notes = window.splitter.sizes()
    _gave_way_first(window, article)
    assert article >= 0.8 * ARTICLE_MIN
    assert window.minimumSizeHint().height() <= 540  # folded, the rows do not push it off the screen
    for button in composer.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width() - 1, button.text()
    speak("en")

"""The window's edges a new user meets before the daily loop: actions that are offered only
where they can do something. Found by walking the window under Xvfb, German first."""

from __future__ import annotations

from reader.ui import undoable


def test_next_and_previous_highlight_are_off_in_an_article_without_highlights(make_window, qtbot) -> None:
    """They were offered in an article without highlights (Alt+Down did nothing); the first
    highlight turns them on, deleting it turns them off again."""
    window = make_window()
    source_id = window.session.store.sources.ids()[0]
    window.open_source(source_id)
    keys = window.article.keys
    assert not keys.next_action.isEnabled() and not keys.previous_action.isEnabled()
    highlight_id = undoable.add_highlight(window.session, source_id, (0, 12), "key")
    qtbot.waitUntil(keys.next_action.isEnabled)
    assert keys.previous_action.isEnabled()
    assert highlight_id is not None
    undoable.delete_highlight(window.session, highlight_id)
    qtbot.waitUntil(lambda: not keys.next_action.isEnabled())
    assert not keys.previous_action.isEnabled()

"""All highlights says why it is empty, and how highlights come.

Seen on a first day with a new library of real pages: Ctrl+Shift+H showed a blank white table
and "0 highlights in 0 groups" — nothing said that highlights are made in the article with 1–5.
With filters that leave nothing out of some highlights, it says that instead."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from reader.ui import undoable
from tests.ui.highlights_listed import listed


def _view(window, qtbot):
    window.modes.action.trigger()
    return listed(qtbot, window.modes.view)


def test_a_library_without_highlights_says_how_to_make_one(make_window, qtbot) -> None:
    window = make_window()
    view = _view(window, qtbot)
    assert view.empty_hint.isVisible()
    assert "press 1–5" in view.empty_hint.text()
    source_id = window.open_source_id
    text = window.session.store.sources.get(source_id).reading_text
    undoable.add_highlight(window.session, source_id, (0, text.index(" ")), "key_point")
    listed(qtbot, view)
    assert not view.empty_hint.isVisible()  # a highlight listed: no hint over it


def test_filters_that_leave_nothing_say_so(make_window, qtbot) -> None:
    window = make_window()
    source_id = window.open_source_id
    text = window.session.store.sources.get(source_id).reading_text
    undoable.add_highlight(window.session, source_id, (0, text.index(" ")), "key_point")
    view = _view(window, qtbot)
    view.text_edit.setText("wordsnohighlighthas")
    listed(qtbot, view)
    assert view.empty_hint.isVisible()
    assert view.empty_hint.text() == "No highlight matches these filters."


def test_the_hint_is_german_in_a_german_window(make_window, speak, qtbot) -> None:
    speak("de")
    window = make_window()
    assert "Markierungen" in _view(window, qtbot).empty_hint.text()


def test_filters_that_leave_the_chosen_highlight_out_leave_nothing_to_add_or_copy(make_window, qtbot) -> None:
    """Chosen, then filtered away: Add to briefing and Copy as Markdown stayed on, for nothing."""
    window = make_window()
    source_id = window.open_source_id
    text = window.session.store.sources.get(source_id).reading_text
    undoable.add_highlight(window.session, source_id, (0, text.index(" ")), "key_point")
    view = _view(window, qtbot)
    view.tree.selectionModel().setCurrentIndex(view.model.index(0, 0, view.model.index(0, 0)),
                                               QItemSelectionModel.SelectionFlag.ClearAndSelect
                                               | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    assert view.add_button.isEnabled() and view.copy_button.isEnabled()
    view.text_edit.setText("wordsnohighlighthas")
    listed(qtbot, view)
    assert view.selected_ids() == []
    assert not view.add_button.isEnabled() and not view.copy_button.isEnabled()

"""A real click on another source, highlight or briefing item while typing on a full disk: one
box, the move's ("… is still in the editor"), not the general "The disk is full … do it again"
first and then the move's.

The press gives the focus to the list before it chooses the row: the editor's focus-out save
failed into the general box, then the move's save into its own. The focus-out's failure is
now told once the click is done, and not at all when the move refused told it
(`reader.ui.safety.no_room.tell_later`). Focus leaving for somewhere that moves nothing (the
search box) still shows the general box, once. Real focus and real clicks, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.core.briefing_model import ItemKind
from reader.ui.briefing.add_menu import create_briefing
from tests.ui.briefing.test_composer_docked import open_memo
from tests.ui.notes.test_annotation_changed_elsewhere import _annotating
from tests.ui.test_moving_on_with_a_full_disk import NOTE, _boxes


def _typing_in(qtbot, editor) -> None:
    """`editor` has the focus and typing not saved yet, its pause's save due."""
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.setPlainText(NOTE)
    assert editor.pending


def _click(qtbot, view, index) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def test_a_click_on_another_source_from_the_note_shows_one_box(qtbot, make_window, monkeypatch, full_disk) -> None:
    window = make_window()
    source_id = window.open_source_id
    _typing_in(qtbot, window.notes.note.editor)
    full_disk(window.session.store)
    boxes = _boxes(monkeypatch)
    view, model = window.library.source_view, window.library.model
    with qtbot.captureExceptions() as raised:
        _click(qtbot, view, model.index(model.row_of(model.ids()[1]), 0))
        qtbot.waitUntil(lambda: len(boxes) == 1)
        qtbot.wait(300)
    assert not raised  # the general box's error
    assert len(boxes) == 1 and "still in the editor" in boxes[0]
    assert window.open_source_id == source_id and window.library.current_source_id() == source_id


def test_a_click_on_another_item_from_its_text_shows_one_box(qtbot, make_window, monkeypatch, full_disk) -> None:
    window = make_window()
    composer = open_memo(window, monkeypatch)
    composer.add_item(ItemKind.TEXT, "Erster Absatz")
    composer.add_item(ItemKind.TEXT, "Zweiter Absatz")
    composer.items_list.setCurrentRow(0)
    first = composer.current_item().id
    _typing_in(qtbot, composer.editor)
    full_disk(window.session.store)
    boxes = _boxes(monkeypatch)
    with qtbot.captureExceptions() as raised:
        _click(qtbot, composer.items_list, composer.items_list.model().index(1, 0))
        qtbot.waitUntil(lambda: len(boxes) == 1)
        qtbot.waitUntil(lambda: composer.current_item().id == first)
        qtbot.wait(300)
    assert not raised
    assert len(boxes) == 1 and "briefing text" in boxes[0] and composer.editor.toPlainText() == NOTE


def test_focus_leaving_for_the_search_box_still_says_the_disk_is_full(
        qtbot, make_window, monkeypatch, full_disk) -> None:  # fmt: skip
    window = make_window()
    source_id = window.open_source_id
    _typing_in(qtbot, window.notes.note.editor)
    full_disk(window.session.store)
    boxes = _boxes(monkeypatch)
    with qtbot.captureExceptions() as raised:
        qtbot.mouseClick(window.library.search_box, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(raised) == 1)
        qtbot.wait(300)
    assert [str(error) for _kind, error, _tb in raised] == ["database or disk is full"]
    assert not boxes and window.open_source_id == source_id
    assert window.notes.note.editor.toPlainText() == NOTE


def test_a_click_on_another_highlight_from_its_annotation_shows_one_box(
        qtbot, make_window, monkeypatch, full_disk) -> None:  # fmt: skip
    window, first, second = _annotating(qtbot, make_window)
    notes = window.notes
    _typing_in(qtbot, notes.annotation.editor)
    full_disk(window.session.store)
    boxes = _boxes(monkeypatch)
    with qtbot.captureExceptions() as raised:
        _click(qtbot, notes.list, notes.model.index(notes.model.row_of(second)))
        qtbot.waitUntil(lambda: len(boxes) == 1)
        qtbot.waitUntil(lambda: notes.list.currentIndex().row() == notes.model.row_of(first))
        qtbot.wait(300)
    assert not raised
    assert len(boxes) == 1 and "annotation" in boxes[0]
    assert notes.annotation.highlight_id == first and notes.annotation.editor.toPlainText() == NOTE


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # its open list, offscreen
def test_another_briefing_chosen_by_mouse_shows_one_box(qtbot, make_window, monkeypatch, full_disk) -> None:
    window = make_window()
    other = create_briefing(window.session, "Japan")
    composer = open_memo(window, monkeypatch)
    composer.add_item(ItemKind.TEXT, "Erster Absatz")
    composer.items_list.setCurrentRow(0)
    memo, combo = composer.briefing_id, composer.briefing_combo
    _typing_in(qtbot, composer.editor)
    full_disk(window.session.store)
    boxes = _boxes(monkeypatch)
    with qtbot.captureExceptions() as raised:
        qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)  # the press opens its list
        qtbot.waitUntil(lambda: combo.view().isVisible())
        qtbot.wait(500)  # what the press left to tell; a click sooner the list takes as the press's double
        list_view = combo.view()
        _click(qtbot, list_view, list_view.model().index(combo.findData(other), 0))
        qtbot.waitUntil(lambda: len(boxes) == 1)
        qtbot.wait(300)
    assert not raised  # the general box, as the press took the focus from the text
    assert len(boxes) == 1 and "briefing text" in boxes[0]
    assert composer.briefing_id == memo == combo.currentData() and composer.editor.toPlainText() == NOTE


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # its open list, offscreen
def test_the_briefings_list_closed_without_a_choice_still_says_the_disk_is_full(
        qtbot, make_window, monkeypatch, full_disk) -> None:  # fmt: skip
    window = make_window()
    create_briefing(window.session, "Japan")
    composer = open_memo(window, monkeypatch)
    composer.add_item(ItemKind.TEXT, "Erster Absatz")
    composer.items_list.setCurrentRow(0)
    combo = composer.briefing_combo
    _typing_in(qtbot, composer.editor)
    full_disk(window.session.store)
    boxes = _boxes(monkeypatch)
    with qtbot.captureExceptions() as raised:
        qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: combo.view().isVisible())
        qtbot.wait(100)
        assert not raised  # not over the open list, whose choice may be a move that says it
        qtbot.keyClick(combo.view(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: len(raised) == 1)
        qtbot.wait(300)
    assert [str(error) for _kind, error, _tb in raised] == ["database or disk is full"]
    assert not boxes and composer.editor.toPlainText() == NOTE

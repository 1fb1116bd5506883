"""Typing taken back with Ctrl+Z in a briefing text waits for that text: shown again, Ctrl+Shift+Z
brings it. It belongs to the item, not to the item's number: after the text's creation was
undone too, a new text that the library gives the same number was offered the old text's
typing as Redo (seen: Edit ▸ Redo read "Redo Edit text" over a new, empty text). A new item
starts with nothing to redo; the text brought back by Redo still gets its typing."""

from __future__ import annotations

from reader.core.briefing_model import ItemKind
from tests.ui.briefing.test_composer_docked import open_memo
from tests.ui.elsewhere import opened
from tests.ui.test_ctrl_z_in_the_editors import _redo, _undo
from tests.ui.test_typing_where_it_was_deleted_elsewhere import _typed


def _typed_then_undone(qtbot, make_window, monkeypatch):
    """A new text typed on, its typing and then its creation undone by Ctrl+Z."""
    window = opened(qtbot, make_window)
    window.activateWindow()
    composer = open_memo(window, monkeypatch)
    composer._add_text()
    store = window.session.store
    (first,) = store.briefings.items(composer.briefing_id)
    composer.editor.setFocus()
    _typed(qtbot, composer.editor, "Warum das wichtig ist")
    _undo(qtbot, composer.editor)  # the typing
    _undo(qtbot, composer.editor)  # the text's creation
    assert store.briefings.items(composer.briefing_id) == []
    return window, composer, first


def test_a_new_item_on_the_old_ones_number_is_offered_nothing_to_redo(qtbot, make_window, monkeypatch) -> None:
    window, composer, first = _typed_then_undone(qtbot, make_window, monkeypatch)
    composer._add_text()
    (second,) = window.session.store.briefings.items(composer.briefing_id)
    assert second.id == first.id  # the library gave the new text the old one's number
    assert composer.item_editor.editing_id == second.id
    assert not composer.editor.document().isRedoAvailable()
    composer.editor.setFocus()
    _redo(qtbot, composer.editor)
    assert composer.editor.toPlainText() == "" and composer.editor.pending is False
    assert window.session.store.briefings.item(second.id).text == ""


def test_the_text_brought_back_by_redo_still_gets_its_typing(qtbot, make_window, monkeypatch) -> None:
    window, composer, _first = _typed_then_undone(qtbot, make_window, monkeypatch)
    composer.editor.setFocus()
    _redo(qtbot, composer.editor)  # the text comes back
    (back,) = window.session.store.briefings.items(composer.briefing_id)
    assert composer.item_editor.editing_id == back.id
    _redo(qtbot, composer.editor)  # then its typing
    assert composer.editor.toPlainText() == "Warum das wichtig ist"
    qtbot.waitUntil(lambda: window.session.store.briefings.item(back.id).text == "Warum das wichtig ist")


def test_an_item_brought_back_on_a_newer_ones_number_is_offered_nothing_to_redo(qtbot, make_window,
                                                                                 monkeypatch) -> None:  # fmt: skip
    """An empty text removed, a new text made on its number, typed on, and all three steps undone:
    the removed text is back on that number, and the new text's typing was offered it as Redo —
    the step that made the new text still named that number's maker after its creation was
    undone, so the old text was taken for the new one."""
    window = opened(qtbot, make_window)
    window.activateWindow()
    composer = open_memo(window, monkeypatch)
    composer.add_item(ItemKind.TEXT, "")  # an empty text, as the new one starts
    store = window.session.store
    (old,) = store.briefings.items(composer.briefing_id)
    composer.items_list.setCurrentRow(0)
    composer._remove_clicked()
    composer._add_text()
    (new,) = store.briefings.items(composer.briefing_id)
    assert new.id == old.id  # the library gave the new text the removed one's number
    composer.editor.setFocus()
    _typed(qtbot, composer.editor, "Neu getippt")
    _undo(qtbot, composer.editor)  # the typing
    _undo(qtbot, composer.editor)  # the new text's creation
    window.undo_action.trigger()  # the removal: the old text is back, on its number
    assert [(i.id, i.text) for i in store.briefings.items(composer.briefing_id)] == [(old.id, "")]
    composer.items_list.setCurrentRow(0)
    assert composer.item_editor.editing_id == old.id and composer.editor.toPlainText() == ""
    assert not composer.editor.document().isRedoAvailable()
    composer.editor.setFocus()
    _redo(qtbot, composer.editor)  # the removal's redo, not the other text's typing
    assert store.briefings.item(old.id) is None

"""Edit ▸ Undo (or Redo) while a text editor holds typing not yet saved: the typing is saved
first, as a step of its own, and Undo takes that back first, as in any editor.

Before, the step under the typing was taken back with the typing left unsaved: undoing the
highlight whose annotation was being typed wrote the annotation onto the removed highlight
and pushed its step where the Redo was (Redo then brought back neither), and undoing the
briefing text being typed in held the typing in a bar saying it was deleted elsewhere. The
composer's Remove, pressed by its letter while typing, did the same."""

from __future__ import annotations

from reader.core.briefing_model import ItemKind
from reader.ui import undoable
from tests.ui.briefing.test_composer_docked import open_memo
from tests.ui.elsewhere import opened
from tests.ui.test_typing_where_it_was_deleted_elsewhere import _typed


def _steps(window) -> list[str]:
    stack = window.session.undo_stack
    return [stack.text(i) for i in range(stack.index())]


def test_undo_takes_back_an_annotations_typing_before_its_highlight(qtbot, make_window) -> None:
    window = opened(qtbot, make_window)
    store, source_id = window.session.store, window.open_source_id
    made = undoable.add_highlight(window.session, source_id, (0, 5), "evidence")  # as the article's Highlight
    assert made is not None
    added = [made]
    window.notes.select_highlight(added[0])
    _typed(qtbot, window.notes.annotation.editor, "Getippt")
    window.undo_action.trigger()
    assert store.highlights.get(added[0]) is not None and len(_steps(window)) == 1  # the typing went
    assert window.notes.annotation.editor.toPlainText() == ""
    window.undo_action.trigger()
    assert store.highlights.get(added[0]) is None
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert store.highlights.get(added[0]).annotation == "Getippt"
    assert not window.notes.annotation.lost.isVisible()


def test_undo_takes_back_a_briefing_texts_typing_before_the_text(qtbot, make_window, monkeypatch) -> None:
    window = opened(qtbot, make_window)
    composer = open_memo(window, monkeypatch)
    composer.add_item(ItemKind.TEXT, "Loaded")
    _typed(qtbot, composer.editor, " und getippt")
    window.undo_action.trigger()
    texts = [item.text for item in window.session.store.briefings.items(composer.briefing_id)]
    assert texts == ["Loaded"] and composer.editor.toPlainText() == "Loaded"
    assert not composer.item_editor.lost.isVisible()
    window.redo_action.trigger()
    assert [item.text for item in window.session.store.briefings.items(composer.briefing_id)] == ["Loaded und getippt"]


def test_removing_the_text_being_typed_takes_the_typing_along(qtbot, make_window, monkeypatch) -> None:
    """Alt+M (Remove) pressed while typing in the composer: the text is saved into the item as
    it goes, so Ctrl+Z brings it back with the typing; the typing was held in the lost-text bar
    as "deleted elsewhere", and the item came back without it."""
    from PySide6.QtCore import Qt

    window = opened(qtbot, make_window)
    window.activateWindow()
    composer = open_memo(window, monkeypatch)
    composer.add_item(ItemKind.TEXT, "Loaded")
    _typed(qtbot, composer.editor, " und getippt")
    qtbot.waitUntil(lambda: window.briefings.letters.in_dock)
    store = window.session.store
    qtbot.keyClick(composer.editor, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not store.briefings.items(composer.briefing_id))  # Qt animates the click
    assert not composer.item_editor.lost.isVisible()
    window.undo_action.trigger()
    assert [item.text for item in store.briefings.items(composer.briefing_id)] == ["Loaded und getippt"]

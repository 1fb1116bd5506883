"""A briefing's heading or text written elsewhere (another program on the library, a second
connection here) while the composer holds it for editing: never saved over without a word, on
any path — a pause in typing, another item chosen, quitting — with the summary note's conflict
bar (`GuardedText`, `ConflictBar`). Before, the composer's save read the stored text as its
"old" and wrote over whatever was there; Ctrl+Z then brought back the other's text as if
it had been the window's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.briefing_model import ItemKind
from reader.core.store import Store
from tests.ui.briefing.test_composer_docked import open_memo


def _composing(qtbot, make_window, monkeypatch):
    """The composer on a briefing with a heading and a text, the text held ("Loaded")."""
    window = make_window()
    qtbot.waitUntil(window.outside.idle)
    composer = open_memo(window, monkeypatch)
    composer.add_item(ItemKind.HEADING, "Lage")
    composer.add_item(ItemKind.TEXT, "Loaded")
    heading, text = (i.id for i in window.session.store.briefings.items(composer.briefing_id))
    composer.items_list.setCurrentRow(1)
    assert composer.editor.toPlainText() == "Loaded"
    return window, composer, heading, text


def _typed(qtbot, composer, text: str) -> None:
    composer.editor.setFocus()
    composer.editor.moveCursor(composer.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(composer.editor, text)


def _text(store: Store, item_id: int) -> str:
    item = store.briefings.item(item_id)
    assert item is not None
    return item.text


def test_a_pause_in_typing_saves_nothing_over_it_and_asks(qtbot, make_window, monkeypatch, other: Store) -> None:
    window, composer, _heading, text = _composing(qtbot, make_window, monkeypatch)
    other.briefings.update_item_text(text, "Set elsewhere")
    _typed(qtbot, composer, " and typed")
    composer.editor.flush()  # the pause in typing
    assert _text(other, text) == "Set elsewhere"
    assert composer.editor.toPlainText() == "Loaded and typed"
    assert composer.item_editor.conflict.isVisible()
    assert "text was changed elsewhere" in composer.item_editor.conflict.label.text()


def test_a_write_while_the_save_catches_up_is_not_saved_over(qtbot, make_window, monkeypatch, other: Store) -> None:
    window, composer, _heading, text = _composing(qtbot, make_window, monkeypatch)
    _typed(qtbot, composer, " and typed")
    catch_up = window.session.catch_up

    def look_then_elsewhere() -> None:
        catch_up()
        other.briefings.update_item_text(text, "Set elsewhere")

    window.session.catch_up = look_then_elsewhere
    composer.editor.flush()
    assert _text(other, text) == "Set elsewhere"
    assert composer.item_editor.conflict.isVisible()


def test_keep_mine_saves_it_and_undo_brings_back_the_other(qtbot, make_window, monkeypatch, other: Store) -> None:
    window, composer, _heading, text = _composing(qtbot, make_window, monkeypatch)
    other.briefings.update_item_text(text, "Set elsewhere")
    _typed(qtbot, composer, " and typed")
    composer.editor.flush()
    qtbot.mouseClick(composer.item_editor.conflict.keep_button, Qt.MouseButton.LeftButton)
    assert _text(other, text) == "Loaded and typed"
    window.undo_action.trigger()
    assert _text(other, text) == "Set elsewhere"


def test_choosing_another_item_unanswered_keeps_both(qtbot, make_window, monkeypatch, other: Store) -> None:
    window, composer, _heading, text = _composing(qtbot, make_window, monkeypatch)
    other.briefings.update_item_text(text, "Set elsewhere")
    _typed(qtbot, composer, " and typed")
    rect = composer.items_list.visualItemRect(composer.items_list.item(0))  # the heading, clicked:
    qtbot.mouseClick(composer.items_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # focus leaves first
    assert composer.items_list.currentRow() == 0
    assert _text(other, text) == "Set elsewhere\n\nLoaded and typed"
    assert composer.editor.toPlainText() == "Lage"
    assert "both texts are kept" in window.statusBar().currentMessage()


def test_a_heading_keeps_both_on_its_one_line(qtbot, make_window, monkeypatch, other: Store) -> None:
    window, composer, heading, _text_id = _composing(qtbot, make_window, monkeypatch)
    composer.items_list.setCurrentRow(0)
    other.briefings.update_item_text(heading, "Lage elsewhere")
    _typed(qtbot, composer, " typed")
    composer.editor.flush()
    assert composer.item_editor.conflict.isVisible()
    assert "heading was changed elsewhere" in composer.item_editor.conflict.label.text()
    window.close()  # quitting unanswered
    assert _text(other, heading) == "Lage elsewhere Lage typed"


def test_with_nothing_typed_the_new_text_simply_shows(qtbot, make_window, monkeypatch, other: Store) -> None:
    window, composer, _heading, text = _composing(qtbot, make_window, monkeypatch)
    other.briefings.update_item_text(text, "Set elsewhere")
    window.outside.check()
    qtbot.waitUntil(window.outside.idle)
    assert composer.editor.toPlainText() == "Set elsewhere"
    assert not composer.item_editor.conflict.isVisible()

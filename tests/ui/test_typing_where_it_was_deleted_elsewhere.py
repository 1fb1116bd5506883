"""Text typed into the summary note, an annotation or a briefing's text whose source, highlight
or item was deleted elsewhere (a second window, a `briefing` command; here a second connection)
before it was saved: never dropped without a word (`GuardedText`, `LostTextBar`).

Before, the save found nowhere to write and only logged it, or wrote the note into the bin
with its source, where no one looks; the editor moved on and the typing was gone. Now a bar
says what was deleted and holds the text — whatever the editor shows next — until the user
copies it, keeps it (an annotation below its source's note, a briefing's text as a new item)
or lets it go."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.core.briefing_model import ItemKind
from reader.core.store import Store
from tests.ui.briefing.test_composer_docked import open_memo
from tests.ui.elsewhere import look, opened
from tests.ui.notes.test_annotation_changed_elsewhere import _annotating

TYPED = "Rueckruf bei der Bundesbank"


def _typed(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def _typed_then_binned(qtbot, make_window, other: Store):
    """The window's note typed into, and its source binned in the other window before a save."""
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    note = window.notes.note
    note.reveal()
    _typed(qtbot, note.editor, TYPED)
    other.sources.delete(source_id)
    return window, note, source_id


def test_a_note_whose_source_was_binned_elsewhere_is_held_and_copied(qtbot, make_window, other: Store) -> None:
    window, note, source_id = _typed_then_binned(qtbot, make_window, other)
    look(qtbot, window)
    assert window.open_source_id != source_id
    assert note.lost.isVisible() and note.lost.text == TYPED
    assert "deleted elsewhere" in note.lost.label.text()
    assert not note.lost.keep_button.isVisible()  # no source left to keep it with: copy it
    assert other.notes.get(source_id).body == ""  # not hidden in the bin with its source
    qtbot.mouseClick(note.lost.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == TYPED
    assert not note.lost.isVisible()


def test_a_pause_in_typing_after_the_deletion_tells_it_too(qtbot, make_window, other: Store) -> None:
    """Deleted in the two seconds before the window looked: the save looks first."""
    _window, note, source_id = _typed_then_binned(qtbot, make_window, other)
    note.editor.flush()  # the pause in typing, before the timer's look
    assert note.lost.isVisible() and note.lost.text == TYPED
    assert other.notes.get(source_id).body == ""


def test_the_text_survives_the_next_source_until_let_go(qtbot, make_window, other: Store) -> None:
    window, note, _source_id = _typed_then_binned(qtbot, make_window, other)
    look(qtbot, window)
    window.library.move_selection(1)  # on to another source: the bar and its text stay
    assert note.lost.isVisible() and note.lost.text == TYPED
    qtbot.mouseClick(note.lost.drop_button, Qt.MouseButton.LeftButton)
    assert not note.lost.isVisible() and note.lost.text == ""


def test_an_annotation_whose_highlight_was_deleted_elsewhere_goes_below_the_note(qtbot, make_window,
                                                                                  other: Store) -> None:  # fmt: skip
    window, first, _second = _annotating(qtbot, make_window)
    source_id = window.open_source_id
    annotation = window.notes.annotation
    _typed(qtbot, annotation.editor, " und geprueft")
    other.notes.set(source_id, "Zusammenfassung")
    other.highlights.delete(first)
    look(qtbot, window)
    assert annotation.lost.isVisible() and annotation.lost.text == "Loaded und geprueft"
    assert "highlight was deleted elsewhere" in annotation.lost.label.text()
    qtbot.mouseClick(annotation.lost.keep_button, Qt.MouseButton.LeftButton)
    assert other.notes.get(source_id).body == "Zusammenfassung\n\nLoaded und geprueft"
    assert window.notes.note.editor.toPlainText() == "Zusammenfassung\n\nLoaded und geprueft"
    assert not annotation.lost.isVisible()


def test_a_briefing_text_whose_item_was_deleted_elsewhere_is_kept_as_a_new_item(qtbot, make_window, monkeypatch,
                                                                                other: Store) -> None:  # fmt: skip
    window = opened(qtbot, make_window)
    composer = open_memo(window, monkeypatch)
    composer.add_item(ItemKind.HEADING, "Lage")
    composer.add_item(ItemKind.TEXT, "Loaded")
    briefing_id = composer.briefing_id
    _heading, text = (i.id for i in window.session.store.briefings.items(briefing_id))
    composer.items_list.setCurrentRow(1)
    _typed(qtbot, composer.editor, " and typed")
    other.briefings.remove_item(text)
    composer.editor.flush()  # the pause in typing
    lost = composer.item_editor.lost
    assert lost.isVisible() and lost.text == "Loaded and typed"
    qtbot.mouseClick(lost.keep_button, Qt.MouseButton.LeftButton)
    items = other.briefings.items(briefing_id)
    assert [(i.kind, i.text) for i in items] == [(ItemKind.HEADING, "Lage"), (ItemKind.TEXT, "Loaded and typed")]
    assert not lost.isVisible()


def test_a_source_deleted_here_takes_its_typed_note_along_and_undo_brings_both(qtbot, make_window, monkeypatch) -> None:
    """Not deleted elsewhere: the window's own Delete source. No bar: the typing goes into the
    bin with the source, as before, and Ctrl+Z brings the source back with it."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr("reader.ui.dialogs.run", lambda _question: QMessageBox.StandardButton.Yes)
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    note = window.notes.note
    note.reveal()
    _typed(qtbot, note.editor, TYPED)
    assert window.editor.delete(source_id)
    assert not note.lost.isVisible()
    window.undo_action.trigger()
    window.open_source(source_id)
    assert note.editor.toPlainText() == TYPED


def test_quitting_while_a_bar_holds_text_asks_first(qtbot, make_window, monkeypatch, other: Store) -> None:
    from PySide6.QtWidgets import QMessageBox

    window, note, _source_id = _typed_then_binned(qtbot, make_window, other)
    look(qtbot, window)
    asked: list[str] = []

    def answer(box: QMessageBox, label: str) -> int:
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == label)
        button.click()
        return 0

    monkeypatch.setattr("reader.ui.dialogs.run", lambda box: answer(box, "Stay"))
    assert not window.close()
    assert note.lost.text == TYPED and "saved nowhere" in asked[0]
    monkeypatch.setattr("reader.ui.dialogs.run", lambda box: answer(box, "Quit without it"))
    assert window.close()


def test_quitting_brings_up_the_closed_composer_whose_bar_holds_text(qtbot, make_window, monkeypatch,
                                                                    other: Store) -> None:  # fmt: skip
    """The composer closed after its item's text was lost: the dock is only hidden, and the
    question at quit spoke of a bar no one could see. It is shown before the question."""
    from PySide6.QtWidgets import QMessageBox

    window = opened(qtbot, make_window)
    composer = open_memo(window, monkeypatch)
    composer.add_item(ItemKind.TEXT, "Loaded")
    _typed(qtbot, composer.editor, " and typed")
    other.briefings.remove_item(composer.current_item().id)
    composer.editor.flush()  # the pause in typing
    lost = composer.item_editor.lost
    window.briefings.dock.close()
    assert not lost.isVisible()
    seen: list[bool] = []

    def answer(box: QMessageBox, label: str) -> int:
        seen.append(lost.isVisible())
        next(b for b in box.buttons() if b.text().replace("&", "") == label).click()
        return 0

    monkeypatch.setattr("reader.ui.dialogs.run", lambda box: answer(box, "Stay"))
    assert not window.close()
    assert seen == [True] and lost.isVisible() and lost.text == "Loaded and typed"
    monkeypatch.setattr("reader.ui.dialogs.run", lambda box: answer(box, "Quit without it"))
    assert window.close()


def test_two_annotations_lost_on_two_sources_each_go_to_their_own_note(qtbot, make_window, other: Store) -> None:
    """The bar holds the first lost annotation when a second is lost on another source: Add to
    the note puts each below its own source's note. The last place's keep took both texts, and
    the first source's annotation ended in the second source's note."""
    window, first, _second = _annotating(qtbot, make_window)
    store, annotation = window.session.store, window.notes.annotation
    one = window.open_source_id
    _typed(qtbot, annotation.editor, " eins")
    other.highlights.delete(first)
    look(qtbot, window)
    window.library.move_selection(1)
    two = window.open_source_id
    assert two != one
    window.session.apply(lambda: store.highlights.add(two, 0, 5, "evidence", "Zweite")[1])
    window.notes.select_highlight(store.highlights.for_source(two)[0].id)
    _typed(qtbot, annotation.editor, " zwei")
    other.highlights.delete(store.highlights.for_source(two)[0].id)
    look(qtbot, window)
    assert annotation.lost.text == "Loaded eins\n\nZweite zwei"
    qtbot.mouseClick(annotation.lost.keep_button, Qt.MouseButton.LeftButton)
    assert (other.notes.get(one).body, other.notes.get(two).body) == ("Loaded eins", "Zweite zwei")
    assert not annotation.lost.isVisible()


@pytest.mark.parametrize("hidden_by", ["notes_action", "focus_mode_action", "all_highlights", "library_table"])
def test_quitting_brings_up_the_hidden_notes_pane_whose_bar_holds_text(qtbot, make_window, monkeypatch,
                                                                       other: Store, hidden_by: str) -> None:  # fmt: skip
    """As the composer's: the notes pane hidden after the note's text was lost (View ▸ Show
    notes, focus mode, or a full-width view over the reading panes), the question at quit
    spoke of a bar no one could see. It is shown first."""
    from PySide6.QtWidgets import QMessageBox

    window, note, _source_id = _typed_then_binned(qtbot, make_window, other)
    look(qtbot, window)
    hide = {"all_highlights": window.modes.action, "library_table": window.table_mode.action}
    (hide.get(hidden_by) or getattr(window.keys, hidden_by)).trigger()
    assert not note.lost.isVisible()
    seen: list[bool] = []

    def answer(box: QMessageBox, label: str) -> int:
        seen.append(note.lost.isVisible())
        next(b for b in box.buttons() if b.text().replace("&", "") == label).click()
        return 0

    monkeypatch.setattr("reader.ui.dialogs.run", lambda box: answer(box, "Stay"))
    assert not window.close()
    assert seen == [True] and note.lost.isVisible() and note.lost.text == TYPED
    monkeypatch.setattr("reader.ui.dialogs.run", lambda box: answer(box, "Quit without it"))
    assert window.close()

"""Ctrl+Shift+Z (Ctrl+Y) in the summary note: typing undone there and the window's steps undone
after it (by Ctrl+Z there or anywhere, or Edit ▸ Undo with the mouse) come back in the opposite
order, as Edit ▸ Redo takes them; the typing too after the window's Undo reloaded the note.
Each key a real key press; helpers shared with test_ctrl_z_in_the_editors."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui import undoable
from tests.ui.elsewhere import opened
from tests.ui.test_ctrl_z_in_the_editors import _note, _note_window, _redo, _saved, _tags, _undo
from tests.ui.test_typing_where_it_was_deleted_elsewhere import _typed


def test_ctrl_shift_z_brings_back_typing_undone_before_the_saved_text_below_it(qtbot, make_window) -> None:
    """Ctrl+Z past the unsaved typing to the saved burst below it reloads the note, which emptied
    Qt's Redo: Ctrl+Shift+Z brought "Hallo" back, then nothing, and " Welt" was gone."""
    window, editor = _note_window(qtbot, make_window)
    _saved(qtbot, editor, "Hallo")
    _typed(qtbot, editor, " Welt")
    _undo(qtbot, editor)
    _undo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == ""
    _redo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == "Hallo"
    _redo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == "Hallo Welt"
    assert not window.redo_action.isEnabled()


def test_the_typing_brought_back_past_a_reload_waits_for_the_steps_undone_after_it(qtbot, make_window) -> None:
    """Ctrl+Z: the typing, a tag added after the saved text, the saved text. Ctrl+Shift+Z brings
    them back in the opposite order: the text, the tag, then the typing."""
    window, editor = _note_window(qtbot, make_window)
    _saved(qtbot, editor, "Hallo")
    undoable.add_tag(window.session, window.open_source_id, "Korea")
    _typed(qtbot, editor, " Welt")
    for _ in range(3):
        _undo(qtbot, editor)
    assert _note(window) == "" and _tags(window) == ["Japan"]
    _redo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == "Hallo" and _tags(window) == ["Japan"]
    _redo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == "Hallo" and _tags(window) == ["Japan", "Korea"]
    _redo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == "Hallo Welt"


def test_typing_over_a_reloaded_note_lets_the_undone_typing_go(qtbot, make_window) -> None:
    """Typed anew, Redo is the new typing's: the older typing undone does not come back."""
    window, editor = _note_window(qtbot, make_window)
    _saved(qtbot, editor, "Hallo")
    _typed(qtbot, editor, " Welt")
    _undo(qtbot, editor)
    _undo(qtbot, editor)
    _saved(qtbot, editor, "Hallo")  # the same words again, a step of their own
    _undo(qtbot, editor)
    _redo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == "Hallo"
    _redo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == "Hallo"


def test_typing_undone_in_the_editor_is_redone_there_after_its_save(qtbot, make_window) -> None:
    """Ctrl+Z of a part of the typing saves the rest (a step); Ctrl+Shift+Z still brings the part back."""
    window, editor = _note_window(qtbot, make_window)
    _typed(qtbot, editor, "Hallo Welt")
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClicks(editor, "Neu: ")
    _undo(qtbot, editor)  # "Neu: " goes; "Hallo Welt" is saved, as Undo typed in the editor saves at once
    assert editor.toPlainText() == _note(window) == "Hallo Welt"
    _redo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == "Neu: Hallo Welt"


def test_going_on_past_typing_undone_here_redoes_the_windows_step_first(qtbot, make_window) -> None:
    """Typing undone in the editor, then the tag before it by a second Ctrl+Z: Ctrl+Shift+Z brings
    the tag back, then the typing. Redone by the editor first, the typing was saved as a new
    step, and the tag's Redo was gone for good."""
    window, editor = _note_window(qtbot, make_window)
    _typed(qtbot, editor, "Hallo")
    _undo(qtbot, editor)
    _undo(qtbot, editor)
    assert _tags(window) == [] and editor.toPlainText() == ""
    _redo(qtbot, editor)
    assert _tags(window) == ["Japan"] and editor.toPlainText() == _note(window) == ""
    _redo(qtbot, editor)  # then the typing, in the order Ctrl+Z took them back
    assert editor.toPlainText() == _note(window) == "Hallo" and _tags(window) == ["Japan"]


def test_typing_undone_stays_to_redo_when_the_window_has_nothing_to_undo(qtbot, make_window) -> None:
    window = opened(qtbot, make_window)
    window.activateWindow()
    window.notes.note.reveal()
    editor = window.notes.note.editor
    assert not window.undo_action.isEnabled()
    _typed(qtbot, editor, "Hallo")
    _undo(qtbot, editor)
    _undo(qtbot, editor)  # nothing left to take: nothing happens, nothing is let go
    assert editor.toPlainText() == ""
    _redo(qtbot, editor)
    assert editor.toPlainText() == "Hallo"
    qtbot.waitUntil(lambda: _note(window) == "Hallo")


def _tag_undone(qtbot, window, editor) -> None:
    """The tag "Japan" taken back by Ctrl+Z in the note: a step the window can redo."""
    _undo(qtbot, editor)
    assert _tags(window) == [] and window.redo_action.isEnabled()


def test_typing_undone_after_the_windows_undo_is_redone_first(qtbot, make_window) -> None:
    """Undone last, redone first: the typing, not the tag undone before it was typed."""
    window, editor = _note_window(qtbot, make_window)
    _tag_undone(qtbot, window, editor)
    _typed(qtbot, editor, "Hallo")
    _undo(qtbot, editor)
    _undo(qtbot, editor)  # nothing left for the window to take back: nothing handed on
    _redo(qtbot, editor)
    assert editor.toPlainText() == "Hallo" and _tags(window) == []


def test_typing_after_going_on_past_typed_text_is_redone_here(qtbot, make_window) -> None:
    """New typing starts the editor's own history afresh: its Ctrl+Shift+Z is the editor's."""
    window, editor = _note_window(qtbot, make_window)
    _typed(qtbot, editor, "Alt")
    _undo(qtbot, editor)
    _tag_undone(qtbot, window, editor)
    _typed(qtbot, editor, "Neu")
    _undo(qtbot, editor)
    assert editor.toPlainText() == ""
    _redo(qtbot, editor)
    assert editor.toPlainText() == "Neu" and _tags(window) == []


def test_typing_undone_then_a_step_undone_from_the_menu_is_redone_after_it(qtbot, make_window) -> None:
    """Ctrl+Z of the typing, then Edit ▸ Undo with the mouse (the tag): Ctrl+Shift+Z brings the
    tag back first, then the typing. Only keys were counted: the typing was redone first, saved
    as a new step, and the tag's Redo was gone for good."""
    window, editor = _note_window(qtbot, make_window)
    _typed(qtbot, editor, "Hallo")
    _undo(qtbot, editor)
    window.undo_action.trigger()
    assert _tags(window) == [] and editor.toPlainText() == ""
    _redo(qtbot, editor)
    assert _tags(window) == ["Japan"] and editor.toPlainText() == _note(window) == ""
    _redo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == "Hallo" and _tags(window) == ["Japan"]


def test_a_step_handed_on_by_ctrl_z_and_redone_from_the_menu_leaves_the_typing_next(qtbot, make_window) -> None:
    """Ctrl+Z past the typing to the tag, Edit ▸ Redo with the mouse brings the tag back: the next
    Ctrl+Shift+Z is the typing's, not the window's (a tag added meanwhile has no Redo to take)."""
    window, editor = _note_window(qtbot, make_window)
    _typed(qtbot, editor, "Hallo")
    _undo(qtbot, editor)
    _undo(qtbot, editor)
    window.redo_action.trigger()
    assert _tags(window) == ["Japan"] and editor.toPlainText() == ""
    _redo(qtbot, editor)
    assert editor.toPlainText() == "Hallo"


def test_typing_undone_from_the_editors_context_menu_counts_too(qtbot, make_window) -> None:
    """Undo in the editor's right-click menu, then Edit ▸ Undo: the tag is redone first."""
    window, editor = _note_window(qtbot, make_window)
    _typed(qtbot, editor, "Hallo")
    editor.undo()  # what the context menu's Undo calls
    window.undo_action.trigger()
    _redo(qtbot, editor)
    assert _tags(window) == ["Japan"] and editor.toPlainText() == ""
    _redo(qtbot, editor)
    assert editor.toPlainText() == "Hallo"


def test_typing_undone_is_redone_here_once_a_new_step_took_the_windows_redo(qtbot, make_window) -> None:
    """Steps undone past the typing, then a new one (a tag): the window has nothing to redo, and
    Ctrl+Shift+Z brings the typing, as Edit ▸ Redo, which names it, does."""
    window, editor = _note_window(qtbot, make_window)
    undoable.add_tag(window.session, window.open_source_id, "Korea")
    _typed(qtbot, editor, "Hallo")
    _undo(qtbot, editor)
    _undo(qtbot, editor)
    _undo(qtbot, editor)
    undoable.add_tag(window.session, window.open_source_id, "China")
    assert window.redo_action.isEnabled() and window.redo_action.text().startswith("&Redo Edit summary note on “")
    _redo(qtbot, editor)
    assert editor.toPlainText() == "Hallo" and _tags(window) == ["China"]

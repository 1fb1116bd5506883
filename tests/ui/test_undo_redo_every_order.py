"""Undo and Redo in every order a user can take them: by key or from the Edit menu with the
mouse, taking back typing (not yet saved, or saved by a pause) or a step of the window's (the
tag "Japan"), with the focus in the summary note or in the library's list. Each row is a user's
sequence and what the note and the tags should show after each move; no typing is ever lost.

The menu is the real one, opened on the menu bar and its entry clicked, so its popup takes the
focus from the note as a click does (which saves typing not yet saved). On main the menu's Redo
was greyed out over typing Ctrl+Z had taken back in the note (rows "key undo, menu redo"), and
after typing undone past the tag the menu redid the tag before the typing undone last."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from reader.core.briefing_model import ItemKind
from reader.ui import undoable
from tests.ui.briefing.test_composer_docked import open_memo
from tests.ui.elsewhere import opened
from tests.ui.test_ctrl_z_in_the_editors import _note, _note_window, _redo, _tags, _undo
from tests.ui.test_typing_where_it_was_deleted_elsewhere import _typed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the menu's popup

J: list[str] = ["Japan"]
NONE: list[str] = []


def by_menu(qtbot, window, action: QAction) -> tuple[str, bool]:
    """Open Edit on the menu bar with the mouse and click `action`; what the entry read
    (its text, whether it could be chosen). A greyed-out entry clicked leaves the menu open: Esc."""
    bar = window.menuBar()
    edit = next(a for a in bar.actions() if a.menu() is not None and action in a.menu().actions())
    menu = edit.menu()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(edit).center())
    qtbot.waitUntil(menu.isVisible)
    seen = action.text(), action.isEnabled()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    if menu.isVisible():
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
    return seen


def _move(qtbot, window, move: str) -> None:
    editor, keys = window.notes.note.editor, QApplication.focusWidget() or window
    if move.startswith("type "):
        _typed(qtbot, editor, move.removeprefix("type "))
    elif move == "pause":  # the pause in typing that saves it, a step of the window's
        qtbot.waitUntil(lambda: not editor.pending)
    elif move == "key undo":
        _undo(qtbot, keys)
    elif move == "key redo":
        _redo(qtbot, keys)
    elif move in ("menu undo", "menu redo"):
        by_menu(qtbot, window, window.undo_action if move == "menu undo" else window.redo_action)
    elif move == "to the list":  # a click elsewhere: the focus leaves the note (which saves its typing)
        window.library.source_view.setFocus(Qt.FocusReason.MouseFocusReason)
    elif move == "to the note":
        editor.setFocus(Qt.FocusReason.MouseFocusReason)
    else:
        raise AssertionError(move)


# (what the user does, the note shown after it, the tags after it); the window starts with the
# tag "Japan" added (a step of its own) and an empty note, the focus in it.
ORDERS: dict[str, list[tuple[str, str, list[str]]]] = {
    "key undo typing, key redo": [("type Hallo", "Hallo", J), ("key undo", "", J), ("key redo", "Hallo", J)],
    "key undo typing, menu redo": [("type Hallo", "Hallo", J), ("key undo", "", J), ("menu redo", "Hallo", J)],
    "menu undo typing, key redo": [("type Hallo", "Hallo", J), ("menu undo", "", J), ("key redo", "Hallo", J)],
    "menu undo typing, menu redo": [("type Hallo", "Hallo", J), ("menu undo", "", J), ("menu redo", "Hallo", J)],
    "saved typing: key undo, menu redo": [("type Hallo", "Hallo", J), ("pause", "Hallo", J), ("key undo", "", J),
                                          ("menu redo", "Hallo", J)],
    "saved typing: menu undo, key redo": [("type Hallo", "Hallo", J), ("pause", "Hallo", J), ("menu undo", "", J),
                                          ("key redo", "Hallo", J)],
    "key undo past the typing, menu redo twice": [("type Hallo", "Hallo", J), ("key undo", "", J), ("key undo", "", NONE),
                                                  ("menu redo", "", J), ("menu redo", "Hallo", J)],
    "menu undo past the typing, key redo twice": [("type Hallo", "Hallo", J), ("menu undo", "", J), ("menu undo", "", NONE),
                                                  ("key redo", "", J), ("key redo", "Hallo", J)],
    "key undo typing, menu undo the tag, key redo twice": [("type Hallo", "Hallo", J), ("key undo", "", J),
                                                           ("menu undo", "", NONE), ("key redo", "", J),
                                                           ("key redo", "Hallo", J)],
    "key undo typing, menu undo the tag, menu redo twice": [("type Hallo", "Hallo", J), ("key undo", "", J),
                                                            ("menu undo", "", NONE), ("menu redo", "", J),
                                                            ("menu redo", "Hallo", J)],
    "tag undone, typed, key undo: menu redo is the typing's": [("menu undo", "", NONE), ("type Hallo", "Hallo", NONE),
                                                               ("key undo", "", NONE), ("menu redo", "Hallo", NONE),
                                                               ("menu redo", "Hallo", NONE)],
    "key redo, then menu undo and redo": [("type Hallo", "Hallo", J), ("key undo", "", J), ("key redo", "Hallo", J),
                                          ("menu undo", "", J), ("menu redo", "Hallo", J)],
    "save between: key undo, menu undo, menu redo twice": [("type Hallo", "Hallo", J), ("pause", "Hallo", J),
                                                           ("type  Welt", "Hallo Welt", J), ("key undo", "Hallo", J),
                                                           ("menu undo", "", J), ("menu redo", "Hallo", J),
                                                           ("menu redo", "Hallo Welt", J)],
    "save between: menu undo, key undo, key redo, menu redo": [("type Hallo", "Hallo", J), ("pause", "Hallo", J),
                                                               ("type  Welt", "Hallo Welt", J),
                                                               ("menu undo", "Hallo", J), ("key undo", "", J),
                                                               ("key redo", "Hallo", J), ("menu redo", "Hallo Welt", J)],
    # The focus elsewhere: keys and menu take the window's steps; typing undone in the note
    # waits there for Ctrl+Shift+Z (or Edit ▸ Redo) with the focus back in it.
    "key undo typing, focus away: redo by menu and key is the window's": [
        ("type Hallo", "Hallo", J), ("key undo", "", J), ("to the list", "", J), ("menu redo", "", J),
        ("key redo", "", J), ("key undo", "", NONE), ("menu redo", "", J), ("to the note", "", J),
        ("menu redo", "Hallo", J)],
    "typing left unsaved by a click away, undone and redone from there": [
        ("type Hallo", "Hallo", J), ("to the list", "Hallo", J), ("key undo", "", J), ("menu redo", "Hallo", J),
        ("menu undo", "", J), ("key redo", "Hallo", J), ("to the note", "Hallo", J), ("key undo", "", J),
        ("menu redo", "Hallo", J)],
}


@pytest.mark.parametrize("order", list(ORDERS))
def test_every_order_of_undo_and_redo_does_what_a_user_expects(qtbot, make_window, order: str) -> None:
    window, editor = _note_window(qtbot, make_window)
    for number, (move, shown, tags) in enumerate(ORDERS[order], 1):
        _move(qtbot, window, move)
        assert (editor.toPlainText(), _tags(window)) == (shown, tags), f"after move {number}, {move!r}"
    window.notes.flush()  # what is shown is what is kept
    assert _note(window) == editor.toPlainText()


def test_the_menu_names_the_typing_ctrl_z_took_back_and_greys_out_with_nothing(qtbot, make_window) -> None:
    window, editor = _note_window(qtbot, make_window)
    title = window.session.store.sources.get(window.open_source_id).title
    _typed(qtbot, editor, "Hallo")
    _undo(qtbot, editor)
    redo = by_menu(qtbot, window, window.redo_action)
    assert redo == (f"&Redo Edit summary note on “{title[:31]}…”", True) and editor.toPlainText() == "Hallo"
    assert window.undo_action.text().startswith("&Undo Edit summary note on “")
    _undo(qtbot, editor)
    _undo(qtbot, editor)
    assert by_menu(qtbot, window, window.undo_action) == ("&Undo", False)
    assert _tags(window) == [] and editor.toPlainText() == ""


def test_the_menus_redo_brings_the_typing_once_a_new_step_took_the_windows_redo(qtbot, make_window) -> None:
    """Ctrl+Z past the typing and two tags, then a new tag: the window has nothing to redo and
    Ctrl+Shift+Z brings the typing. The menu's Redo was greyed out there."""
    window, editor = _note_window(qtbot, make_window)
    undoable.add_tag(window.session, window.open_source_id, "Korea")
    _typed(qtbot, editor, "Hallo")
    for _ in range(3):
        _undo(qtbot, editor)
    undoable.add_tag(window.session, window.open_source_id, "China")
    text, enabled = by_menu(qtbot, window, window.redo_action)
    assert enabled and text.startswith("&Redo Edit summary note on “")
    assert editor.toPlainText() == "Hallo" and _tags(window) == ["China"]
    qtbot.waitUntil(lambda: _note(window) == "Hallo")


def test_the_menus_undo_on_a_full_disk_takes_back_the_typing_as_ctrl_z_does(qtbot, make_window, full_disk) -> None:
    """The disk full, typing the menu's opening could not save (its focus-out says the disk is
    full): Edit ▸ Undo takes it back in the note, as Ctrl+Z there does, and Redo brings it again
    (its save fails in turn, told as the key's is). The menu saved it first, which failed: the
    disk's error a second time, and the typing still there."""
    window, editor = _note_window(qtbot, make_window)
    full_disk(window.session.store)
    _typed(qtbot, editor, "Ha")
    editor.insertPlainText("llo " * 5000)  # needs pages the full library lacks
    with qtbot.capture_exceptions() as raised:
        text, enabled = by_menu(qtbot, window, window.undo_action)
        assert enabled and text.startswith("&Undo Edit summary note on “")
        qtbot.waitUntil(lambda: len(raised) > 0)  # the focus-out's, told once the click is done
        assert len(raised) == 1 and editor.toPlainText() == _note(window) == "" and _tags(window) == J
        window.activateWindow()  # as the error's box, closed, leaves it (offscreen: no box, no focus)
        editor.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
        text, enabled = by_menu(qtbot, window, window.redo_action)
        assert enabled and text.startswith("&Redo Edit summary note on “")
    assert editor.toPlainText() == "Ha" + "llo " * 5000 and _note(window) == ""  # kept, to be saved
    assert len(raised) == 2 and all("full" in str(error) for _, error, _ in raised)


def test_typing_undone_in_a_note_waits_there_while_another_source_is_shown(qtbot, make_window) -> None:
    """Ctrl+Z of the typing, another source opened and this one again: Edit ▸ Redo in its note
    names and brings back the typing; the other source's note had none to bring."""
    window, editor = _note_window(qtbot, make_window)
    first = window.open_source_id
    _typed(qtbot, editor, "Hallo")
    _undo(qtbot, editor)
    other = next(i for i in window.library.model.ids() if i != first)
    for source_id in (other, first):
        assert window.library.select_source(source_id)
        qtbot.waitUntil(lambda s=source_id: window.open_source_id == s)
        editor.setFocus()
        redo = by_menu(qtbot, window, window.redo_action)
        assert redo[1] is (source_id == first), source_id
    assert redo[0].startswith("&Redo Edit summary note on “") and editor.toPlainText() == "Hallo"
    qtbot.waitUntil(lambda: _note(window) == "Hallo")


def test_the_menu_names_the_typing_in_german(qtbot, make_window, speak) -> None:
    speak("de")
    window, editor = _note_window(qtbot, make_window)
    _typed(qtbot, editor, "Hallo")
    _undo(qtbot, editor)
    text, enabled = by_menu(qtbot, window, window.redo_action)
    assert enabled and text.startswith("&Wiederholen: Notiz zu „") and text.endswith("“ bearbeiten")
    assert editor.toPlainText() == "Hallo"


def test_typing_undone_in_an_annotation_comes_back_with_its_highlight(qtbot, make_window) -> None:
    """Ctrl+Z of the typing, then of the highlight it was typed on (the annotation goes with it):
    Ctrl+Shift+Z brings the highlight back, and, in its annotation, the typing. It was lost:
    the annotation shown anew had no Redo."""
    window = opened(qtbot, make_window)
    window.activateWindow()
    store = window.session.store
    highlight_id = undoable.add_highlight(window.session, window.open_source_id, (0, 5), "evidence")
    window.notes.select_highlight(highlight_id)
    editor = window.notes.annotation.editor
    _typed(qtbot, editor, "Getippt")
    _undo(qtbot, editor)
    _undo(qtbot, editor)
    assert store.highlights.get(highlight_id) is None
    _redo(qtbot, QApplication.focusWidget() or window)
    assert store.highlights.get(highlight_id) is not None
    window.notes.select_highlight(highlight_id)
    editor.setFocus()
    _redo(qtbot, editor)
    assert editor.toPlainText() == "Getippt"
    qtbot.waitUntil(lambda: store.highlights.get(highlight_id).annotation == "Getippt")


def test_the_menu_names_an_annotations_typing_and_brings_it_back(qtbot, make_window) -> None:
    window = opened(qtbot, make_window)
    window.activateWindow()
    highlight_id = undoable.add_highlight(window.session, window.open_source_id, (0, 5), "evidence")
    passage = window.session.store.highlights.get(highlight_id).exact
    window.notes.select_highlight(highlight_id)
    editor = window.notes.annotation.editor
    _typed(qtbot, editor, "Getippt")
    _undo(qtbot, editor)
    assert by_menu(qtbot, window, window.redo_action) == (f"&Redo Edit annotation on “{passage}”", True)
    assert editor.toPlainText() == "Getippt"
    qtbot.waitUntil(lambda: window.session.store.highlights.get(highlight_id).annotation == "Getippt")


@pytest.mark.parametrize("kind, step", [(ItemKind.TEXT, "Edit text"), (ItemKind.HEADING, "Edit heading")])
def test_the_menu_names_a_briefings_typing_and_brings_it_back(qtbot, make_window, monkeypatch, kind, step) -> None:
    window = opened(qtbot, make_window)
    window.activateWindow()
    composer = open_memo(window, monkeypatch)
    composer.add_item(kind, "Geladen")
    editor = composer.editor
    _typed(qtbot, editor, " und mehr")
    _undo(qtbot, editor)
    assert editor.toPlainText() == "Geladen"
    assert by_menu(qtbot, window, window.redo_action) == (f"&Redo {step}", True)
    assert editor.toPlainText() == "Geladen und mehr"
    qtbot.waitUntil(lambda: window.session.store.briefings.items(composer.briefing_id)[0].text == "Geladen und mehr")

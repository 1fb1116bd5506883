"""What a consultant notices in the window's chrome at once: menu letters that collide, form
labels that do not line up, Undo named in broken German, a language choice that seemed to do
nothing. Found by driving the real window; the views are in test_window_polish_views."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QFormLayout, QGroupBox, QMenu

from reader.core.settings import Settings


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _clashes(menu: QMenu) -> dict[str, list[str]]:
    """Letters that two entries of one menu (or of a submenu) share: Alt+letter then only
    cycles between them instead of choosing one."""
    letters: dict[str, list[str]] = {}
    clashes: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator():
            continue
        letter = _mnemonic(action.text())
        if letter is not None:
            letters.setdefault(letter, []).append(action.text())
        if action.menu() is not None:
            clashes.update(_clashes(action.menu()))
    clashes.update({k: v for k, v in letters.items() if len(v) > 1})
    return clashes


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_two_entries_of_a_menu_share_their_letter(make_window, speak, language) -> None:
    speak(language)
    window = make_window(start=False)
    titles = [_mnemonic(title) for title, _menu in window.menus]
    assert len(set(titles)) == len(titles) and None not in titles
    for title, menu in window.menus:
        assert _clashes(menu) == {}, title


@pytest.mark.parametrize("language", ["en", "de"])
def test_view_menu_toggles_have_a_letter(make_window, speak, language) -> None:
    """Show original, Show library, Show notes and Focus mode are reachable with Alt+V, letter."""
    speak(language)
    window = make_window(start=False)
    view = dict(window.menus)[window.menus[2][0]]
    for action in (window.article.show_original_action, window.keys.library_action, window.keys.notes_action,
                   window.keys.focus_mode_action):  # fmt: skip
        assert action in view.actions() and _mnemonic(action.text()) is not None, action.text()


@pytest.mark.parametrize("language", ["en", "de"])
def test_preferences_fields_line_up_across_groups(qtbot, speak, language) -> None:
    """Theme, Window and Key 1 start at one x: three groups, one column of fields."""
    from reader.ui.dialogs.preferences_dialog import PreferencesDialog

    speak(language)
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    lefts = {dialog.theme_box.mapTo(dialog, dialog.theme_box.rect().topLeft()).x(),
             dialog.language_box.mapTo(dialog, dialog.language_box.rect().topLeft()).x(),
             dialog.label_edits["key"].mapTo(dialog, dialog.label_edits["key"].rect().topLeft()).x()}  # fmt: skip
    assert len(lefts) == 1
    for group in dialog.findChildren(QGroupBox):
        form = group.layout()
        assert isinstance(form, QFormLayout)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and label.widget() is not None and label.widget().text():
                assert label.widget().buddy() is field.widget()  # its letter moves the focus there
                assert _mnemonic(label.widget().text()) is not None, label.widget().text()


@pytest.mark.parametrize(("language", "undo", "redo"), [
    ("en", "Undo Edit summary note on “Gegengewicht zu China: Japan un…”", "Redo Edit summary note on “Gegengewicht zu China: Japan un…”"),
    ("de", "Rückgängig: Notiz zu „Gegengewicht zu China: Japan un…“ bearbeiten", "Wiederholen: Notiz zu „Gegengewicht zu China: Japan un…“ bearbeiten"),
])  # fmt: skip
def test_undo_and_redo_name_the_step_as_each_language_says_it(make_window, speak, qtbot, language, undo, redo) -> None:
    """Qt glued prefix and step with a space: "Rückgängig Notiz bearbeiten" is not German."""
    speak(language)
    window = make_window(start=False)
    bare = {"en": ("Undo", "Redo"), "de": ("Rückgängig", "Wiederholen")}[language]
    assert (window.undo_action.text().replace("&", ""), window.redo_action.text().replace("&", "")) == bare
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.start()
    qtbot.waitUntil(lambda: not window.library.loader.pending())  # the list after an import shows
    window.library.select_source(window.session.store.sources.ids()[0])
    window.notes.note.editor.setFocus()
    qtbot.keyClicks(window.notes.note.editor, "Tokio")
    window.notes.flush()
    assert window.undo_action.text().replace("&", "") == undo and window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.redo_action.text().replace("&", "") == redo and window.redo_action.isEnabled()
    said = {"en": "Undone: Edit summary note on “Gegengewicht zu China: Japan un…”",
            "de": "Rückgängig gemacht: Notiz zu „Gegengewicht zu China: Japan un…“ bearbeiten"}[language]  # fmt: skip
    assert window.statusBar().currentMessage() == said  # not the line about the step, as if it held
    assert window.undo_action.text().replace("&", "") in bare  # nothing left to take back
    # Redoing says what the menu said: "Wiederholt", not "Wiederhergestellt" (restored), the
    # word the window uses for a backup or a block brought back.
    window.redo_action.trigger()
    said = {"en": "Redone: Edit summary note on “Gegengewicht zu China: Japan un…”",
            "de": "Wiederholt: Notiz zu „Gegengewicht zu China: Japan un…“ bearbeiten"}[language]  # fmt: skip
    assert window.statusBar().currentMessage() == said


def _window_letters(window) -> dict[str, list[str]]:
    """Alt+letter owners visible in the window: the menu bar's titles, buttons, labels' buddies."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    owners: dict[str, list[str]] = {}
    for title, _menu in window.menus:
        owners.setdefault(_mnemonic(title) or "", []).append(title)
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if not widget.isVisible() or (isinstance(widget, QLabel) and widget.buddy() is None):
            continue
        letter = _mnemonic(widget.text())
        if letter is not None:
            owners.setdefault(letter, []).append(widget.text())
    return {k: v for k, v in owners.items() if len(v) > 1}


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_letter_is_claimed_twice_in_the_window(make_window, speak, qtbot, language) -> None:
    """An Alt+letter owned by a menu and a button only cycles the focus between them
    (German “Quellen in der &Bibliothek anzeigen” against the menu “&Bearbeiten”)."""
    speak(language)
    window = make_window()
    assert _window_letters(window) == {}
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.setChecked(True)
    assert _window_letters(window) == {}


def test_the_shortcut_sheet_lists_undo_without_the_step(make_window) -> None:
    """Help ▸ Keyboard shortcuts listed “Undo Add text” and “Redo Update “ECB …””."""
    from reader.core.changes import Changes
    from reader.ui.dialogs.help_dialogs import shortcut_rows

    window = make_window(start=False)
    window.session.perform("Add text", Changes, Changes)
    window.undo_action.trigger()
    window.session.perform("Edit summary note", Changes, Changes)  # one to undo, none to redo
    window.session.perform("Add text", Changes, Changes)
    window.undo_action.trigger()  # now one of each
    rows = shortcut_rows([(title, menu.actions()) for title, menu in window.menus])
    edits = [(command, keys) for menu, command, keys in rows if menu == "Edit"]
    assert edits[0] == ("Undo", "Ctrl+Z") and edits[1][0] == "Redo" and "Ctrl+Shift+Z" in edits[1][1]


def test_choosing_another_language_says_when_it_applies(make_window, monkeypatch) -> None:
    """OK in Preferences with a new language changed nothing visible: the window stays English
    until the next start, and only the dialog had said so."""
    from PySide6.QtWidgets import QDialog

    from reader.ui import dialogs
    from reader.ui.dialogs.preferences_dialog import PreferencesDialog

    window = make_window(start=False)

    def choose(dialog: PreferencesDialog) -> int:
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("de"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run", choose)
    window.preferences_action.trigger()
    assert window.settings.language == "de"
    assert window.statusBar().currentMessage() == "The new window language applies the next time Briefing Reader starts."
    window.statusBar().clearMessage()
    window.preferences_action.trigger()  # the same language again: nothing to say
    assert window.statusBar().currentMessage() == ""


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_entry_of_the_view_and_go_menus_has_a_letter(make_window, speak, language) -> None:
    """Alt+V or Alt+G, then a letter, reaches each entry (the Go menu and the themes had none)."""
    speak(language)
    window = make_window(start=False)
    view, go = window.menus[2][1], window.menus[5][1]
    themes = [a.menu() for a in view.actions() if a.menu() is not None]
    for menu in (view, go, *themes):
        entries = [a for a in menu.actions() if not a.isSeparator()]
        assert all(_mnemonic(a.text()) for a in entries), [a.text() for a in entries]
    assert len([a for a in go.actions() if not a.isSeparator()]) == 11 and len(themes) == 1  # with Write summary note

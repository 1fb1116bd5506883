"""Help ▸ Keyboard shortcuts names the keys a list, box or view takes itself, with the place.

Seen in the German window: the sheet, made of the menus' commands alone, had no row for F2 or
Entf in the tag list or the saved searches, Esc in the search box, the annotation or the full-
width views, Shift+F10, Ctrl+Home — typing "Schlagwort" into its search box found nothing on
renaming a tag, though the README says the sheet lists every key. Real window, real library
in a temp dir; the keys are spelt as the window's language spells them.
"""

from __future__ import annotations

from reader.ui.dialogs.help_dialogs import ShortcutsDialog


def _sheet(window, monkeypatch) -> ShortcutsDialog:
    seen: list[object] = []
    monkeypatch.setattr("reader.ui.dialogs.run", lambda dialog: seen.append(dialog) or 0)
    window.show_shortcuts()
    (sheet,) = seen
    assert isinstance(sheet, ShortcutsDialog)
    return sheet


def test_german_sheet_names_the_keys_of_lists_and_boxes(make_window, monkeypatch, speak) -> None:
    speak("de")
    sheet = _sheet(make_window(), monkeypatch)
    rows = sheet.visible_rows()
    assert ("Schlagwörter, gespeicherte Suchen", "Ausgewählten Eintrag umbenennen", "F2") in rows
    assert ("Schlagwörter, gespeicherte Suchen", "Ausgewählten Eintrag löschen", "Entf") in rows
    assert ("Suchfeld, Bibliotheksliste", "Suche leeren, zurück zur Liste", "Esc") in rows
    assert ("Gespeicherte Suchen", "Besten Treffer öffnen, Fundstellen markiert", "Eingabetaste") in rows
    assert ("Artikel", "Zum Titel und zur Autorenzeile", "Strg+Pos1") in rows
    assert ("Überall", "Kontextmenü des Elements mit dem Tastaturfokus", "Menü, Umschalt+F10") in rows
    # the Enter key in the German hints' word: Qt's German calls it "Return"
    assert ("Suchfeld", "In die Treffer", "↓, Eingabetaste") in rows
    assert ("Suchleiste im Artikel", "Vorheriger Treffer", "Umschalt+Eingabetaste") in rows
    assert not any("Return" in keys for _where, _command, keys in rows)
    sheet.filter_edit.setText("schlagwörter umbenennen")
    assert [command for _where, command, _keys in sheet.visible_rows()] == ["Ausgewählten Eintrag umbenennen"]
    speak("en")


def test_english_and_each_key_once_in_its_place(make_window, monkeypatch) -> None:
    sheet = _sheet(make_window(), monkeypatch)
    rows = sheet.visible_rows()
    assert ("Tags, saved searches", "Rename the chosen one", "F2") in rows
    assert ("Find bar", "Previous match", "Shift+Return") in rows
    assert sheet.table.horizontalHeaderItem(0).text() == "Where"
    placed = [(where, key) for where, _command, keys in rows for key in keys.split(", ")]
    assert len(placed) == len(set(placed))


def test_the_sheet_names_the_timelines_keys(make_window, monkeypatch, speak) -> None:
    """Seen in the German window (session 30): "Zeitleiste" found only the menu's Strg+Umschalt+D,
    nothing on 0 (fit), + / −, ← → and Enter, which the timeline's window takes itself."""
    speak("de")
    sheet = _sheet(make_window(), monkeypatch)
    rows = sheet.visible_rows()
    assert ("Zeitleiste", "Alle datierten Quellen anzeigen", "0") in rows
    assert ("Zeitleiste", "Marke davor oder danach wählen", "←, →") in rows
    assert ("Zeitleiste", "Ausgewählte Marke lesen", "Eingabetaste") in rows
    sheet.filter_edit.setText("zeitleiste")
    assert len(sheet.visible_rows()) >= 7  # the menu's entry and the window's own keys
    sheet.filter_edit.setText("pfeil")
    assert ("Zeitleiste", "Verschieben", "Umschalt+←, Umschalt+→") in sheet.visible_rows()
    speak("en")


def test_the_sheet_names_the_reading_keys_and_they_read(make_window, monkeypatch, qtbot, speak) -> None:
    """Seen in the German window (session 36): reading by keyboard, "Leertaste" on the sheet
    found only the search box's Esc, and nothing said how to select words for 1–5 without a
    mouse, though Space pages the article and Shift+arrows select in it."""
    from PySide6.QtCore import Qt

    speak("de")
    window = make_window()
    sheet = _sheet(window, monkeypatch)
    sheet.filter_edit.setText("leertaste")
    assert ("Artikel", "Eine Bildschirmseite weiter, eine zurück", "Leertaste, Umschalt+Leertaste") in sheet.visible_rows()
    sheet.filter_edit.setText("markier")
    assert ("Artikel", "Wörter auswählen; 1–5 markiert sie", "Umschalt+→, Strg+Umschalt+→") in sheet.visible_rows()
    speak("en")
    english = _sheet(window, monkeypatch)
    english.filter_edit.setText("space")
    assert ("Article", "A screen further, a screen back", "Space, Shift+Space") in english.visible_rows()
    # what the row promises, the article does: Space a screen down, Shift+Space back up
    window.resize(1000, 500)
    view = window.article.view
    view.setFocus()
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 2 * bar.pageStep())
    assert bar.value() == 0
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert bar.value() == bar.pageStep()
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() == 0


def test_f1_opens_the_sheet_and_the_sheet_says_so(make_window, monkeypatch, qtbot, speak) -> None:
    """Seen in the German window (session 36): F1, the help key a reader presses first, did
    nothing; the sheet was Strg+/ alone."""
    from PySide6.QtCore import Qt

    speak("de")
    window = make_window()
    seen: list[object] = []
    monkeypatch.setattr("reader.ui.dialogs.run", lambda dialog: seen.append(dialog) or 0)
    window.activateWindow()
    window.article.view.setFocus()
    qtbot.keyClick(window.article.view, Qt.Key.Key_F1)
    (sheet,) = seen
    assert isinstance(sheet, ShortcutsDialog)
    assert ("Hilfe", "Tastenkürzel", "Strg+/, F1") in sheet.visible_rows()
    speak("en")


def test_the_sheet_names_the_keys_of_the_entities_view_and_the_composers_list(make_window, monkeypatch, qtbot,
                                                                              speak) -> None:  # fmt: skip
    """Read against README (session 41): Ctrl+L in the Entities view (Show sources in library) and
    Alt+↑ / Alt+↓ / Delete in the briefing composer's list were named in their buttons' tooltips
    alone; "Strg+L" or "Alt+↑" typed into the sheet found nothing, though README says it lists
    every key. The rows name the keys the view and the list really take."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QListWidget, QPushButton

    from reader.ui.briefing.item_keys import ItemKeys

    speak("de")
    window = make_window()
    sheet = _sheet(window, monkeypatch)
    rows = sheet.visible_rows()
    assert ("Namen und Zahlen", "Die Quellen, die es nennen, in der Bibliothek anzeigen", "Strg+L") in rows
    assert ("Einträge des Briefings", "Ausgewählten Eintrag nach oben, nach unten schieben", "Alt+↑, Alt+↓") in rows
    sheet.filter_edit.setText("strg+l")
    assert [where for where, _command, _keys in sheet.visible_rows()] == ["Namen und Zahlen"]
    speak("en")
    rows = _sheet(window, monkeypatch).visible_rows()
    composer = {command: keys for where, command, keys in rows if where == "Briefing's items"}
    assert composer == {"Move the chosen item up, down": "Alt+↑, Alt+↓",
                        "Take the chosen item out of the briefing": "Del, Backspace"}  # fmt: skip
    # the keys the composer's list binds, as the sheet spells them
    listed = QListWidget()
    qtbot.addWidget(listed)
    keys = ItemKeys(listed, QPushButton(listed), QPushButton(listed), QPushButton(listed))
    bound = [s.key().toString(QKeySequence.SequenceFormat.NativeText) for s in keys.shortcuts]
    assert ", ".join(bound) == ", ".join(composer.values())
    # the key the Entities view binds: Ctrl+L, as its row says
    (entities_row,) = [keys for where, command, keys in rows if where == "Entities" and "sources" in command]
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        qtbot.keyClick(window.library.source_view, Qt.Key.Key_E,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    own = [s.key().toString(QKeySequence.SequenceFormat.NativeText) for s in mode.view.findChildren(QShortcut)
           if s.parent() is mode.view]  # fmt: skip
    assert entities_row in own



def test_the_sheet_names_not_a_names_del_in_the_entities_view(make_window, monkeypatch, speak) -> None:
    """Entity ▸ Not a name takes Del in the Entities list, but the menus' rows list a key once and
    Edit's Delete highlight has Del: "kein Name" or "not a name" on the sheet found nothing, though
    the Entities row beside it named Ctrl+L."""
    from PySide6.QtGui import QKeySequence

    speak("de")
    window = make_window()
    sheet = _sheet(window, monkeypatch)
    sheet.filter_edit.setText("kein name")
    assert sheet.visible_rows() == [("Namen und Zahlen", "Kein Name: die ausgewählten Einträge aus der Liste nehmen",
                                     "Entf")]  # fmt: skip
    speak("en")
    sheet = _sheet(window, monkeypatch)
    sheet.filter_edit.setText("not a name")
    (row,) = sheet.visible_rows()
    assert row == ("Entities", "Not a name: take the chosen entries out of the list", "Del")
    # the key the action takes, as the sheet spells it
    assert window.entities.corrections.hide_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) == row[2]

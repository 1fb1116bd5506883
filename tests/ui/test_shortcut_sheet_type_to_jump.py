"""Help ▸ Keyboard shortcuts has the library list's type-to-jump: letters typed there go to the
next source whose title starts with them (README's keyboard table), J and K typed first staying
next / previous source unless typed with Shift. The sheet had no row, and its search found
nothing for "tippen" or "Titel".
Real window and library in a temp dir; what the sheet shows, in both languages.
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


def _found(sheet: ShortcutsDialog, text: str) -> list[tuple[str, str, str]]:
    sheet.filter_edit.setText(text)
    return sheet.visible_rows()


def test_english_sheet_says_typing_in_the_list_jumps_to_a_title(make_window, monkeypatch) -> None:
    sheet = _sheet(make_window(), monkeypatch)
    row = ("Library list", "Type a title's first letters: to the next source starting with them", "Letters (a first J or K with Shift)")
    assert row in sheet.visible_rows()
    assert _found(sheet, "type") == [row]
    assert row in _found(sheet, "title letters")
    assert row in _found(sheet, "library list")


def test_german_sheet_says_it_too(make_window, monkeypatch, speak) -> None:
    speak("de")
    sheet = _sheet(make_window(), monkeypatch)
    row = ("Bibliotheksliste", "Die ersten Buchstaben eines Titels tippen: zur nächsten Quelle, die so beginnt",
           "Buchstaben (J oder K am Anfang mit Umschalt)")  # fmt: skip
    assert row in sheet.visible_rows()
    assert _found(sheet, "tipp") == [row]
    assert row in _found(sheet, "Titel")
    assert row in _found(sheet, "buchstaben liste")
    speak("en")

"""Edit ▸ Preferences names the library the window has open, and how to open another.

Seen in session 38 (an English walk-through): the brief asked for the library's location among
the settings, and only Help ▸ About named it — a consultant asking "where is my work, what do
I copy?" found only the backups' folder, in File ▸ Backups…. The folder is chosen when the app
starts (`--data-dir`, `READER_HOME`), so the dialog says where it is and how to choose another.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from reader import paths
from reader.core.settings import Settings
from reader.ui import dialogs
from reader.ui.dialogs.preferences_dialog import PreferencesDialog
from tests.ui.wrapped_lines import wrapped_lines


def shown(window, monkeypatch) -> PreferencesDialog:
    seen: list[PreferencesDialog] = []

    def look(dialog: PreferencesDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "run", look)
    window.preferences_action.trigger()
    return seen[0]


def test_preferences_say_where_the_library_is(make_window, monkeypatch, data_dir: Path) -> None:
    window = make_window()
    dialog = shown(window, monkeypatch)
    library = paths.resolve(data_dir).db_path
    assert dialog.library_path.text() == str(library)
    dialog.show()
    assert wrapped_lines(dialog.library_note) == ["Another folder: start Briefing Reader with", "--data-dir FOLDER"]
    dialog.close()


def test_preferences_say_where_the_library_is_in_german(make_window, monkeypatch, speak, data_dir: Path) -> None:
    speak("de")
    window = make_window()
    dialog = shown(window, monkeypatch)
    assert dialog.library_path.text() == str(paths.resolve(data_dir).db_path)
    assert dialog.library_note.text() == "Anderer Ordner: Briefing Reader starten mit\n--data-dir ORDNER"
    dialog.show()  # seen in the German window: "… starten" / "mit" / "--data-dir ORDNER"
    assert wrapped_lines(dialog.library_note) == ["Anderer Ordner: Briefing Reader starten mit", "--data-dir ORDNER"]
    assert dialog.library_note.geometry().right() <= dialog.general.contentsRect().right()  # whole, not cut
    dialog.close()



def test_a_folder_named_like_markup_is_shown_as_named(qtbot, tmp_path: Path) -> None:
    """A path is data (as Help ▸ About shows it): "<b>Kunden</b>" in a folder's name was shown
    as a bold "Kunden", a path that is not the one on disk."""
    library = tmp_path / "<b>Kunden</b>" / "library.sqlite"
    dialog = PreferencesDialog(Settings(), None, library)
    qtbot.addWidget(dialog)
    assert dialog.library_path.text() == str(library)
    assert dialog.library_path.textFormat() == Qt.TextFormat.PlainText

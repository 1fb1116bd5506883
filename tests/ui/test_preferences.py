"""Preferences: theme, label names and default sort are applied at once and saved as TOML."""

from __future__ import annotations

import tomllib

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog

from reader.core.settings import Settings
from reader.ui import dialogs
from reader.ui.appearance import CHROMES
from reader.ui.dialogs.preferences_dialog import PreferencesDialog
from reader.ui.stories.story_rows import fold


def test_preferences_apply_and_persist(make_window, monkeypatch, qtbot, data_dir) -> None:
    window = make_window()

    def choose(dialog: PreferencesDialog) -> int:
        dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("sepia"))
        dialog.sort_box.setCurrentIndex(dialog.sort_box.findData("title"))
        dialog.label_edits["risk"].setText("  Red   flag ")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run", choose)
    with qtbot.waitSignal(window.session.settings_changed) as renamed:
        window.preferences_action.trigger()
    assert renamed.args[0].label_names == {"risk": "Red flag"}
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window).name()
    assert window_colour == CHROMES["sepia"].window
    assert window.library.sort_order() == "title"
    stories = window.session.store.stories.stories()  # a story shows once, in its first member's place
    opened = window.library.story_rows.expanded  # a story the open report is hidden in opens
    assert window.library.model.ids() == fold(window.session.store.sources.ids("title"), stories, opened)[0]
    saved = tomllib.loads((data_dir / "config" / "settings.toml").read_text(encoding="utf-8"))
    assert saved["theme"] == "sepia" and saved["library_sort"] == "title"
    assert saved["label_names"] == {"risk": "Red flag"}
    assert [a.isChecked() for a in window.theme_group.actions()] == [False, True, False]
    window.set_theme("light")


def test_cancel_changes_nothing(qapp) -> None:
    settings = Settings(theme="dark", label_names={"key": "Main point"})
    dialog = PreferencesDialog(settings)
    dialog.theme_box.setCurrentIndex(0)
    dialog.label_edits["key"].clear()
    dialog.reject()
    assert settings.theme == "dark" and settings.label_names == {"key": "Main point"}
    assert dialog.settings().label_names == {}

"""A first start takes the desktop's light or dark; a theme the user chose stays theirs.

`Settings.theme` defaulted to "light", so a first start on a dark desktop (GNOME's or Plasma's
dark style, Windows' dark mode) opened a white window until the user found View ▸ Theme. Now,
until a theme is chosen, the window asks the desktop at each start: its colour scheme where the
platform names one, else its palette's window against its text.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from reader import paths
from reader.core.settings import Settings
from reader.ui import app, appearance


@pytest.fixture
def desktop(qapp, monkeypatch) -> Iterator[Callable[[str, str], None]]:
    """Make the desktop's palette a window colour over a text colour; put back afterwards."""
    before = QPalette(qapp.palette())

    def to(window: str, text: str) -> None:
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Window, QColor(window))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        qapp.setPalette(palette)

    monkeypatch.setattr(appearance, "_colour_scheme", lambda _app: Qt.ColorScheme.Unknown)  # as offscreen
    yield to
    qapp.setPalette(before)


def _start(where: paths.Paths, qapp, monkeypatch) -> tuple[list[str], list[Settings]]:
    """`app.run` up to the window: the theme it applied and the settings the window gets."""
    applied: list[str] = []
    given: list[Settings] = []
    monkeypatch.setattr(app, "create_application", lambda _argv: qapp)
    monkeypatch.setattr(app, "apply_theme", lambda _app, name: applied.append(name))
    monkeypatch.setattr(app, "configure_logging", lambda _paths: None)
    monkeypatch.setattr(app, "qInstallMessageHandler", lambda _handler: None)  # pytest-qt's stays
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    monkeypatch.setattr(app, "collecting_on_gui_thread", lambda _app: contextlib.nullcontext())
    monkeypatch.setattr(app, "_run_window", lambda _app, _paths, settings, *_rest: given.append(settings) or 0)
    assert app.run(str(where.data_dir)) == 0
    return applied, given


def test_a_first_start_on_a_dark_desktop_is_dark(tmp_path: Path, qapp, monkeypatch, desktop) -> None:
    desktop("#202124", "#e8e8e8")
    applied, (settings,) = _start(paths.resolve(tmp_path / "lib"), qapp, monkeypatch)
    assert applied == ["dark"] and settings.theme == "dark"
    assert not settings.theme_chosen  # the desktop's, not the user's


def test_a_first_start_on_a_light_desktop_is_light(tmp_path: Path, qapp, monkeypatch, desktop) -> None:
    desktop("#efefef", "#101010")
    applied, _given = _start(paths.resolve(tmp_path / "lib"), qapp, monkeypatch)
    assert applied == ["light"]


def test_the_desktops_colour_scheme_comes_before_its_palette(qapp, monkeypatch, desktop) -> None:
    desktop("#efefef", "#101010")  # a light palette, as a portal's dark scheme may leave it
    monkeypatch.setattr(appearance, "_colour_scheme", lambda _app: Qt.ColorScheme.Dark)
    assert appearance.desktop_theme(qapp) == "dark"
    desktop("#202124", "#e8e8e8")
    monkeypatch.setattr(appearance, "_colour_scheme", lambda _app: Qt.ColorScheme.Light)
    assert appearance.desktop_theme(qapp) == "light"


@pytest.mark.parametrize("chosen", ["light", "sepia"])
def test_a_theme_the_user_chose_wins_over_a_dark_desktop(tmp_path: Path, qapp, monkeypatch, desktop, chosen) -> None:
    where = paths.resolve(tmp_path / "lib")
    where.config_dir.mkdir(parents=True)
    Settings(theme=chosen, theme_chosen=True).save(where.settings_file)
    desktop("#202124", "#e8e8e8")
    applied, (settings,) = _start(where, qapp, monkeypatch)
    assert applied == [chosen] and settings.theme_chosen


def test_preferences_left_at_the_desktops_theme_leave_it_unchosen(make_window, monkeypatch, data_dir) -> None:
    """OK in Preferences to rename a label is no choice of theme; picking one in View ▸ Theme is."""
    from PySide6.QtWidgets import QDialog

    from reader.ui import dialogs
    from reader.ui.dialogs.preferences_dialog import PreferencesDialog

    window = make_window()
    assert not window.settings.theme_chosen  # the test's window starts as a first start would

    def rename(dialog: PreferencesDialog) -> int:
        dialog.label_edits["risk"].setText("Red flag")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run", rename)
    window.preferences_action.trigger()
    settings_file = data_dir / "config" / "settings.toml"
    assert not Settings.load(settings_file).theme_chosen
    next(a for a in window.theme_group.actions() if a.data() == "light").trigger()
    assert Settings.load(settings_file).theme == "light" and Settings.load(settings_file).theme_chosen

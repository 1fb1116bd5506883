"""Settings keep a theme only once the user chose one.

The window takes the desktop's light or dark at each start until a theme is chosen
(tests/ui/test_first_start_follows_desktop.py); the settings file must not turn the desktop's
theme of one start into a choice, as writing every field did.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.settings import Settings


def test_the_desktops_theme_is_not_saved_as_a_choice(tmp_path: Path) -> None:
    """Saving the zoom at a first start must not pin the desktop's dark for good."""
    file = tmp_path / "settings.toml"
    taken = Settings(theme="dark", zoom=2)  # the desktop's dark, the user's zoom
    taken.save(file)
    again = Settings.load(file)
    assert again.zoom == 2 and not again.theme_chosen and "theme" not in file.read_text(encoding="utf-8")
    taken.theme_chosen = True  # View ▸ Theme or Preferences
    taken.save(file)
    again = Settings.load(file)
    assert again.theme == "dark" and again.theme_chosen


def test_a_file_from_before_naming_a_theme_keeps_it(tmp_path: Path) -> None:
    """Files written before this named the theme always: read as chosen, nothing changes for them."""
    file = tmp_path / "settings.toml"
    file.write_text('theme = "sepia"\nzoom = 1\n', encoding="utf-8")
    settings = Settings.load(file)
    assert settings.theme == "sepia" and settings.theme_chosen
    assert not Settings.load(tmp_path / "none.toml").theme_chosen

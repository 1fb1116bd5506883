"""The German composer names its buttons as the line under them does, in German that agrees.

Session 29: "Überschrift hinzufügen" held the docked composer at 326 px (the buttons are now
"Überschrift einfügen" and "Text einfügen": they insert after the chosen item), and the line
under them said "Wählen Sie eine Überschrift oder einen Text, um ihn zu bearbeiten" — "ihn"
for a heading, which is "die Überschrift". The line names the button by its own words."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from reader.ui.letters import unlettered
from tests.ui.briefing.test_composer_docked import open_memo


def test_the_line_names_the_buttons_as_they_read(make_window, monkeypatch, speak) -> None:
    speak("de")
    window = make_window()
    composer = open_memo(window, monkeypatch)
    buttons = {unlettered(b.text()) for b in composer.findChildren(QPushButton)}
    assert {"Überschrift einfügen", "Text einfügen"} <= buttons
    line = composer.editor_label.text()
    assert "„Text einfügen“" in line and "zum Bearbeiten" in line and "um ihn" not in line
    speak("en")

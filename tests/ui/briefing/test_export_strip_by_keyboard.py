"""The composer's export strip as a second export meets it: its line does not speak of the
last export, and its Cancel is reached by a letter of its own, in English and German.

Walking the window: a second Export… ran under the line "Exportiert nach Handelsstreit.md" left
by the first, as if the new file were written already; and Esc, tried first, did not stop it,
while Cancel had no letter (Tab reached it only past the composer's other controls).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from reader.core.export import briefing as briefing_module
from reader.ui.briefing import export_strip
from tests.ui.briefing.test_composer_exports_in_background import Held, _composer
from tests.ui.letters import window_faults


@pytest.mark.parametrize(("language", "cancel", "key"), [("en", "&Cancel", Qt.Key.Key_C),
                                                         ("de", "Abbre&chen", Qt.Key.Key_C)])  # fmt: skip
def test_a_second_export_is_cancelled_by_its_letter_under_the_item_count(
    make_window, qtbot, speak, tmp_path: Path, monkeypatch, language: str, cancel: str, key: Qt.Key
) -> None:
    monkeypatch.setattr(export_strip, "SHOW_AFTER_MS", 0)
    speak(language)
    window = make_window()
    composer = _composer(window)
    with qtbot.waitSignal(composer.export_finished, timeout=10_000):
        composer.export_to(tmp_path / "Erster.md")
    assert "Erster.md" in composer.status.text()
    held = Held(composer, at=2)  # waits there until cancelled
    monkeypatch.setattr(briefing_module, "_item_markdown", held)
    composer.items_list.setFocus()
    qtbot.waitUntil(lambda: window.briefings.letters.in_dock)
    with qtbot.waitSignal(composer.export_finished, timeout=10_000) as finished:
        composer.export_to(tmp_path / "Zweiter.md")
        qtbot.waitUntil(held.reached.is_set)
        qtbot.waitUntil(composer.exporting.isVisible)
        assert composer.status.text() == {"en": "4 items", "de": "4 Einträge"}[language]  # not "Exported to Erster.md"
        assert composer.exporting.cancel_button.text() == cancel
        faults = window_faults(window, [title for title, _menu in window.menus])
        assert faults == []  # its letter is its own, and every control keeps its own
        qtbot.keyClick(composer.items_list, key, Qt.KeyboardModifier.AltModifier)
    assert finished.args[0].cancelled
    assert not (tmp_path / "Zweiter.md").exists()


@pytest.mark.parametrize(("language", "show", "key"), [("en", "Show f&older", Qt.Key.Key_O),
                                                       ("de", "Ordne&r anzeigen", Qt.Key.Key_R)])  # fmt: skip
def test_the_exported_files_folder_opens_by_its_letter(make_window, qtbot, speak, tmp_path: Path, monkeypatch,
                                                       language: str, show: str, key: Qt.Key) -> None:  # fmt: skip
    """Show folder beside the composer's line has a letter of its own: the export dialog's
    "Ordner an&zeigen" would have shared Alt+Z with the German menu bar's Namen und Zahlen."""
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    speak(language)
    window = make_window()
    composer = _composer(window)
    with qtbot.waitSignal(composer.export_finished, timeout=10_000):
        composer.export_to(tmp_path / "Erster.md")
    assert composer.folder_button.isVisible() and composer.folder_button.text() == show
    composer.items_list.setFocus()
    qtbot.waitUntil(lambda: window.briefings.letters.in_dock)
    assert window_faults(window, [title for title, _menu in window.menus]) == []
    qtbot.keyClick(composer.items_list, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(opened))  # a letter presses the button as if clicked: a moment later
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]

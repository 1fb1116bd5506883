"""The question before an export overwrites a briefing's file changed elsewhere names the file
once, with why, in the number it is.

Walking the German window: exporting a briefing again over the file edited in the meantime
asked "Diese Dateien wurden seit dem letzten Export außerhalb von Briefing Reader geändert:
• Handelsstreit.md: seit dem letzten Export außerhalb von Briefing Reader geändert" — "these
files" of one, and the same words twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from reader.ui import dialogs
from tests.ui.briefing.test_composer_exports_in_background import _composer


@pytest.mark.parametrize(("language", "asked"), [
    ("en", "Exporting would replace 1 file:\n\n• Memo.md: changed outside Briefing Reader since the last export\n\n"
           "Overwrite with a fresh export? Your version is kept beside it as a .bak file."),
    ("de", "Der Export würde 1 Datei ersetzen:\n\n• Memo.md: seit dem letzten Export außerhalb von Briefing Reader "
           "geändert\n\nMit einem neuen Export überschreiben? Ihre Fassung bleibt daneben als .bak-Datei erhalten."),
])  # fmt: skip
def test_one_changed_file_is_asked_about_once(make_window, qtbot, speak, tmp_path: Path, monkeypatch,
                                              language: str, asked: str) -> None:  # fmt: skip
    speak(language)
    window = make_window()
    composer = _composer(window)
    target = tmp_path / "Memo.md"
    with qtbot.waitSignal(composer.export_finished, timeout=10_000):
        composer.export_to(target)
    target.write_text(target.read_text(encoding="utf-8") + "\nMy own line.\n", encoding="utf-8")
    questions: list[str] = []
    monkeypatch.setattr(dialogs, "run", lambda box: questions.append(box.text()) or QMessageBox.StandardButton.No)
    with qtbot.waitSignal(composer.export_finished, timeout=10_000):
        composer.export_to(target)
    assert questions == [asked]
    assert "My own line." in target.read_text(encoding="utf-8")  # No keeps it


@pytest.mark.parametrize(("language", "said", "where"), [
    ("en", "Exported to Memo.md; your edited version is kept beside it as ", "The file is in "),
    ("de", "Exportiert nach Memo.md; Ihre geänderte Fassung liegt daneben als ", "Die Datei liegt in "),
])  # fmt: skip
def test_yes_overwrites_and_says_where_the_edited_version_is(make_window, qtbot, speak, tmp_path: Path,
                                                            monkeypatch, language: str, said: str, where: str) -> None:  # fmt: skip
    """Yes keeps the user's version beside the file (the core's copy, as `export --force`
    makes it) and the composer's line names it: overwriting had lost the edits silently."""
    speak(language)
    window = make_window()
    composer = _composer(window)
    target = tmp_path / "Memo.md"
    with qtbot.waitSignal(composer.export_finished, timeout=10_000):
        composer.export_to(target)
    edited = target.read_text(encoding="utf-8") + "\nMy own line.\n"
    target.write_text(edited, encoding="utf-8")
    monkeypatch.setattr(dialogs, "run", lambda box: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(composer.export_finished, timeout=10_000):
        composer.export_to(target)
    (kept,) = tmp_path.glob("Memo.md.*.bak")
    assert kept.read_text(encoding="utf-8") == edited
    assert "My own line." not in target.read_text(encoding="utf-8")
    assert composer.status.text() == f"{said}{kept.name}\n{where}{tmp_path}"

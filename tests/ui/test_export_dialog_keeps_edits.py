"""File ▸ Export… over notes edited in Obsidian: "Yes, overwrite" keeps each user's version
beside its file, and the dialog's report says so, in either language.

The question asked "Overwrite with a fresh export?" and yes replaced the edited notes with no
trace of the edits; the core now keeps them (as `briefing export --force` does), and the
window's words must not hide it. Real window, store on the seeds and folders.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ui.export.dialog import ExportDialog


@pytest.mark.parametrize(("language", "said"), [
    ("en", "2 written, 3 already up to date, 2 overwritten, your version of each kept beside it as a .bak file."),
    ("de", "2 geschrieben, 3 bereits aktuell, 2 überschrieben, Ihre Fassung jeder Datei daneben als .bak-Datei erhalten."),
])  # fmt: skip
def test_yes_keeps_each_edited_note_and_the_report_says_so(make_window, qtbot, speak, tmp_path: Path,
                                                          language: str, said: str) -> None:  # fmt: skip
    speak(language)
    window = make_window()
    vault = tmp_path / "vault"
    dialog = ExportDialog(window.session, window.session.store.sources.ids(), window, folder=str(vault))
    dialog.show()
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000):
        dialog.export_button.click()
    edited = {}
    for path in sorted(vault.glob("*.md"))[:2]:
        edited[path] = path.read_text(encoding="utf-8") + "\nMy line in Obsidian.\n"
        path.write_text(edited[path], encoding="utf-8")
    asked: list[object] = []
    dialog.ask = lambda *args: asked.append(args) or True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000):
        dialog.export_button.click()
    where = {"en": "The files are in", "de": "Die Dateien liegen in"}[language]
    assert len(asked) == 1 and dialog.result_label.text() == f"{said}\n{where} {vault}"
    for path, text in edited.items():
        (kept,) = vault.glob(f"{path.name}.*.bak")
        assert kept.read_text(encoding="utf-8") == text
        assert "My line in Obsidian." not in path.read_text(encoding="utf-8")

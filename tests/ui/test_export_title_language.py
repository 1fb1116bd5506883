"""A combined file's title ("Library", "Selection") is in the export's language, as every other
word the file writes: a German window exporting in English titled it "Bibliothek", and
`briefing export --all --single-file` titled a German export "Library"."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import paths
from reader.cli import main
from reader.core.settings import Settings
from reader.ui.export.dialog import ExportDialog


@pytest.mark.parametrize(("window", "export", "name"), [
    ("de", "en", "Library.md"), ("en", "de", "Bibliothek.md"), ("de", "de", "Bibliothek.md"),
])  # fmt: skip
def test_the_windows_combined_file(make_window, qtbot, speak, tmp_path: Path, window: str, export: str,
                                   name: str) -> None:  # fmt: skip
    speak(window)
    shown = make_window()
    shown.session.settings.export_language = export
    dialog = ExportDialog(shown.session, [], shown, folder=str(tmp_path / "out"))
    dialog.show()
    dialog.all_radio.setChecked(True)
    dialog.single_file.setChecked(True)
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000):
        dialog.export_button.click()
    assert [p.name for p in (tmp_path / "out").iterdir()] == [name]


@pytest.mark.parametrize(("export", "library", "selection"), [
    (None, "Library.md", "Selection.md"), ("de", "Bibliothek.md", "Auswahl.md"),
])  # fmt: skip
def test_the_commands_combined_file(tmp_path: Path, seeds_dir: Path, export: str | None, library: str,
                                    selection: str) -> None:  # fmt: skip
    data = ["--data-dir", str(tmp_path / "lib")]
    assert main([*data, "import", str(seeds_dir), "--workers", "1"]) == 0
    if export:
        where = paths.resolve(str(tmp_path / "lib")).settings_file
        settings = Settings.load(where)
        settings.export_language = export
        settings.save(where)
    out = tmp_path / "out"
    assert main([*data, "export", "--all", "--single-file", str(out)]) == 0
    assert main([*data, "export", "--source", "1", "--source", "2", "--single-file", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted([library, selection])

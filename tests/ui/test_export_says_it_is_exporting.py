"""The export dialog says that it is exporting, and how many sources, before it starts.

Seen exporting 2,093 sources from the library table: for 5–10 s the dialog stood unchanged,
Export still lit, as if the click had not been taken. Now the count is painted, Export is greyed
and the cursor busy while it runs; all of it comes back however the export ends. Real window
and store on the seeds, a real folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from reader.core.export import ExportReport
from reader.ui.export.dialog import ExportDialog


def test_the_dialog_says_how_many_it_exports_while_it_runs(make_window, speak, tmp_path: Path) -> None:
    speak("de")
    window = make_window()
    ids = window.session.store.sources.ids()
    dialog = ExportDialog(window.session, ids, window, folder=str(tmp_path / "vault"))
    seen: list[tuple[str, bool, bool]] = []
    real = dialog.run_export

    def watched(overwrite: bool) -> ExportReport:
        seen.append((dialog.result_label.text(), dialog.export_button.isEnabled(),
                     QApplication.overrideCursor() is not None))  # fmt: skip
        return real(overwrite)

    dialog.run_export = watched  # type: ignore[method-assign]
    dialog.export_button.click()
    assert seen == [("5 Quellen werden exportiert…", False, True)]
    assert dialog.result_label.text() == "5 geschrieben, 0 bereits aktuell."
    assert dialog.export_button.isEnabled() and QApplication.overrideCursor() is None
    dialog.close()


def test_a_failed_export_gives_the_button_and_cursor_back(make_window, tmp_path: Path) -> None:
    window = make_window()
    blocked = tmp_path / "a file"
    blocked.write_text("in the folder's place", encoding="utf-8")
    dialog = ExportDialog(window.session, window.session.store.sources.ids(), window, folder=str(blocked))
    dialog.export_button.click()
    assert dialog.result_label.text().startswith("Export failed:")
    assert dialog.export_button.isEnabled() and QApplication.overrideCursor() is None
    dialog.close()

"""The import dialog's Type column is as wide as the kinds of file the library takes.

Seen at 1024 x 700 in the German window: File ▸ Import files… listed every article as
"Einfa…ument" — the column was ten ems, "Einfaches Textdokument" needs more. The column now
fits the longest name the list gives an importable kind ("HTML-Dokument", "MHTML-Webarchiv" …)
in the window's language. Real window and dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeDatabase
from PySide6.QtWidgets import QDialog, QFileDialog, QTreeView

from reader.core.ingest import supported_suffixes
from reader.ui import dialogs


def _kind_column(window, monkeypatch, qtbot) -> tuple[int, list[str], QTreeView]:
    seen: list[QFileDialog] = []

    def look(dialog: QFileDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "run", look)
    window.import_files_action.trigger()
    files = seen[0].findChild(QTreeView, "treeView")
    names = QMimeDatabase()
    kinds = [names.mimeTypeForFile(f"a{s}", QMimeDatabase.MatchMode.MatchExtension).comment() for s in supported_suffixes()]
    return files.header().sectionSize(2), kinds, files


def test_german_kinds_are_whole(make_window, monkeypatch, qtbot, speak) -> None:
    speak("de")
    width, kinds, files = _kind_column(make_window(start=False), monkeypatch, qtbot)
    assert "Einfaches Textdokument" in kinds
    assert all(files.fontMetrics().horizontalAdvance(kind) < width for kind in kinds)
    speak("en")


def test_english_too(make_window, monkeypatch, qtbot) -> None:
    width, kinds, files = _kind_column(make_window(start=False), monkeypatch, qtbot)
    assert all(files.fontMetrics().horizontalAdvance(kind) < width for kind in kinds)

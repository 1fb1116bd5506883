"""Qt's file dialog laid out for picking articles (seen in the window, session 12: 610 × 390, a
sidebar 40 pixels wide reading "C." and "ro", the name column a third of the list)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QListView, QSplitter, QTreeView

from reader.ui import dialogs


def _shown(monkeypatch, qtbot, ask) -> QFileDialog:
    seen: list[QFileDialog] = []

    def look(dialog: QFileDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "run", look)
    ask()
    return seen[0]


def test_the_import_dialog_has_room_and_a_readable_sidebar(make_window, monkeypatch, qtbot, tmp_path: Path) -> None:
    window = make_window(start=False)
    articles = tmp_path / "Artikel aus dem Browser"
    articles.mkdir()
    monkeypatch.setattr(dialogs, "_last_folder", articles)
    dialog = _shown(monkeypatch, qtbot, window.importer.choose_files)
    assert dialog.width() >= 700 and dialog.height() >= 500  # the offscreen screen is 800 × 600
    sidebar = dialog.findChild(QListView, "sidebar")
    places = [sidebar.model().index(row, 0).data() for row in range(sidebar.model().rowCount())]
    assert "Artikel aus dem Browser" in places  # the folder last chosen is one click away
    metrics = sidebar.fontMetrics()
    room = sidebar.viewport().width() - sidebar.iconSize().width() - 12
    assert all(metrics.horizontalAdvance(name) <= room for name in places if name != "Artikel aus dem Browser"), places
    assert dialog.findChild(QSplitter, "splitter").sizes()[0] >= 150
    files = dialog.findChild(QTreeView, "treeView")
    header = files.header()
    assert header.sectionSize(0) >= 200
    assert header.length() <= files.viewport().width() + 20  # all columns in sight, no sideways scrolling
    dialog.close()


def test_a_small_screen_keeps_the_dialog_on_it(make_window, monkeypatch, qtbot) -> None:
    window = make_window(start=False)
    dialog = _shown(monkeypatch, qtbot, lambda: dialogs.ask_folder(window, "Import a folder of articles"))
    room = window.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    dialog.close()

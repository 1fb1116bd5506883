"""Starting up: arguments, a library that cannot be opened, logging, the shortcuts list."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from reader import __main__ as entry
from reader import paths
from reader.core.store import Store
from reader.ui import app, dialogs
from reader.ui.dialogs.help_dialogs import ShortcutsDialog


def test_data_dir_argument_and_qt_arguments_pass_through() -> None:
    args, rest = entry.parse_args(["--data-dir", "/tmp/lib", "-platform", "offscreen"])
    assert args.data_dir == "/tmp/lib" and rest == ["-platform", "offscreen"]


@pytest.fixture
def criticals(monkeypatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: seen.append((title, text)))
    return seen


def test_a_too_new_library_is_refused_with_a_dialog(tmp_path: Path, qapp, criticals) -> None:
    where = paths.resolve(tmp_path).ensure()
    Store.open(where.db_path).close()
    with sqlite3.connect(where.db_path) as conn:
        conn.execute("PRAGMA user_version = 999")
    assert app.open_library(where) is None
    assert criticals[0][0] == "Library from a newer version"
    assert "newer version" in criticals[0][1]


def test_a_file_that_is_not_a_library_gets_a_dialog(tmp_path: Path, qapp, monkeypatch) -> None:
    where = paths.resolve(tmp_path).ensure()
    where.db_path.write_bytes(b"this is not sqlite" * 100)
    shown: list[QMessageBox] = []

    def quit_(box: QMessageBox) -> int:
        shown.append(box)
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole).click()
        return 0

    monkeypatch.setattr(dialogs, "run", quit_)
    assert app.open_library(where) is None
    assert shown[0].windowTitle() == "The library is damaged"
    assert where.db_path.read_bytes() == b"this is not sqlite" * 100


def test_unexpected_errors_are_logged_and_shown(qapp, monkeypatch, caplog) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        with caplog.at_level(logging.CRITICAL):
            app._excepthook(RuntimeError, exc, exc.__traceback__)
    assert "boom" in caplog.text
    assert shown and "RuntimeError: boom" in shown[0].informativeText()


def test_logging_goes_to_the_rotating_file(tmp_path: Path) -> None:
    where = paths.resolve(tmp_path).ensure()
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        app.configure_logging(where)
        logging.getLogger("reader.test").warning("written down")
        for handler in root.handlers:
            handler.flush()
        assert "written down" in where.log_file.read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[len(before):]:
            root.removeHandler(handler)
            handler.close()


def test_shortcuts_dialog_lists_the_real_actions(make_window, monkeypatch) -> None:
    window = make_window()
    seen: list[object] = []
    monkeypatch.setattr(dialogs, "run", lambda d: seen.append(d) or 0)
    window.shortcuts_action.trigger()
    table = seen[0].table
    assert isinstance(seen[0], ShortcutsDialog)
    rows = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["Paste as new source"] == "Ctrl+Shift+V"
    assert rows["Search library"] == "/"
    assert rows["Next source"] == "J"
    assert "Ctrl+Z" in rows["Undo"]


def test_a_too_new_library_is_refused_in_german(tmp_path: Path, qapp, criticals, speak) -> None:
    """The window said the core's English sentence to a German user; now it is German, with
    the library's file and what to do (update), and the library is left as it was."""
    speak("de")
    where = paths.resolve(tmp_path).ensure()
    Store.open(where.db_path).close()
    with sqlite3.connect(where.db_path) as conn:
        conn.execute("PRAGMA user_version = 999")
    before = where.db_path.read_bytes()
    assert app.open_library(where) is None
    title, text = criticals[0]
    assert title == "Bibliothek aus einer neueren Version"
    assert text.startswith(f"Diese Bibliothek ({where.db_path}) wurde von einer neueren Version")
    assert "Schema 999" in text and "aktualisieren Sie Briefing Reader" in text
    assert where.db_path.read_bytes() == before

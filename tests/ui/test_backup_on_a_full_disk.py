"""The day's backup on a disk too full for a copy: the box says the disk is full, how much room
the copy needs, and what to do; it promises earlier backups only when there are some.

Found on a 4 MB tmpfs: the box said "BackupError: the library could not be copied (disk I/O
error) … Your earlier backups are kept" — a class name, no cause, nothing to do, and backups
that did not exist. A real library in a temp dir; only the disk's free space is made up.
"""

from __future__ import annotations

import shutil
from collections import namedtuple

import pytest
from PySide6.QtWidgets import QMessageBox

from reader.core.store import BackupError
from reader.core.store import backup as backup_module
from reader.ui import dialogs

Usage = namedtuple("Usage", "total used free")


def _failed_backup_box(window, qtbot, monkeypatch) -> str:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(dialogs, "run", lambda box: shown.append(box) or 0)

    def copy_runs_out_of_space(_conn, _partial) -> None:
        raise BackupError("the library could not be copied (disk I/O error)")

    monkeypatch.setattr(backup_module, "_snapshot", copy_runs_out_of_space)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: Usage(4_000_000, 3_990_000, 10_000))
    window.safety.back_up()
    qtbot.waitUntil(lambda: not window.safety._backing_up, timeout=20_000)
    assert len(shown) == 1 and shown[0].windowTitle() in ("Backup failed", "Sicherung fehlgeschlagen")
    return shown[0].text()


def test_a_backup_the_full_disk_stopped_says_so_and_what_to_do(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    text = _failed_backup_box(window, qtbot, monkeypatch)
    assert "the disk is full" in text and "10 kB are free" in text and "Free some space" in text
    assert "BackupError" not in text and "disk I/O error" not in text
    assert "There is no backup of this library yet." in text and "earlier backups" not in text


def test_earlier_backups_are_promised_only_when_there_are_some(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    window.safety.back_up()
    qtbot.waitUntil(lambda: not window.safety._backing_up, timeout=20_000)
    text = _failed_backup_box(window, qtbot, monkeypatch)
    assert "Your earlier backups are kept." in text


@pytest.mark.parametrize("language", ["de"])
def test_the_full_disk_box_in_german(make_window, qtbot, monkeypatch, speak, language) -> None:
    speak(language)
    window = make_window()
    text = _failed_backup_box(window, qtbot, monkeypatch)
    assert "Datenträger ist voll" in text and "10 kB" in text and "BackupError" not in text

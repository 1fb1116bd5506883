"""The window keeps the library safe: the damage dialog's three ways out, daily backups, File ▸
Backups… with restore, one window per library, the risky-location warning, read-only mode."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMessageBox

from reader import paths
from reader.core.ingest import prepare_file
from reader.core.store import LibraryDamagedError, Store, back_up, list_backups
from reader.ui import app, dialogs
from reader.ui.safety.backups_dialog import BackupsDialog
from reader.ui.safety.instance import SingleInstance
from reader.ui.safety.net import SafetyNet


def _press(label: str, seen: list[QMessageBox]) -> Callable[[QMessageBox], int]:
    """Answer a message box by clicking the button with this text, as a user would."""

    def answer(box: QMessageBox) -> int:
        seen.append(box)
        button = next(b for b in box.buttons() if b.text().replace("&", "") == label)
        button.click()
        return 0

    return answer


@pytest.fixture
def damaged(tmp_path: Path, seed_files: list[Path]) -> paths.Paths:
    """A library with a note and a backup of it, then its second page zeroed."""
    where = paths.resolve(tmp_path / "data").ensure()
    with Store.open(where.db_path) as store:
        for path in seed_files:
            store.sources.add(prepare_file(path))
        store.notes.set(1, "Wichtige Notiz")
        back_up(store.db.conn, where.db_path)
    data = bytearray(where.db_path.read_bytes())
    data[4096:8192] = bytes(4096)
    where.db_path.write_bytes(bytes(data))
    return where


def test_damage_dialog_restores_the_newest_backup(damaged: paths.Paths, qapp, monkeypatch) -> None:
    seen: list[QMessageBox] = []
    monkeypatch.setattr(dialogs, "run", _press("Restore the backup", seen))
    store = app.open_library(damaged)
    assert store is not None
    try:
        assert seen[0].windowTitle() == "The library is damaged"
        assert "Nothing has been written" in seen[0].text()
        assert "5 sources, 0 highlights, 1 note." in seen[0].informativeText()  # not "1 notes"
        assert store.check() == [] and store.notes.get(1).body == "Wichtige Notiz"
    finally:
        store.close()
    assert any(b.kept_aside for b in list_backups(damaged.db_path))


def test_damage_dialog_quits_without_writing(damaged: paths.Paths, qapp, monkeypatch) -> None:
    before = damaged.db_path.read_bytes()
    monkeypatch.setattr(dialogs, "run", _press("Quit", []))
    assert app.open_library(damaged) is None
    assert damaged.db_path.read_bytes() == before


def test_read_only_window_says_so_and_saves_nothing(
    tmp_path: Path, seed_files: list[Path], qtbot, monkeypatch
) -> None:
    from reader.ui.main_window import MainWindow
    from reader.ui.session import Session

    where = paths.resolve(tmp_path / "data").ensure()
    with Store.open(where.db_path) as store:
        store.sources.add(prepare_file(seed_files[0]))
    before = where.db_path.read_bytes()
    monkeypatch.setattr(dialogs, "run", _press("Open read-only", []))
    error = LibraryDamagedError(where.db_path, "a test")
    from reader.ui.safety.damage_dialog import open_damaged

    store, said = open_damaged(error, where)
    assert store is not None and store.read_only and said == ""
    window = MainWindow(Session(store), where)
    qtbot.addWidget(window)
    window.show()
    window.start()
    window.safety.start()
    assert window.windowTitle().endswith("read-only")
    assert "read-only" in window.statusBar().currentMessage()
    assert not window.safety.backups_action.isEnabled() or window.safety.read_only
    window.close()
    store.close()
    assert where.db_path.read_bytes() == before


def test_daily_backup_is_made_once_a_day(make_window, qtbot, data_dir: Path) -> None:
    window = make_window()
    safety: SafetyNet = window.safety
    db = paths.resolve(data_dir).db_path
    window.statusBar().clearMessage()  # nothing else being said: the backup says it was made
    safety.back_up_if_due()
    qtbot.waitUntil(lambda: not safety._backing_up, timeout=20_000)
    made = list_backups(db)
    assert len(made) == 1 and made[0].counts is not None and made[0].counts.sources == 5
    assert "Backed up and verified" in window.statusBar().currentMessage()
    safety.back_up_if_due()  # already one today
    assert not safety._backing_up and len(list_backups(db)) == 1


def test_backups_dialog_lists_and_restores_in_two_clicks(make_window, qtbot, data_dir: Path, monkeypatch) -> None:
    window = make_window()
    db = paths.resolve(data_dir).db_path
    window.safety.back_up()
    qtbot.waitUntil(lambda: not window.safety._backing_up, timeout=20_000)
    dialog = BackupsDialog(db, None, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in (2, 3, 4)] == ["5", "0", "0"]
    assert dialog.selected() is not None  # the newest is chosen already: click 1 is Restore
    asked: list[QMessageBox] = []
    monkeypatch.setattr(dialogs, "run", _press("Cancel", asked))
    dialog.restore_button.click()
    assert dialog.chosen is None  # Cancel (the default) restores nothing
    monkeypatch.setattr(dialogs, "run", _press("Restore", asked))
    dialog.restore_button.click()
    box = asked[-1]
    assert box.text().startswith("Restore the backup made ") and box.text().endswith("?")
    assert "kept in the backups folder" in box.informativeText()  # click 2 is Restore
    assert "The window closes and opens again on the restored library." in box.informativeText()
    assert box.defaultButton().text() == "Cancel"
    assert dialog.chosen == list_backups(db)[0].path


def test_the_restore_question_speaks_german(make_window, qtbot, data_dir: Path, speak, monkeypatch) -> None:
    speak("de")
    window = make_window()
    window.safety.back_up()
    qtbot.waitUntil(lambda: not window.safety._backing_up, timeout=20_000)
    dialog = BackupsDialog(paths.resolve(data_dir).db_path, None, window)
    qtbot.addWidget(dialog)
    asked: list[QMessageBox] = []
    monkeypatch.setattr(dialogs, "run", _press("Wiederherstellen", asked))
    dialog.restore_button.click()
    assert asked[0].text().startswith("Die Sicherung vom ") and asked[0].text().endswith(" wiederherstellen?")
    assert "Das Fenster schließt sich" in asked[0].informativeText()
    assert dialog.chosen is not None


def test_choosing_a_restore_closes_the_window_for_the_app_to_restore(
    make_window, qtbot, data_dir: Path, monkeypatch
) -> None:
    window = make_window()
    db = paths.resolve(data_dir).db_path
    window.safety.back_up()
    qtbot.waitUntil(lambda: not window.safety._backing_up, timeout=20_000)
    backup = list_backups(db)[0].path

    def choose(dialog: object) -> int:
        if isinstance(dialog, BackupsDialog):
            dialog.chosen = backup
        return 0

    monkeypatch.setattr(dialogs, "run", choose)
    window.safety.backups_action.trigger()
    assert window.safety.restore_from == backup
    assert not window.isVisible()


def test_a_second_instance_hands_its_files_to_the_first(tmp_path: Path, qtbot) -> None:
    where = paths.resolve(tmp_path / "data").ensure()
    first = SingleInstance(where)
    assert first.acquire()
    second = SingleInstance(where)
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.activated, timeout=5000) as caught:
            assert second.hand_over(["/tmp/a.txt", "/tmp/b b.txt"])
        assert caught.args == [["/tmp/a.txt", "/tmp/b b.txt"]]
    finally:
        first.release()
    assert second.acquire()  # released: the next window may take it
    second.release()


def test_hand_overs_leave_no_socket_behind(tmp_path: Path, qtbot) -> None:
    """The window's server kept every accepted socket as a child for as long as it ran."""
    where = paths.resolve(tmp_path / "data").ensure()
    first = SingleInstance(where)
    assert first.acquire()
    second = SingleInstance(where)
    try:
        for n in range(5):
            with qtbot.waitSignal(first.activated, timeout=5000) as caught:
                assert second.hand_over([f"/tmp/{n}.txt"])
            assert caught.args == [[f"/tmp/{n}.txt"]]
        assert first.server is not None
        server = first.server

        def no_sockets_left() -> bool:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            return not server.findChildren(QLocalSocket) and not first._received

        qtbot.waitUntil(no_sockets_left, timeout=5000)
    finally:
        first.release()


def test_a_released_instance_goes_when_dropped(tmp_path: Path, qtbot) -> None:
    """The accepted socket's slots were lambdas holding the SingleInstance: a dropped one
    lived on, and deleting its socket then freed it from inside the socket's destructor."""
    where = paths.resolve(tmp_path / "data").ensure()
    first = SingleInstance(where)
    assert first.acquire()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert SingleInstance(where).hand_over(["/tmp/a.txt"])
    first.release()
    gone = weakref.ref(first)
    del first
    qtbot.wait(50)  # the deleted socket's events, had it survived
    assert gone() is None


def test_another_library_gets_its_own_window(tmp_path: Path) -> None:
    first = SingleInstance(paths.resolve(tmp_path / "one").ensure())
    other = SingleInstance(paths.resolve(tmp_path / "two").ensure())
    try:
        assert first.acquire() and other.acquire()
    finally:
        first.release()
        other.release()


def test_starting_the_app_again_brings_the_file_to_the_open_window(tmp_path: Path, qtbot, seed_files) -> None:
    """A real second process: it exits at once, and the first receives the file to import."""
    where = paths.resolve(tmp_path / "data").ensure()
    first = SingleInstance(where)
    assert first.acquire()
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        started = time.monotonic()
        with qtbot.waitSignal(first.activated, timeout=30_000) as caught:
            second = subprocess.Popen([sys.executable, "-m", "reader", "--data-dir", str(tmp_path / "data"),
                                       str(seed_files[0])], env=env)  # fmt: skip
        assert second.wait(timeout=30) == 0
        assert caught.args == [[str(seed_files[0])]]
        assert time.monotonic() - started < 60
    finally:
        first.release()


def test_bring_forward_imports_the_handed_files(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    article = tmp_path / "neu.txt"
    article.write_text("Neue Zölle auf Halbleiter\n\nDie EU erhebt ab Januar neue Zölle auf Chips aus "
                       "Fernost. Hersteller in Europa begrüßen den Schritt, Importeure warnen.\n", encoding="utf-8")  # fmt: skip
    before = window.session.store.sources.count()
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        app.bring_forward(window, [str(article)])
    assert window.session.store.sources.count() == before + 1


def test_a_library_in_a_sync_folder_is_warned_about_once(tmp_path: Path, qtbot, monkeypatch) -> None:
    from reader.ui.main_window import MainWindow
    from reader.ui.session import Session

    where = paths.resolve(tmp_path / "Dropbox" / "Briefings").ensure()
    shown: list[QMessageBox] = []
    monkeypatch.setattr(dialogs, "run", lambda box: shown.append(box) or 0)
    for _start in range(2):
        store = Store.open(where.db_path)
        window = MainWindow(Session(store), where)
        qtbot.addWidget(window)
        window.safety.warn_about_location()
        window.close()
        store.close()
    assert len(shown) == 1
    assert "Dropbox" in shown[0].text() and shown[0].windowTitle() == "The library is in a risky place"


def test_unexpected_database_errors_do_not_claim_the_library_is_safe() -> None:
    import sqlite3

    assert "safe" not in app._unexpected_text(sqlite3.DatabaseError("database disk image is malformed"))
    assert "read-only" in app._unexpected_text(sqlite3.OperationalError("attempt to write a readonly database"))


def test_a_backup_that_finds_damage_says_so_and_points_to_restore(make_window, monkeypatch) -> None:
    window = make_window()
    shown: list[QMessageBox] = []
    monkeypatch.setattr(dialogs, "run", lambda box: shown.append(box) or 0)
    window.safety._backup_failed("BackupError: the library is damaged (x is damaged: …); no backup was made")
    assert "damage in the library itself" in shown[0].text() and "File ▸ Backups…" in shown[0].text()
    window.safety._backup_failed("BackupError: the library could not be copied (disk full)")
    assert "No backup could be made today" in shown[1].text()


@pytest.mark.parametrize("language", ["en", "de"])
def test_backup_columns_show_their_whole_titles(make_window, qtbot, data_dir: Path, speak, language) -> None:
    """The German dialog showed “Markierunger”: every count column had Qt's default width,
    narrower than its title; with a larger font (as some users set) more titles were cut."""
    speak(language)
    window = make_window()
    window.safety.back_up()
    qtbot.waitUntil(lambda: not window.safety._backing_up, timeout=20_000)
    dialog = BackupsDialog(paths.resolve(data_dir).db_path, None, window)
    qtbot.addWidget(dialog)
    header = dialog.table.horizontalHeader()
    font = header.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    header.setFont(font)
    dialog.show()
    qtbot.waitExposed(dialog)
    for column in range(dialog.table.columnCount()):
        title = dialog.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.sectionSizeHint(column), title

"""The backups' counts in words a reader would write: "1 note", "1 Notiz" (it said "1 notes",
"1 Notizen"), and Enter in File ▸ Backups… closes it rather than asking to restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from reader import paths
from reader.core.store import Counts
from reader.ui.safety.backups_dialog import BackupsDialog, counts_text


def back_up(window, qtbot) -> str:
    window.safety.back_up()
    qtbot.waitUntil(lambda: not window.safety._backing_up, timeout=20_000)
    return window.statusBar().currentMessage()


def test_a_backup_says_how_many_in_the_plural_form_each_count_needs(make_window, qtbot, speak, data_dir: Path) -> None:
    window = make_window()
    window.session.store.notes.set(window.open_source_id, "Kurz")
    assert back_up(window, qtbot) == "Backed up and verified: 5 sources, 0 highlights, 1 note."
    speak("de")
    assert back_up(window, qtbot) == "Gesichert und geprüft: 5 Quellen, 0 Markierungen, 1 Notiz."
    dialog = BackupsDialog(paths.resolve(data_dir).db_path, None, window)
    qtbot.addWidget(dialog)
    assert counts_text(Counts(sources=1, highlights=2, notes=1)) == "1 Quelle, 2 Markierungen, 1 Notiz"


def test_enter_in_the_backups_dialog_closes_it(make_window, qtbot, data_dir: Path) -> None:
    window = make_window()
    dialog = BackupsDialog(paths.resolve(data_dir).db_path, None, window)
    qtbot.addWidget(dialog)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.isDefault() and not dialog.restore_button.isDefault()


def test_backups_are_dated_as_the_window_dates_things(make_window, qtbot, speak, data_dir: Path, monkeypatch) -> None:
    """Seen in the German window: "03.12.26 05:57" (a two-digit year), and a restore question
    dated "Donnerstag, 3. Dezember 2026 05:57:12 Koordinierte Weltzeit"."""
    from PySide6.QtWidgets import QMessageBox

    from reader.core.store import list_backups
    from reader.ui import dialogs

    window = make_window()
    back_up(window, qtbot)
    speak("de")
    taken = list_backups(paths.resolve(data_dir).db_path)[0].taken
    dialog = BackupsDialog(paths.resolve(data_dir).db_path, None, window)
    qtbot.addWidget(dialog)
    months = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember")
    expected = f"{taken.day}.\u00a0{months[taken.month - 1]}\u00a0{taken.year}, {taken:%H:%M}"  # a date never breaks inside
    assert dialog.table.item(0, 0).text() == expected
    asked: list[QMessageBox] = []
    monkeypatch.setattr(dialogs, "run", lambda box: asked.append(box) or QMessageBox.StandardButton.No)
    dialog.restore_button.click()
    assert f"vom {expected} wiederherstellen" in asked[0].text()


def test_backup_sizes_read_as_a_reader_writes_them(make_window, qtbot, speak, data_dir: Path) -> None:
    """"377 kB", "12,3 MB" — not "368,00 KiB" (binary units, two decimals)."""
    from PySide6.QtCore import QLocale

    from reader.core.store import list_backups
    from reader.ui.safety.backups_dialog import size_text

    window = make_window()
    back_up(window, qtbot)
    speak("de")
    backup = list_backups(paths.resolve(data_dir).db_path)[0]
    dialog = BackupsDialog(paths.resolve(data_dir).db_path, None, window)
    qtbot.addWidget(dialog)
    assert 1_000 <= backup.size < 1_000_000, "the seeds' backup is some hundred kB"
    assert dialog.table.item(0, 1).text() == f"{round(backup.size / 1000)} kB"
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert size_text(german, 12_345_678) == "12,3 MB"

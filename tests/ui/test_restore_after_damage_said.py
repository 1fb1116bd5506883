"""After "Restore the backup" in the damaged-library dialog, the window that opens on the backup
says which backup came back (its date and time) and where the damaged file is kept.

It opened silent, where File ▸ Backups… ▸ Restore said so: a user could not tell whether the
restore had happened, which day's work the library now holds, or that the damaged file still
existed to hand to whoever repairs it. A real library, backed up, then damaged on disk; the
dialog is answered as the user answers it, in the window's language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import paths
from reader.core.ingest import prepare_file
from reader.core.store import Store, back_up, list_backups
from reader.ui import dialogs
from reader.ui.date_display import long_date
from tests.ui.app_window import run_app_window

RESTORE = {"de": "Sicherung wiederherstellen", "en": "Restore the backup"}
SAID = {"de": ("Die Sicherung vom {made} ist wiederhergestellt. Die beschädigte Bibliothek bleibt als "
               "{kept} erhalten."),
        "en": "Restored the backup from {made}. The damaged library is kept as {kept}."}  # fmt: skip


def _damaged(tmp_path: Path, article: Path) -> paths.Paths:
    """A library with a backup of it, then its second page zeroed."""
    where = paths.resolve(tmp_path / "data").ensure()
    with Store.open(where.db_path) as store:
        store.sources.add(prepare_file(article))
        back_up(store.db.conn, where.db_path)
    data = bytearray(where.db_path.read_bytes())
    data[4096:8192] = bytes(4096)
    where.db_path.write_bytes(bytes(data))
    return where


def _press(label: str) -> Callable[[QMessageBox], int]:
    def answer(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text().replace("&", "") == label).click()
        return 0

    return answer


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_window_on_the_restored_backup_says_which_and_where_the_damaged_file_is(
    tmp_path: Path, qapp: QApplication, seed_files: list[Path], speak, monkeypatch, language: str
) -> None:
    speak(language)
    where = _damaged(tmp_path, seed_files[0])
    backup = list_backups(where.db_path)[0]
    monkeypatch.setattr(dialogs, "run", _press(RESTORE[language]))
    said: list[str] = []

    def look() -> int:  # what the window shows once it is up
        window = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "safety"))
        said.append(window.statusBar().currentMessage())
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", look)
    assert run_app_window(qapp, where) == 0
    aside = next(b.path for b in list_backups(where.db_path) if b.kept_aside)
    assert aside.name.startswith("before-restore-")
    made = long_date(backup.taken.isoformat(timespec="minutes"))
    assert said == [SAID[language].format(made=made, kept=f"backups/{aside.name}")]

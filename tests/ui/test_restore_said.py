"""After File ▸ Backups… ▸ Restore, the window that comes back on the backup says so: which
backup's contents it now shows, and that the library before it is kept. It came back silent,
and a user could not tell whether anything had happened (only the log said)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from reader import paths
from reader.core.ingest import prepare_file
from reader.core.store import Store, back_up, list_backups
from tests.ui.app_window import run_app_window

ARTICLE = """Hafen von Yokohama meldet Rekordumschlag

Der Hafen von Yokohama hat im dritten Quartal so viele Container umgeschlagen wie nie zuvor.
Die Betreiber nennen die neuen Liniendienste nach Südostasien als Grund.
"""


def test_the_window_back_on_a_backup_says_what_it_restored(
    tmp_path: Path, qapp: QApplication, monkeypatch
) -> None:
    where = paths.resolve(tmp_path / "data").ensure()
    article = tmp_path / "yokohama.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with Store.open(where.db_path) as store:
        store.sources.add(prepare_file(article))
        back_up(store.db.conn, where.db_path)  # holds one source
    backup = list_backups(where.db_path)[0].path
    said: list[str] = []
    rounds = iter(("restore", "look"))

    def run_once() -> int:  # what the user did while each window was open
        window = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "safety"))
        if next(rounds) == "restore":
            window.safety.restore_from = backup
        else:
            said.append(window.statusBar().currentMessage())
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", run_once)
    assert run_app_window(qapp, where) == 0
    assert said == [
        "Backup restored: 1 source, 0 highlights, 0 notes. The library before it is kept in the "
        "backups folder."
    ]

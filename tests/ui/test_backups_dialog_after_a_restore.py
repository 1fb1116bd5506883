"""File ▸ Backups… after a restore: the library that restore kept aside is the newest file in
the backups folder, and it was the row selected, so Restore and its confirmation brought back
the library just replaced. The newest real backup is selected; the kept-aside library stays
listed as what it is, and chosen by hand it is what a Restore restores. When it is all the
backups folder holds, the missing-library dialog still offers it."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from reader import paths
from reader.core.ingest import prepare_file
from reader.core.store import Store, back_up, restore
from reader.ui import app, dialogs
from reader.ui.safety.backups_dialog import BackupsDialog


def test_the_newest_backup_is_selected_not_the_library_a_restore_kept_aside(
    tmp_path: Path, seed_files: list[Path], qtbot
) -> None:
    where = paths.resolve(tmp_path / "data").ensure()
    with Store.open(where.db_path) as store:
        store.sources.add(prepare_file(seed_files[0]))
        backup = back_up(store.db.conn, where.db_path)
        store.sources.add(prepare_file(seed_files[1]))
    aside, _ = restore(backup.path, where.db_path, now=datetime.now() + timedelta(minutes=1))  # not the same second
    assert aside is not None

    dialog = BackupsDialog(where.db_path, None)
    qtbot.addWidget(dialog)
    assert [b.path for b in dialog.backups][:1] == [aside]  # the newest file …
    assert "(library before a restore)" in dialog.table.item(0, 0).text()
    assert dialog.selected() is not None and dialog.selected().path == backup.path  # … not chosen
    dialog.table.selectRow(0)
    assert dialog.selected().path == aside  # by hand, it can be


def test_the_missing_library_dialog_offers_the_kept_aside_library_when_it_is_all_there_is(
    tmp_path: Path, seed_files: list[Path], qapp, monkeypatch
) -> None:
    """`restore --newest` passes over a library a restore kept aside; the window's dialog for a
    missing library still offers it when no backup holds anything (it is the only way back),
    rather than saying that none of the backups can be read."""
    where = paths.resolve(tmp_path / "data").ensure()
    with Store.open(where.db_path) as store:
        for path in seed_files[:2]:
            store.sources.add(prepare_file(path))
        backup = back_up(store.db.conn, where.db_path)
    aside, _ = restore(backup.path, where.db_path, now=datetime.now() + timedelta(minutes=1))
    assert aside is not None
    backup.path.unlink()
    where.db_path.unlink()
    seen: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        seen.append(box)
        next(b for b in box.buttons() if b.text().replace("&", "") == "Restore the newest backup").click()
        return 0

    monkeypatch.setattr(dialogs, "run", answer)
    reopened = app.open_library(where)
    assert reopened is not None and "holds 2 sources" in seen[0].informativeText()
    with reopened:
        assert reopened.sources.count() == 2
